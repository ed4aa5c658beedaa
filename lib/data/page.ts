import { z } from 'zod';
import type { Locale } from '../i18n/locales';
import { messages } from '../i18n/dictionaries';
import { paths } from '../listing';
import { absoluteUrl } from '../site';
import type { Manifest, ManifestFile } from './files';
import { releaseRowSchema, rowFieldDocs, rowFields } from './row';

/**
 * What the data page (`/th/data`, `/en/data`) shows, from the row schema and the manifest being served: the field
 * table is generated from the zod schema (its JSON Schema types, its descriptions), never written by hand.
 */

/** Creative Commons' mark for works free of copyright: what the releases are (Thai Copyright Act, section 7). */
export const PUBLIC_DOMAIN_URL = 'https://creativecommons.org/publicdomain/mark/1.0/';

export interface FieldRow {
  name: string;
  type: string;
  description: string;
}

type JsonSchema = { type?: string | string[]; format?: string; enum?: string[]; anyOf?: JsonSchema[]; items?: JsonSchema; properties?: Record<string, JsonSchema> };

const typeWords = {
  en: { string: 'text', integer: 'integer', date: 'date (YYYY-MM-DD)', uri: 'URL', null: 'or null', list: 'list of', or: 'or' },
  th: { string: 'ข้อความ', integer: 'จำนวนเต็ม', date: 'วันที่ (YYYY-MM-DD)', uri: 'URL', null: 'หรือ null', list: 'รายการของ', or: 'หรือ' },
} satisfies Record<Locale, Record<string, string>>;

/**
 * A JSON Schema type in words: `date (YYYY-MM-DD) or null`, `list of text`, `th or en`.
 * @example typeLabel({ anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] }, 'en') // 'date (YYYY-MM-DD) or null'
 */
export function typeLabel(schema: JsonSchema, lang: Locale): string {
  const words = typeWords[lang];
  const variants = schema.anyOf ?? (Array.isArray(schema.type) ? schema.type.map((type) => ({ ...schema, type })) : [schema]);
  const nullable = variants.some((variant) => variant.type === 'null');
  const [main] = variants.filter((variant) => variant.type !== 'null');
  let label: string;
  if (!main) label = 'null';
  else if (main.enum) label = main.enum.join(` ${words.or} `);
  else if (main.type === 'array') label = `${words.list} ${main.items?.properties ? `{${Object.keys(main.items.properties).join(', ')}}` : typeLabel(main.items ?? {}, lang)}`;
  else if (main.format === 'date') label = words.date;
  else if (main.format === 'uri') label = words.uri;
  else label = main.type === 'integer' ? words.integer : words.string;
  return nullable ? `${label} ${words.null}` : label;
}

/** The field table, in the files' column order. */
export function fieldRows(lang: Locale): FieldRow[] {
  const properties = (z.toJSONSchema(releaseRowSchema) as { properties: Record<string, JsonSchema> }).properties;
  return rowFields.map((name) => ({ name, type: typeLabel(properties[name]!, lang), description: rowFieldDocs[name][lang] }));
}

/** The files of one year, as the manifest lists them. */
export interface YearFiles {
  year: number;
  jsonl: ManifestFile;
  csv: ManifestFile;
}

/** The manifest's year files, newest year first. */
export function yearFiles(manifest: Manifest): YearFiles[] {
  const years = new Map<number, Partial<YearFiles>>();
  for (const file of manifest.files) {
    if (file.year === null) continue;
    const entry = years.get(file.year) ?? { year: file.year };
    if (file.format === 'csv') entry.csv = file;
    else entry.jsonl = file;
    years.set(file.year, entry);
  }
  return [...years.values()].filter((entry): entry is YearFiles => entry.csv !== undefined && entry.jsonl !== undefined).sort((a, b) => b.year - a.year);
}

const datasetText = {
  en: {
    name: 'Thai Government News Archive: press releases of the Royal Thai Government',
    description:
      'Every press release the archive has published, in Thai and English, one row per release and language version: title, summary, date (ISO and Buddhist era), agency, category, tags, thaigov.go.th id and source address, the text as Markdown and as plain text, corrections and withdrawal. One JSON Lines (gzip) and one CSV file per year, with a manifest of row counts and SHA-256 checksums.',
  },
  th: {
    name: 'คลังข่าวรัฐบาลไทย: ข่าวประชาสัมพันธ์ของรัฐบาลไทย',
    description:
      'ข่าวประชาสัมพันธ์ทุกข่าวที่คลังข่าวเผยแพร่ ทั้งภาษาไทยและภาษาอังกฤษ หนึ่งแถวต่อหนึ่งข่าวต่อหนึ่งภาษา: หัวข้อ สรุป วันที่ (ISO และปีพุทธศักราช) หน่วยงาน หมวดข่าว แท็ก เลขข่าวและที่อยู่ต้นฉบับบน thaigov.go.th เนื้อข่าวแบบ Markdown และข้อความล้วน การแก้ไขและการถอนข่าว ไฟล์ JSON Lines (gzip) และ CSV ปีละหนึ่งชุด พร้อมรายการไฟล์ที่บอกจำนวนแถวและค่า SHA-256',
  },
} satisfies Record<Locale, { name: string; description: string }>;

/** Media types as dataset search engines expect them (no parameters). */
const encodingFormats: Record<ManifestFile['format'], string> = { 'jsonl.gz': 'application/gzip', csv: 'text/csv', json: 'application/json' };

/**
 * schema.org `Dataset` of the data page, one `DataDownload` per file of the manifest, so that dataset search engines
 * and CKAN portals (the national open data portal harvests schema.org) find every file.
 */
export function datasetJsonLd(manifest: Manifest | undefined, lang: Locale) {
  const government = { '@type': 'GovernmentOrganization', name: messages(lang).governmentName, url: absoluteUrl(paths.home(lang)) };
  const years = manifest ? yearFiles(manifest).map(({ year }) => year) : [];
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: datasetText[lang].name,
    description: datasetText[lang].description,
    url: absoluteUrl(paths.data(lang)),
    inLanguage: ['th', 'en'],
    isAccessibleForFree: true,
    license: PUBLIC_DOMAIN_URL,
    creator: government,
    publisher: government,
    keywords: ['Thailand', 'government', 'press releases', 'ข่าวประชาสัมพันธ์', 'รัฐบาลไทย'],
    ...(years.length > 0 && { temporalCoverage: `${Math.min(...years)}/${Math.max(...years)}` }),
    ...(manifest && { dateModified: manifest.publishedAt }),
    variableMeasured: rowFields.map((name) => ({ '@type': 'PropertyValue', name, description: rowFieldDocs[name][lang] })),
    distribution: (manifest?.files ?? []).map((file) => ({
      '@type': 'DataDownload',
      name: file.name,
      contentUrl: file.url,
      encodingFormat: encodingFormats[file.format],
      contentSize: `${file.bytes} B`,
      ...(file.year !== null && { temporalCoverage: String(file.year) }),
    })),
  };
}
