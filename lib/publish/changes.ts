import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { locales } from '../i18n/locales';
import { contentPath, digest, withdrawalOf, type Archive, type Story } from '../content';

/** What a publication changes, by slug. */
export interface Changes {
  added: string[];
  changed: string[];
  withdrawn: string[];
  removed: { slug: string; legacyIds: number[] }[];
}

/** What was last published, per slug: its legacy ids (to redirect them once it is deleted) and a digest of its releases. */
export type PublishedRecord = Record<string, { legacyIds: number[]; digest: string }>;

const storyDigest = (story: Story) => createHash('sha1').update(JSON.stringify([story.th, story.en])).digest('base64url');

/** The record of an archive as published now, to compare the next publication with. */
export function publishedRecord(archive: Pick<Archive, 'stories'>): PublishedRecord {
  const record: PublishedRecord = {};
  for (const story of archive.stories) {
    const legacyIds = locales.map((lang) => story[lang]?.legacyId).filter((id): id is number => id !== undefined);
    record[story.slug] = { legacyIds: [...new Set(legacyIds)], digest: storyDigest(story) };
  }
  return record;
}

/**
 * The stories that differ between the last publication and the archive now: new slugs, slugs whose releases differ
 * in any field (those newly withdrawn listed apart), and slugs deleted since, with their legacy ids.
 * @example changesSince(record, archive) // { added: ['2026-12-01-opm-1'], changed: [], withdrawn: [], removed: [] }
 */
export function changesSince(previous: PublishedRecord, archive: Pick<Archive, 'stories'>): Changes {
  const changes: Changes = { added: [], changed: [], withdrawn: [], removed: [] };
  const current = new Set<string>();
  for (const story of archive.stories) {
    current.add(story.slug);
    const before = previous[story.slug];
    if (!before) changes.added.push(story.slug);
    else if (before.digest !== storyDigest(story)) (withdrawalOf(story) ? changes.withdrawn : changes.changed).push(story.slug);
  }
  for (const [slug, { legacyIds }] of Object.entries(previous)) if (!current.has(slug)) changes.removed.push({ slug, legacyIds });
  return changes;
}

/** Where the record of what the site serves is kept for a content root (git-ignored `.cache/`). */
export function publishedRecordFile(root: string): string {
  return contentPath(process.cwd(), '.cache', `published-${digest(root)}.json`);
}

/** What the site serves from `root` as its last build or publication recorded it; undefined before either. */
export function readPublished(root: string): PublishedRecord | undefined {
  const file = publishedRecordFile(root);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PublishedRecord) : undefined;
}

/**
 * Records `archive` as what the site now serves from `root`: every build does (`npm run build:search`, its first
 * step), and every publication once its pages are served, so that the next publication knows what it adds, changes
 * and deletes, including a release deleted before the first publication.
 */
export function recordPublished(root: string, archive: Pick<Archive, 'stories'>): void {
  const file = publishedRecordFile(root);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(publishedRecord(archive)));
  renameSync(`${file}.tmp`, file);
}
