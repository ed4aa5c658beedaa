import { resolve } from 'node:path';
import { loadArchive, type Archive } from './load';
import { digest, type ParseCache } from './cache';
import { formatContentError } from './parse';
import { contentPath } from './path';

export type { Archive, LegacyTarget } from './load';
export type { Release, Story, NamedEntry, Registry } from './schema';
export { loadArchive, readBody } from './load';
export { filedRelease, isPaired, lastChanged, releaseFor, versionsOf, type ReaderRelease } from './story';
export { slugPattern } from './slug';
export { formatContentError, parseReleaseFile, type ContentError } from './parse';

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

let cached: Archive | undefined;

/**
 * The validated archive, loaded once per process. Invalid content throws with the full list of problems, so a
 * build with any bad file fails and nothing is half-published.
 * @param options.cache the parse cache `parseInParallel` filled (build scripts), instead of opening it again
 */
export function getArchive(options: { cache?: ParseCache } = {}): Archive {
  if (cached) return cached;
  const { archive, errors } = loadArchive(contentRoot(), options.cache ? { cache: options.cache } : { cacheFile: contentCacheFile() });
  if (errors.length) {
    throw new Error(`${errors.length} content error(s):\n${errors.map(formatContentError).join('\n')}\nFix them (npm run check lists them again) and rebuild.`);
  }
  cached = archive;
  return archive;
}
