/**
 * `npm run build:search [-- --out DIR]`
 *
 * Builds the search index of every language from the validated content (`lib/content`, honouring CONTENT_DIR) into
 * `public/search-index/<lang>/` (or DIR/<lang>/), as a new generation beside the previous one, reusing whatever did
 * not change (`lib/search/index/generations.ts`). Prints what it built, the time, CPU time and peak memory.
 */
import { resolve } from 'node:path';
import { command, progressBar } from '../lib/cli';
import { contentCacheFile, contentRoot, getArchive } from '../lib/content';
import { parseInParallel } from '../lib/content/parallel';
import { recordPublished } from '../lib/publish/changes';
import { SEARCH_INDEX_DIR } from '../lib/search/format';
import { updateSearchIndex } from '../lib/search/index/update';

const { values } = command({ usage: 'usage: npm run build:search [-- --out DIR]', options: { out: { type: 'string', default: SEARCH_INDEX_DIR } } });
const out = resolve(values.out);
const started = performance.now();
const bar = progressBar(process.stdout);

const { cache, parsed } = await parseInParallel(contentRoot(), contentCacheFile(), {
  onProgress: (done, total) => bar.update(done, total, `parsing content: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} files`),
});
bar.stop();
const archive = getArchive({ cache });
const loaded = performance.now();

await updateSearchIndex(archive, {
  out,
  onProgress: (lang, done, total) => bar.update(done, total, `search index ${lang}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} releases analyzed`),
  onLanguage: (lang, stats) => {
    bar.stop();
    console.log(
      `search index ${lang}: ${stats.docs} releases (${stats.analyzed} analyzed, ${stats.docs - stats.analyzed} from the cache), ` +
        `${stats.terms} terms, ${stats.postings} postings, ${stats.shards} shards, lexicon of ${stats.lexiconTerms} terms in ${stats.lexiconPages} pages ` +
        `(${stats.lexiconSeconds.toFixed(1)} s); wrote ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB`,
    );
  },
});

// The site this build makes serves this content: the next `npm run publish` compares with it.
recordPublished(contentRoot(), archive);

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const usage = process.resourceUsage();
const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
console.log(
  `search index built in ${seconds(performance.now() - started)} s (content ${seconds(loaded - started)} s${parsed ? `, ${parsed} files parsed on all cores` : ''}), ` +
    `CPU ${cpu.toFixed(1)} s on all threads, peak memory ${(usage.maxRSS / 1024).toFixed(0)} MB`,
);
