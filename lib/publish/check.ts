import { formatContentError, loadArchive, type Archive, type ParseCache } from '../content';
import { PublishError } from './errors';

/** The content did not pass the check; `message` lists every problem as `file:line: message` and what to do. */
export class ContentCheckError extends PublishError {
  constructor(readonly problems: string[]) {
    super(`${problems.join('\n')}\n\n${problems.length} problem(s) found; nothing was published. Fix them and run npm run publish again.`);
  }
}

/**
 * The first step of a publication: loads and validates the content root as `npm run check` does.
 * @param options.cacheFile the parse cache (`contentCacheFile(root)`), so only changed files are parsed
 * @param options.cache a parse cache already filled (`parseInParallel`) instead
 * @returns the archive to publish, and the parse cache, which knows the hash of the bytes each file was checked as
 * @throws ContentCheckError with every problem of every file
 * @example checkContent('/srv/site/content', { cacheFile: '.cache/content-1f2e.json' }).archive.stories.length // 325
 */
export function checkContent(root: string, options: { cacheFile?: string; cache?: ParseCache } = {}): { archive: Archive; cache: ParseCache } {
  const { archive, errors, cache } = loadArchive(root, options.cache ? { cache: options.cache } : options.cacheFile ? { cacheFile: options.cacheFile } : {});
  if (errors.length) throw new ContentCheckError(errors.map(formatContentError));
  return { archive, cache };
}
