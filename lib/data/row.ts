import { z } from 'zod';
import { filedRelease, lastChanged, type Registry, type Release, type Story } from '../content';
import { localeSchema } from '../content';
import { slugPattern } from '../content';
import { otherLocale } from '../i18n/locales';
import { paths } from '../listing';
import { plainText } from '../markdown';
import { absoluteUrl } from '../site';
import { toBuddhistYear } from '../thai';
import { dataFileName, dataUrl } from './files';

/**
 * One row of the open data: one language version of one published release, as the bulk files (JSON Lines and CSV),
 * the API and the row's published JSON Schema all give it. The zod schema below is the only description of a row:
 * the JSON Schema (`z.toJSONSchema`), the OpenAPI document and the data page's field table are generated from it.
 */

const isoDate = z.iso.date();
const nullableText = z.string().min(1).nullable();

/** What each field holds, in both languages: a field missing here does not compile. */
export interface FieldDoc {
  en: string;
  th: string;
}

/** Every field of a row but the text, in the order of the files' columns. */
const summaryShape = {
  slug: z.string().regex(slugPattern),
  language: localeSchema,
  title: z.string().min(1),
  summary: nullableText,
  date: isoDate,
  buddhistYear: z.int(),
  agencyId: nullableText,
  agencyNameTh: nullableText,
  agencyNameEn: nullableText,
  categoryId: nullableText,
  categoryNameTh: nullableText,
  categoryNameEn: nullableText,
  tags: z.array(z.string().min(1)),
  legacyId: z.int().positive().nullable(),
  sourceUrl: z.url().nullable(),
  updates: z.array(z.strictObject({ date: isoDate, note: nullableText })),
  withdrawnDate: isoDate.nullable(),
  withdrawnReason: nullableText,
  translationSlug: z.string().regex(slugPattern).nullable(),
  lastChanged: isoDate,
  url: z.url(),
};

/** The text, last: a spreadsheet shows the short fields first, and a JSON line reads from its facts to its text. */
const textShape = {
  bodyMarkdown: z.string(),
  bodyText: z.string(),
};
const rowShape = { ...summaryShape, ...textShape };

/** The text of every field, in the order of the files' columns. */
export const rowFieldDocs = {
  slug: {
    en: 'The release\'s identifier, which its address ends with: its date, then words (2018-12-07-telmin-18). Both language versions of a release share it.',
    th: 'รหัสของข่าว ซึ่งเป็นส่วนท้ายของที่อยู่เว็บ: วันที่แล้วตามด้วยคำ (2018-12-07-telmin-18) ฉบับภาษาไทยและภาษาอังกฤษของข่าวเดียวกันใช้รหัสเดียวกัน',
  },
  language: { en: 'The language of this version: th (Thai) or en (English).', th: 'ภาษาของฉบับนี้: th (ไทย) หรือ en (อังกฤษ)' },
  title: { en: 'The headline.', th: 'หัวข้อข่าว' },
  summary: { en: 'A short summary an editor wrote, or null (imported releases have none).', th: 'สรุปข่าวสั้น ๆ ที่บรรณาธิการเขียน หรือ null (ข่าวที่นำเข้าจากเว็บเดิมไม่มี)' },
  date: { en: 'The day the release was published (ISO 8601, Christian era).', th: 'วันที่เผยแพร่ข่าว (ISO 8601 ปีคริสต์ศักราช)' },
  buddhistYear: { en: 'The Buddhist-era year of that day (2561 for 2018).', th: 'ปีพุทธศักราชของวันที่เผยแพร่ (2561 สำหรับ ค.ศ. 2018)' },
  agencyId: { en: 'The issuing agency\'s id (/api/v1/agencies), or null when the release names none.', th: 'รหัสหน่วยงานที่ออกข่าว (/api/v1/agencies) หรือ null หากข่าวไม่ระบุ' },
  agencyNameTh: { en: 'The agency\'s Thai name, or null.', th: 'ชื่อหน่วยงานภาษาไทย หรือ null' },
  agencyNameEn: { en: 'The agency\'s English name, or null.', th: 'ชื่อหน่วยงานภาษาอังกฤษ หรือ null' },
  categoryId: { en: 'The category\'s id (/api/v1/categories), or null.', th: 'รหัสหมวดข่าว (/api/v1/categories) หรือ null' },
  categoryNameTh: { en: 'The category\'s Thai name, or null.', th: 'ชื่อหมวดข่าวภาษาไทย หรือ null' },
  categoryNameEn: { en: 'The category\'s English name, or null.', th: 'ชื่อหมวดข่าวภาษาอังกฤษ หรือ null' },
  tags: { en: 'Tags, in the release\'s order (in CSV: a JSON array).', th: 'แท็ก ตามลำดับในข่าว (ในไฟล์ CSV เป็นอาร์เรย์ JSON)' },
  legacyId: { en: 'The release\'s number on thaigov.go.th, for releases imported from it; null otherwise.', th: 'เลขข่าวบน thaigov.go.th สำหรับข่าวที่นำเข้าจากเว็บนั้น นอกนั้นเป็น null' },
  sourceUrl: { en: 'The address of the original release, or null.', th: 'ที่อยู่ของข่าวต้นฉบับ หรือ null' },
  updates: {
    en: 'Corrections after publication, newest first: each with its date and, when given, a note of what changed (in CSV: a JSON array).',
    th: 'การแก้ไขหลังเผยแพร่ ล่าสุดก่อน: แต่ละรายการมีวันที่ และบันทึกว่าแก้อะไร (ถ้ามี) (ในไฟล์ CSV เป็นอาร์เรย์ JSON)',
  },
  withdrawnDate: { en: 'The day the release was withdrawn, or null. A withdrawn release stays published, with its notice.', th: 'วันที่ถอนข่าว หรือ null ข่าวที่ถอนแล้วยังคงเผยแพร่พร้อมประกาศการถอน' },
  withdrawnReason: { en: 'Why it was withdrawn, or null.', th: 'เหตุผลที่ถอนข่าว หรือ null' },
  translationSlug: {
    en: 'The slug of the release\'s version in the other language (the same slug: a release and its translation share it), or null when there is none.',
    th: 'slug ของฉบับอีกภาษาหนึ่งของข่าว (เป็นค่าเดียวกัน เพราะข่าวและฉบับแปลใช้ slug ร่วมกัน) หรือ null หากไม่มีฉบับแปล',
  },
  lastChanged: {
    en: 'The day the release (either language version) last changed: its latest correction or withdrawal, else its date. The API\'s updatedSince filter reads it.',
    th: 'วันที่ข่าว (ฉบับใดฉบับหนึ่ง) เปลี่ยนแปลงล่าสุด: การแก้ไขหรือการถอนครั้งล่าสุด หรือวันที่เผยแพร่ ตัวกรอง updatedSince ของ API ใช้ค่านี้',
  },
  url: { en: 'The release\'s page on this site, in this language.', th: 'หน้าข่าวนี้บนเว็บไซต์นี้ ในภาษานี้' },
  bodyMarkdown: { en: 'The text as its editors wrote it, in Markdown.', th: 'เนื้อข่าวตามที่บรรณาธิการเขียน ในรูปแบบ Markdown' },
  bodyText: { en: 'The same text as plain text: markup removed, one paragraph a line.', th: 'เนื้อข่าวเดียวกันเป็นข้อความล้วน: ไม่มีมาร์กอัป หนึ่งย่อหน้าต่อหนึ่งบรรทัด' },
} satisfies Record<keyof typeof rowShape, FieldDoc>;

/** The key under which the Thai description of a field travels in the JSON Schema (`description` is the English). */
export const THAI_DESCRIPTION = 'x-description-th';

function described<S extends Record<string, z.ZodType>>(shape: S, docs: Record<keyof S, FieldDoc>): S {
  return Object.fromEntries(Object.entries(shape).map(([key, type]) => [key, type.meta({ description: docs[key]!.en, [THAI_DESCRIPTION]: docs[key]!.th })])) as S;
}

const rowMeta = { title: 'Release row', description: 'One language version of one published release of the Thai Government News Archive.' };

/** A row: one language version of one release, every field always present (null when it has no value). */
export const releaseRowSchema = z.strictObject(described(rowShape, rowFieldDocs)).meta(rowMeta);
export type ReleaseRow = z.output<typeof releaseRowSchema>;

/** A row without its text (`bodyMarkdown`, `bodyText`): what the API lists. */
export const releaseSummarySchema = z
  .strictObject(described(summaryShape, rowFieldDocs))
  .meta({ title: 'Release summary', description: 'A release row without its text (bodyMarkdown, bodyText).' });
export type ReleaseSummary = z.output<typeof releaseSummarySchema>;

/**
 * The JSON Schema (draft 2020-12) of a row, published beside the files as `release.schema.json`: the English
 * description of each field in `description`, the Thai one in `x-description-th`.
 */
export function rowJsonSchema() {
  return { $id: dataUrl(dataFileName.schema), ...z.toJSONSchema(releaseRowSchema, { target: 'draft-2020-12' }) };
}

/** The row's fields, in the order of the files' columns. */
export const rowFields = Object.keys(rowShape) as (keyof ReleaseRow)[];

/** What a row needs besides its story: the registries its agency and category names come from. */
export interface RowContext {
  agencies: Registry;
  categories: Registry;
}

/**
 * The row of one version of a story, without its text.
 * @example summaryRow(archive, story, story.th).url // 'http://localhost:3000/th/news/2018-12-07-telmin-18'
 */
export function summaryRow(context: RowContext, story: Story, release: Release): ReleaseSummary {
  // The facts a story is filed under come from its filed version, as on the site (the versions share agency and category).
  const filed = filedRelease(story);
  const agency = filed.agency ? context.agencies[filed.agency] : undefined;
  const category = filed.category ? context.categories[filed.category] : undefined;
  return {
    slug: story.slug,
    language: release.lang,
    title: release.title,
    summary: release.summary ?? null,
    date: story.date,
    buddhistYear: toBuddhistYear(story.date),
    agencyId: filed.agency ?? null,
    agencyNameTh: agency?.th ?? null,
    agencyNameEn: agency?.en ?? null,
    categoryId: filed.category ?? null,
    categoryNameTh: category?.th ?? null,
    categoryNameEn: category?.en ?? null,
    tags: filed.tags,
    legacyId: release.legacyId ?? null,
    sourceUrl: release.source ?? null,
    updates: (release.updated ?? []).map(({ date, note }) => ({ date, note: note ?? null })),
    withdrawnDate: release.withdrawn?.date ?? null,
    withdrawnReason: release.withdrawn?.reason ?? null,
    translationSlug: story[otherLocale(release.lang)] ? story.slug : null,
    lastChanged: lastChanged(story),
    url: absoluteUrl(paths.article(release.lang, story.slug)),
  };
}

/**
 * The row of one version of a story. `body` is its Markdown as read from its file (`readBody`).
 * @example toRow(archive, story, story.th, body).bodyText // 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม …'
 */
export function toRow(context: RowContext, story: Story, release: Release, body: string): ReleaseRow {
  const markdown = body.trim();
  return { ...summaryRow(context, story, release), bodyMarkdown: markdown, bodyText: plainText(markdown) };
}
