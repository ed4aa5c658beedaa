import { formatContentError, loadArchive, type Archive } from '../content';
import { PublishError } from './errors';

/** The content did not pass the check; `message` lists every problem as `file:line: message` and what to do. */
export class ContentCheckError extends PublishError {
  constructor(readonly problems: string[]) {
    super(`${problems.join('\n')}\n\n${problems.length} problem(s) found; nothing was published. Fix them and run npm run publish again.`);
  }
}

/**
 * The first step of a publication: loads and validates the content root as `npm run check` does.
 * @param cacheFile the parse cache (`contentCacheFile(root)`), so only changed files are parsed
 * @returns the archive to publish
 * @throws ContentCheckError with every problem of every file
 * @example checkContent('/srv/site/content', '.cache/content-1f2e.json').stories.length // 325
 */
export function checkContent(root: string, cacheFile?: string): Archive {
  const { archive, errors } = loadArchive(root, cacheFile ? { cacheFile } : {});
  if (errors.length) throw new ContentCheckError(errors.map(formatContentError));
  return archive;
}
