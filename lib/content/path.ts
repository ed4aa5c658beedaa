import { join } from 'node:path';

/**
 * A path into the content folder or the parse cache: `contentPath(root, 'news', '2018')`. Every such path of code
 * the site runs is built here, so that one `turbopackIgnore` keeps the bundler away from all of them.
 *
 * Why: Turbopack reads each `path.join` it can partly evaluate as a file the server code depends on. Left to it,
 * `join(process.cwd(), 'content')` and `join(root, 'news')` made every release file a dependency of every route
 * that reads content: scanned and fingerprinted on each build, listed in every `.nft.json` trace under
 * `.next/server/`, and past 10,000 files warned about ("The file pattern '/ROOT/content' matches 90785 files").
 * Measured 2026-12-01 on `next build` with 20,000 releases in `content/`: peak memory (summed PSS) 804–833 MB with
 * this ignore against 1,351–1,422 MB without, `.next` 128 MB against 215 MB, no warning, no content traced.
 * `outputFileTracingExcludes` alone only trims the trace lists (`.next` 156 MB): the files are still scanned and
 * fingerprinted (1,352 MB, both warnings).
 * @example contentPath('/srv/site/content', 'news') // '/srv/site/content/news'
 */
export function contentPath(root: string, ...parts: string[]): string {
  return join(/*turbopackIgnore: true*/ root, ...parts);
}
