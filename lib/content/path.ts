import { join } from 'node:path';

/**
 * A path into the content folder or the parse cache: `contentPath(root, 'news', '2018')`. Every such path of code
 * the site runs is built here, so that one `turbopackIgnore` keeps the bundler away from all of them.
 *
 * Why: Turbopack reads each `path.join` it can partly evaluate as a file the server code depends on. Left to it,
 * `join(process.cwd(), 'content')` and `join(root, 'news')` made every release file a traced dependency of every
 * route: fingerprinted on each build, listed in every `.nft.json` trace under `.next/server/`, with a "file pattern matches
 * 90785 files" warning past 10,000 files. Measured 2026-12-01 with 20,000 releases in `content/`: the ignore took
 * `next build` from 1,422 to 804 MB (summed PSS) and `.next` from 215 to 128 MB, and the traces from 20,004 content
 * and cache files to none (see the README's performance section for times). `outputFileTracingExcludes` alone
 * only trims the trace lists; the bundler still scans and fingerprints the files.
 * @example contentPath('/srv/site/content', 'news') // '/srv/site/content/news'
 */
export function contentPath(root: string, ...parts: string[]): string {
  return join(/*turbopackIgnore: true*/ root, ...parts);
}
