import { resolve } from 'node:path';
import { loadArchive, type Archive } from './load';
import { digest, type ParseCache } from './cache';
import { formatContentError, type ContentError } from './parse';
import { contentPath } from './path';
import { holdPublication, publicationsDir, readCurrent, readPublicationInfo, readPublishedArchive } from './published';

export type { Archive, LegacyTarget } from './load';
export type { Change, KnownIds, Release, Story, NamedEntry, Registry, Withdrawal } from './schema';
export { localeSchema } from './schema';
export type { ImageFile, MediaFile } from './image';
export { digest, type ParseCache } from './cache';
export { GONE_FILE, goneReleases, recordGone, type GoneEntry } from './gone';
export { contentHash, mediaKey, readMedia } from './image';
export { loadArchive, readBody } from './load';
export { readBodyText, type BodyLocation } from './bodies';
// The publication format (`published/`): read here, written by lib/publish.
export {
  alive,
  encodeArchiveHeader,
  encodeArchiveParts,
  heldPublications,
  holdPublication,
  mediaPath,
  packPath,
  partPath,
  publicationPath,
  publicationsDir,
  readCurrent,
  readPublicationInfo,
  readPublishedArchive,
  readPublishedArchiveWhileServing,
  type BodyRef,
  type Current,
  type PublicationInfo,
} from './published';
export { contentPath } from './path';
export { readRegistry } from './registry';
export { filedRelease, isPaired, lastChanged, lastUpdate, releaseFor, versionsOf, withdrawalOf, type ReaderRelease } from './story';
export { slugPattern } from './slug';
export { formatContentError, parseReleaseFile, releaseBody, type ContentError } from './parse';

/**
 * The content root the site serves: `CONTENT_DIR` when set (benchmarks can use a folder outside the project), else
 * `./content`. Neither is followed by the bundler (see `contentPath`): content is read at run time, never bundled.
 */
export function contentRoot(): string {
  const override = process.env.CONTENT_DIR;
  return override ? resolve(/*turbopackIgnore: true*/ override) : contentPath(process.cwd(), 'content');
}

/** Parse results are remembered in `.cache/` (git-ignored) between builds, per content root. */
export function contentCacheFile(root = contentRoot()): string {
  return contentPath(process.cwd(), '.cache', `content-${digest(root)}.json`);
}

/**
 * The archive a server process serves, in one slot per process (on `globalThis`: route bundles may each hold their own
 * copy of this module, and a publication must swap the archive all of them read).
 */
const archiveSlot = Symbol.for('thaigov-news-archive.archive');
const previewSlot = Symbol.for('thaigov-news-archive.preview');
/** What the last load parsed, so that a reload reads and parses only the files that changed. */
const cacheSlot = Symbol.for('thaigov-news-archive.parse-cache');
const slot = globalThis as typeof globalThis & {
  [archiveSlot]?: Archive;
  [previewSlot]?: { checked: number; errors: ContentError[] };
  [cacheSlot]?: ParseCache;
};

/** Loads the content root, starting from this process's last load when there was one. */
function load(options: { cache?: ParseCache } = {}) {
  const previous = slot[cacheSlot];
  // With `previous`, the cache file is read only when the registries changed since (a new cache key), as the
  // publication that asked for the reload has just written it under that key.
  const result = loadArchive(contentRoot(), options.cache ? { cache: options.cache } : { previous, cacheFile: contentCacheFile() });
  slot[cacheSlot] = result.cache;
  return result;
}

/**
 * The archive this process serves, loaded once (and replaced by `serveArchive`). A production server serves the
 * publication `published/current.json` names for its content root (`published.ts`): what `npm run publish` or the
 * build published, never what an editor saved since. Without one for this root (a content folder never built or
 * published here), the content folder itself, validated: invalid content throws with the full list of problems, so a
 * build with any bad file fails and nothing is half-published.
 * @param options.cache the parse cache `parseInParallel` filled (build scripts), instead of opening it again
 */
export function getArchive(options: { cache?: ParseCache } = {}): Archive {
  if (process.env.NODE_ENV === 'development') return previewArchive();
  const current = slot[archiveSlot];
  if (current) return current;
  const published = process.env.NODE_ENV === 'production' ? currentPublishedArchive() : undefined;
  if (published) return (slot[archiveSlot] = published);
  const { archive, errors } = load(options);
  if (errors.length) {
    throw new Error(`${errors.length} content error(s):\n${errors.map(formatContentError).join('\n')}\nFix them (npm run check lists them again) and rebuild.`);
  }
  slot[archiveSlot] = archive;
  return archive;
}

/** The archive of the publication the site serves, when there is one for this content root. */
function currentPublishedArchive(): Archive | undefined {
  const root = contentRoot();
  const dir = publicationsDir(root);
  const current = readCurrent(dir);
  if (!current || readPublicationInfo(dir, current.id).root !== root) return undefined;
  const archive = readPublishedArchive(dir, current.id);
  holdPublication(dir, current.id);
  return archive;
}

/**
 * Serves `archive` from now on, swapped in with one assignment, so every request sees either the old archive or the
 * new one, never a mix (a publication switching, `lib/publish/serving.ts`).
 */
export function serveArchive(archive: Archive): void {
  slot[archiveSlot] = archive;
}

/** The archive this process serves, if it has loaded one (without loading it). */
export function servedArchive(): Archive | undefined {
  return slot[archiveSlot];
}

/**
 * The preview's archive (`npm run dev`): the content folder is looked at again at most once a second (unchanged files
 * come from the parse cache), so a saved, new or deleted file shows on the next page load. Bad files are left out and
 * their problems kept for `previewErrors`, so one mistake does not take the preview down.
 */
function previewArchive(): Archive {
  const current = slot[archiveSlot];
  const preview = slot[previewSlot];
  if (current && preview && Date.now() - preview.checked < 1000) return current;
  const { archive, errors } = load();
  slot[archiveSlot] = archive;
  slot[previewSlot] = { checked: Date.now(), errors };
  return archive;
}

/** The content problems the preview found on its last look (always none outside `npm run dev`, where they throw). */
export function previewErrors(): ContentError[] {
  if (process.env.NODE_ENV !== 'development') return [];
  previewArchive();
  return slot[previewSlot]?.errors ?? [];
}
