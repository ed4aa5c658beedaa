import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readBodyText, releaseBody, withdrawalOf, type Archive, type Story } from '../../content';
import { otherLocale, type Locale } from '../../i18n/locales';
import { plainText } from '../../markdown';
import type { DocRecord } from '../format';

/** One release as the index sees it: what it is searched by, filtered by and shown with. */
export interface SearchRecord extends Omit<DocRecord, 'text'> {
  /** The release file and its bytes' hash (or size and mtime): what tells a build that a release is unchanged since the last one. */
  key: string;
  /** The story also has a version in the other language (a search that reads the other index first skips this one). */
  translated: boolean;
  /** The release file (absolute) and the line its Markdown body starts on: `recordText` reads it when needed. */
  file: string;
  bodyLine: number;
  /** For a published archive, where the file's bytes are in `file`, a pack of the publication (`Archive.bodies`). */
  slice?: { offset: number; length: number };
}

/** The plain text of a record's body, read from its file (in whichever thread analyzes it). */
export function recordText(record: SearchRecord): string {
  const text = record.slice ? readBodyText({ path: record.file, ...record.slice }) : readFileSync(record.file, 'utf8');
  return plainText(releaseBody(text, record.bodyLine));
}

/**
 * The records of one language's index, oldest first (the order of release ids), straight from `lib/content`: every
 * validated release is searchable whether or not its page was pre-rendered.
 */
export function searchRecords(archive: Archive, lang: Locale): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (let i = archive.stories.length - 1; i >= 0; i--) {
    const story = archive.stories[i] as Story;
    const release = story[lang];
    if (!release) continue;
    const published = archive.bodies?.get(release.file);
    const file = published?.path ?? join(dirname(archive.root), release.file);
    // A published release is known by its bytes' hash; one in the content folder by its size and mtime.
    const version = published?.hash ?? (({ size, mtimeMs }) => `${size}:${mtimeMs}`)(statSync(file));
    const withdrawal = withdrawalOf(story);
    records.push({
      key: `${release.file}:${version}`,
      slug: story.slug,
      title: release.title,
      date: story.date,
      ...(release.agency ? { agency: release.agency } : {}),
      ...(release.category ? { category: release.category } : {}),
      ...(withdrawal ? { withdrawn: withdrawal.date } : {}),
      translated: story[otherLocale(lang)] !== undefined,
      file,
      bodyLine: release.bodyLine,
      ...(published && { slice: { offset: published.offset, length: published.length } }),
    });
  }
  return records;
}
