/**
 * `npm run publish [-- --server <url> …] [--timeout <seconds>]`: publish what changed in the content folder to the
 * running server(s) (default `http://127.0.0.1:3000`, the `npm run serve` one), without stopping them. The steps are
 * `lib/publish`'s (see lib/publish/README.md); this prints what they did, or what failed.
 */
import { resolve } from 'node:path';
import { command } from '../lib/cli';
import { contentCacheFile, contentRoot, GONE_FILE, publicationsDir } from '../lib/content';
import { publish, PublishError } from '../lib/publish/publish';
import { publishToken } from '../lib/publish/token';
import { SEARCH_INDEX_DIR } from '../lib/search/format';
import { dataDir } from '../lib/data/publication';

const cli = command({
  usage: 'usage: npm run publish [-- --server URL …] [--timeout SECONDS]',
  options: { server: { type: 'string', multiple: true }, timeout: { type: 'string', default: '120' } },
});
const { values } = cli;
const servers = (values.server?.length ? values.server : ['http://127.0.0.1:3000']).map((url) => url.replace(/\/+$/, ''));

try {
  const root = contentRoot();
  const { changes, gone, firstTime, seconds } = await publish({
    root,
    cacheFile: contentCacheFile(root),
    publications: publicationsDir(root),
    indexOut: resolve(SEARCH_INDEX_DIR),
    dataOut: dataDir(),
    servers,
    token: publishToken(true)!,
    timeoutMs: cli.positiveInteger('timeout') * 1000,
    log: (line) => console.log(line),
  });
  const list = (label: string, slugs: string[]) => slugs.length && console.log(`${label}: ${slugs.join(', ')}`);
  list('new', changes.added);
  list('changed', changes.changed);
  list('withdrawn', changes.withdrawn);
  list('deleted (410 Gone)', changes.removed.map(({ slug }) => slug));
  if (gone.length) console.log(`recorded in ${GONE_FILE}: ${gone.join(', ')}`);
  if (firstTime) console.log('first publication from this folder: every release is recorded as published');
  console.log(`published to ${servers.length} server(s) in ${seconds.toFixed(1)} s: every affected page is served`);
} catch (error) {
  console.error(error instanceof PublishError ? error.message : ((error as Error).stack ?? String(error)));
  process.exit(1);
}
