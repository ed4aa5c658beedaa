import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { releaseBody, withdrawalOf, type Archive, type Story } from '../../content';
import { otherLocale, type Locale } from '../../i18n/locales';
import { plainText } from '../../markdown';
import type { DocRecord } from '../format';

/** One release as the index sees it: what it is searched by, filtered by and shown with. */
export interface SearchRecord extends Omit<DocRecord, 'text'> {
  /** The release file, its size and mtime: what tells a build that a release is unchanged since the last one. */
  key: string;
  /** The story also has a version in the other language (a search that reads the other index first skips this one). */
  translated: boolean;
  /** The release file (absolute) and the line its Markdown body starts on: `recordBody` reads it when needed. */
  file: string;
  bodyLine: number;
}

/** The Markdown body of a record, read from its file (in whichever thread analyzes it). */
export function recordBody(record: SearchRecord): string {
  return releaseBody(readFileSync(record.file, 'utf8'), record.bodyLine);
}

/** The plain text of a record's body. */
export function recordText(record: SearchRecord): string {
  return plainText(recordBody(record));
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
    const file = join(dirname(archive.root), release.file);
    const { size, mtimeMs } = statSync(file);
    const withdrawal = withdrawalOf(story);
    records.push({
      key: `${release.file}:${size}:${mtimeMs}`,
      slug: story.slug,
      title: release.title,
      date: story.date,
      ...(release.agency ? { agency: release.agency } : {}),
      ...(release.category ? { category: release.category } : {}),
      ...(withdrawal ? { withdrawn: withdrawal.date } : {}),
      translated: story[otherLocale(lang)] !== undefined,
      file,
      bodyLine: release.bodyLine,
    });
  }
  return records;
}
