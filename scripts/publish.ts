/**
 * `npm run publish [-- --server <url> …]`: publish what changed in the content folder to the running server(s)
 * (default `http://127.0.0.1:3000`, the `npm run serve` one), without stopping them.
 *
 * 1. checks the content as `npm run check` does (any error: nothing is published);
 * 2. records releases deleted since the last publication in `gone.yaml` (their addresses answer 410 Gone);
 * 3. updates the search index (a new generation; the manifest is switched last);
 * 4. asks every server to reload the archive and mark its pages stale (`POST /api/publish`, with the token of
 *    `lib/publish/token.ts`);
 * 5. waits until every server serves every new, changed, withdrawn and deleted release as it now is (with its image),
 *    and the home page lists the newest release; then prints what it published and the time it took.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentCacheFile, contentRoot, formatContentError, loadArchive, releaseFor, versionsOf } from '../lib/content';
import { GONE_FILE, recordGone } from '../lib/content/gone';
import { contentPath } from '../lib/content/path';
import { bangkokToday } from '../lib/content/scaffold';
import { locales } from '../lib/i18n/locales';
import { paths } from '../lib/listing/addresses';
import { changesSince, readPublished, recordPublished } from '../lib/publish/changes';
import { publishToken } from '../lib/publish/token';
import { SEARCH_INDEX_DIR } from '../lib/search/format';
import { updateSearchIndex } from '../lib/search/index/update';

const { values } = parseArgs({ options: { server: { type: 'string', multiple: true }, timeout: { type: 'string', default: '120' } } });
const servers = (values.server?.length ? values.server : ['http://127.0.0.1:3000']).map((url) => url.replace(/\/+$/, ''));
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

const root = contentRoot();
const { archive, errors } = loadArchive(root, { cacheFile: contentCacheFile() });
if (errors.length) {
  for (const error of errors) console.error(formatContentError(error));
  console.error(`\n${errors.length} problem(s) found; nothing was published. Fix them and run npm run publish again.`);
  process.exit(1);
}

const previous = readPublished(root);
// Without a record (a site built before builds kept one), the first publication takes everything as published.
const firstTime = previous === undefined;
const changes = changesSince(previous ?? {}, archive);
if (firstTime) changes.added = [];
const gone = recordGone(contentPath(root, GONE_FILE), changes.removed, bangkokToday());
console.log(`content OK: ${archive.stories.length} stories (${elapsed()})`);

// In this process, from the archive just checked: a separate `npm run build:search` would load the content again.
try {
  await updateSearchIndex(archive, { out: resolve(SEARCH_INDEX_DIR) });
} catch (error) {
  console.error(`the search index could not be updated; nothing was published:\n${(error as Error).stack ?? error}`);
  process.exit(1);
}
console.log(`search index updated (${elapsed()})`);

const token = publishToken(true);
for (const server of servers) {
  const answer = await fetch(`${server}/api/publish`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch((error: Error) => error);
  if (answer instanceof Error || !answer.ok) {
    const why = answer instanceof Error ? answer.message : `${answer.status} ${await answer.text()}`;
    console.error(`${server}: the server did not take the publication (${why}). Is it running, from this folder or with the same PUBLISH_TOKEN?`);
    process.exit(1);
  }
  const { ms } = (await answer.json()) as { ms: number };
  console.log(`${server}: archive reloaded in ${ms} ms (${elapsed()})`);
}

/** What each server must show once the publication is live: a status, and text the page must hold. */
const expectations: { path: string; status: number; holds?: string }[] = [];
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
for (const slug of [...changes.added, ...changes.changed, ...changes.withdrawn]) {
  const story = archive.bySlug.get(slug)!;
  for (const lang of locales) expectations.push({ path: paths.article(lang, slug), status: 200, holds: html(releaseFor(story, lang).release.title) });
  // Content-folder images come from the reloaded archive; a file under public/ waits for next start's restart.
  for (const release of versionsOf(story)) if (release.imageFile?.src.startsWith('/media/')) expectations.push({ path: release.imageFile.src, status: 200 });
}
for (const { slug } of changes.removed) expectations.push({ path: paths.article('th', slug), status: 410 });
const newest = archive.stories[0];
if (newest) for (const lang of locales) expectations.push({ path: paths.home(lang), status: 200, holds: `href="${paths.article(lang, newest.slug)}"` });

const deadline = Date.now() + Number(values.timeout) * 1000;
for (const server of servers) {
  for (const { path, status, holds } of expectations) {
    for (;;) {
      const answer = await fetch(`${server}${path}`, { redirect: 'manual' }).catch(() => undefined);
      const body = answer ? await answer.text() : '';
      if (answer?.status === status && (!holds || body.includes(holds))) break;
      if (Date.now() > deadline) {
        console.error(`${server}${path}: still ${answer?.status ?? 'no answer'}${holds ? ' without the new text' : ''} after ${values.timeout} s`);
        process.exit(1);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

recordPublished(root, archive);
const list = (label: string, slugs: string[]) => slugs.length && console.log(`${label}: ${slugs.join(', ')}`);
list('new', changes.added);
list('changed', changes.changed);
list('withdrawn', changes.withdrawn);
list('deleted (410 Gone)', changes.removed.map(({ slug }) => slug));
if (gone.length) console.log(`recorded in ${GONE_FILE}: ${gone.join(', ')}`);
if (firstTime) console.log('first publication from this folder: every release is recorded as published');
console.log(`published to ${servers.length} server(s) in ${elapsed()}: every affected page is served`);
