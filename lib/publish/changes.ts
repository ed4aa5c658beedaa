import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { locales } from '../i18n/locales';
import { contentPath, digest, GONE_FILE, recordGone, versionsOf, withdrawalOf, type Archive, type BodyRef, type Release, type Story } from '../content';

/** What a publication changes, by slug. */
export interface Changes {
  added: string[];
  changed: string[];
  withdrawn: string[];
  removed: { slug: string; legacyIds: number[] }[];
}

/** What was last published, per slug: its legacy ids (to redirect them once it is deleted) and a digest of its releases. */
export type PublishedRecord = Record<string, { legacyIds: number[]; digest: string }>;

/** `record.json`: what the next publication compares with. */
export interface PublicationRecord {
  /** Each story's legacy ids and a digest of its releases (`publishedRecord`). */
  stories: PublishedRecord;
  /** Where each release file's bytes are, by `Release.file`. */
  bodies: Record<string, BodyRef>;
}

/** Each story's digest, made once: a publication compares every story with the last one, then records them all. */
const digests = new WeakMap<Story, string>();

/** A digest of a story's releases (stories are never changed once loaded, so one story object has one digest). */
function storyDigest(story: Story): string {
  let made = digests.get(story);
  if (made === undefined) digests.set(story, (made = createHash('sha1').update(JSON.stringify([story.th, story.en])).digest('base64url')));
  return made;
}

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
 * in any field or, with `sameBody`, in their text (those newly withdrawn listed apart), and slugs deleted since, with
 * their legacy ids.
 * @param sameBody whether a release's file has the bytes it was last published with
 * @example changesSince(record, archive) // { added: ['2026-12-01-opm-1'], changed: [], withdrawn: [], removed: [] }
 */
export function changesSince(previous: PublishedRecord, archive: Pick<Archive, 'stories'>, sameBody?: (release: Release) => boolean): Changes {
  const changes: Changes = { added: [], changed: [], withdrawn: [], removed: [] };
  const current = new Set<string>();
  for (const story of archive.stories) {
    current.add(story.slug);
    const before = previous[story.slug];
    if (!before) changes.added.push(story.slug);
    else if (before.digest !== storyDigest(story) || (sameBody && !versionsOf(story).every(sameBody))) (withdrawalOf(story) ? changes.withdrawn : changes.changed).push(story.slug);
  }
  for (const [slug, { legacyIds }] of Object.entries(previous)) if (!current.has(slug)) changes.removed.push({ slug, legacyIds });
  return changes;
}

/**
 * Where the record of what the site served was kept for a content root before publications kept it
 * (`.cache/published-<root>.json`): read only when there is no publication yet, so that the first publication after
 * that change still finds the releases deleted since.
 */
export function publishedRecordFile(root: string): string {
  return contentPath(process.cwd(), '.cache', `published-${digest(root)}.json`);
}

/** The record of `publishedRecordFile`, or undefined when there is none. */
export function readPublished(root: string): PublishedRecord | undefined {
  const file = publishedRecordFile(root);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PublishedRecord) : undefined;
}

/**
 * What a publication of `archive` changes against the publication the site serves (`current`, its record), or, with
 * none, against the record builds kept before publications did. With neither (a folder never built or published
 * here), every release is taken as published already: nothing is new.
 * @param hashOf the hash each release file was checked with (`ParseCache.hashOf`, by absolute path)
 */
export function changesToPublish(
  root: string,
  archive: Pick<Archive, 'stories' | 'root'>,
  current?: PublicationRecord,
  hashOf?: (absolute: string) => string | undefined,
): { changes: Changes; firstTime: boolean } {
  if (current) {
    const sameBody = (release: Release) => current.bodies[release.file]?.hash === hashOf?.(contentPath(dirname(root), release.file));
    return { changes: changesSince(current.stories, archive, sameBody), firstTime: false };
  }
  const previous = readPublished(root);
  const changes = changesSince(previous ?? {}, archive);
  if (previous === undefined) changes.added = [];
  return { changes, firstTime: previous === undefined };
}

/**
 * Lists the releases deleted since the last publication in the content root's `gone.yaml` (see `recordGone`), so
 * that their addresses answer 410 Gone.
 * @returns the slugs added to it
 */
export function recordDeletions(root: string, removed: Changes['removed'], date: string): string[] {
  return recordGone(contentPath(root, GONE_FILE), removed, date);
}
