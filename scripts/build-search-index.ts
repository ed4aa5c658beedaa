/**
 * `npm run build:search [-- --out DIR]`
 *
 * Builds the search index of every language from the validated content (`lib/content`, honouring CONTENT_DIR) into
 * `public/search-index/<lang>/` (or DIR/<lang>/), as a new generation beside the previous one, reusing whatever did
 * not change (`lib/search/index/generations.ts`). Prints what it built, the time, CPU time and peak memory.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentCacheFile, contentRoot, getArchive } from '../lib/content';
import { digest } from '../lib/content/cache';
import { parseInParallel } from '../lib/content/parallel';
import { acquireLock } from '../lib/lock';
import { progressBar } from '../lib/progress';
import { locales, type Locale } from '../lib/i18n/locales';
import { updateIndex } from '../lib/search/index/generations';
import { searchRecords } from '../lib/search/index/records';

const { values } = parseArgs({ options: { out: { type: 'string', default: join('public', 'search-index') } } });
const out = resolve(values.out);
const started = performance.now();
// Two builds at once would write the same cache files and index generations: the second waits for the first.
await acquireLock(join(process.cwd(), '.cache', 'build-search.lock'), 'the search index and its cache');
const bar = progressBar(process.stdout);

const { cache, parsed } = await parseInParallel(contentRoot(), contentCacheFile(), {
  onProgress: (done, total) => bar.update(done, total, `parsing content: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} files`),
});
bar.stop();
const archive = getArchive({ cache });
const loaded = performance.now();
const facet = (registry: typeof archive.agencies, lang: Locale) => Object.entries(registry).map(([id, names]) => ({ id, name: names[lang] }));

for (const lang of locales) {
  const stats = await updateIndex({
    out,
    lang,
    records: searchRecords(archive, lang),
    agencies: facet(archive.agencies, lang),
    categories: facet(archive.categories, lang),
    cacheFile: join(process.cwd(), '.cache', `search-${lang}-${digest(JSON.stringify([contentRoot(), out]))}.bin`),
    onProgress: (done, total) => bar.update(done, total, `search index ${lang}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} releases analyzed`),
  });
  bar.stop();
  console.log(
    `search index ${lang}: ${stats.docs} releases (${stats.analyzed} analyzed, ${stats.docs - stats.analyzed} from the cache), ` +
      `${stats.terms} terms, ${stats.postings} postings, ${stats.shards} shards, lexicon of ${stats.lexiconTerms} terms in ${stats.lexiconPages} pages ` +
      `(${stats.lexiconSeconds.toFixed(1)} s); wrote ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB`,
  );
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const usage = process.resourceUsage();
const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
console.log(
  `search index built in ${seconds(performance.now() - started)} s (content ${seconds(loaded - started)} s${parsed ? `, ${parsed} files parsed on all cores` : ''}), ` +
    `CPU ${cpu.toFixed(1)} s on all threads, peak memory ${(usage.maxRSS / 1024).toFixed(0)} MB`,
);
