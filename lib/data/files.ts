import { z } from 'zod';
import type { Archive } from '../content';
import { slugPattern } from '../content';
import { absoluteUrl } from '../site';

/**
 * The bulk files' names, addresses and manifest. Every file lives in one folder served from disk at `/data/`
 * (`public/data/` of the built site): per year `releases-<year>.jsonl.gz` and `releases-<year>.csv`, then
 * `deleted.json`, the row's JSON Schema `release.schema.json`, and the manifest `index.json` that lists the others.
 */

/** The folder's address on the site. */
export const DATA_BASE = '/data';

/** The data files' kinds, with the media type each is served as. */
export const dataFormats = {
  'jsonl.gz': 'application/gzip',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
} as const;
export type DataFormat = keyof typeof dataFormats;

/** File names in the folder (`dataFileName.csv(2018)` → `releases-2018.csv`). */
export const dataFileName = {
  jsonl: (year: number) => `releases-${year}.jsonl.gz`,
  csv: (year: number) => `releases-${year}.csv`,
  deleted: 'deleted.json',
  schema: 'release.schema.json',
  manifest: 'index.json',
} as const;

/** A file's address: `/data/releases-2018.csv`. */
export const dataPath = (name: string) => `${DATA_BASE}/${name}`;

/** A file's absolute URL, as the manifest and the data page's structured data give it. */
export const dataUrl = (name: string) => absoluteUrl(dataPath(name));

const yearFile = /^releases-(\d{4})\.(jsonl\.gz|csv)$/;

/**
 * What a file name in the folder is, read back from `dataFileName` (null for any other name).
 * @example parseDataFileName('releases-2018.csv') // { format: 'csv', year: 2018 }
 */
export function parseDataFileName(name: string): { format: DataFormat; year: number | null } | null {
  const match = yearFile.exec(name);
  if (match) return { format: match[2] as 'jsonl.gz' | 'csv', year: Number(match[1]) };
  if (name === dataFileName.deleted || name === dataFileName.schema || name === dataFileName.manifest) return { format: 'json', year: null };
  return null;
}

/** A deleted release as `deleted.json` lists it: its slug and the day it was deleted, so a mirror can delete it too. */
export const deletedEntrySchema = z.strictObject({
  slug: z.string().regex(slugPattern),
  deleted: z.iso.date(),
});
export type DeletedEntry = z.output<typeof deletedEntrySchema>;

/** The releases deleted after publication (`gone.yaml`), newest slug first. */
export function deletedEntries(archive: Pick<Archive, 'gone'>): DeletedEntry[] {
  return [...archive.gone]
    .map(([slug, entry]) => ({ slug, deleted: entry.removed }))
    .sort((a, b) => (a.slug < b.slug ? 1 : a.slug > b.slug ? -1 : 0));
}

/** One file of the manifest: what it holds, how big it is and how to check it. */
export const manifestFileSchema = z.strictObject({
  name: z.string(),
  url: z.url(),
  format: z.enum(Object.keys(dataFormats) as [DataFormat, ...DataFormat[]]),
  mediaType: z.string(),
  /** The year of a year's file; null for `deleted.json`. */
  year: z.int().nullable(),
  rows: z.int().nonnegative(),
  bytes: z.int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** When the publication this file reflects happened: a file no publication changed keeps its time. */
  publishedAt: z.iso.datetime(),
});
export type ManifestFile = z.output<typeof manifestFileSchema>;

/** `index.json`: the time of the latest publication, the row's JSON Schema and every data file. */
export const manifestSchema = z.strictObject({
  publishedAt: z.iso.datetime(),
  rowSchema: z.url(),
  files: z.array(manifestFileSchema),
});
export type Manifest = z.output<typeof manifestSchema>;
