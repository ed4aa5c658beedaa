import { dirname, join } from 'node:path';
import { publicationsDir, readCurrent, readPublishedArchive } from '@/lib/content/published';
import { serveArchive } from '@/lib/content';
import { publish, type PublishOptions } from '@/lib/publish/publish';
import { testSite } from '../helpers/site';

/**
 * A tiny site (`testSite`) with everything a publication writes kept in its temp folder: its publications
 * (`published/` beside the content root), search index, and parse and search caches. `build()` publishes it as
 * `npm run build:search` does (no servers); `publishTo` as `npm run publish` does.
 */
export function publishableSite(files: Parameters<typeof testSite>[0]) {
  const site = testSite(files);
  const folder = dirname(site.root);
  const options = {
    root: site.root,
    cacheFile: join(folder, 'cache', 'content.json'),
    publications: publicationsDir(site.root),
    indexOut: join(folder, 'search-index'),
    dataOut: join(folder, 'data'),
    timeoutMs: 10_000,
    today: '2026-12-01',
    search: { cacheDir: join(folder, 'cache') },
  } satisfies Partial<PublishOptions>;
  return {
    ...site,
    folder,
    dir: options.publications,
    options,
    build: (extra: Partial<PublishOptions> = {}) => publish({ ...options, servers: [], ...extra }),
    publishTo: (servers: string[], token: string, extra: Partial<PublishOptions> = {}) => publish({ ...options, servers, token, ...extra }),
    /** What a server started now would serve: the site's publication (as `getArchive` loads it at start). */
    startServing: () => serveArchive(readPublishedArchive(options.publications, readCurrent(options.publications)!.id)),
  };
}
