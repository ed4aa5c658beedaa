/**
 * `npm run build:search [-- --out DIR]`
 *
 * Publishes the validated content (`lib/content`, honouring CONTENT_DIR) to the files the servers start from, as
 * `npm run publish` does without servers (`lib/publish`): a new publication in `published/` with its search index,
 * built into `public/search-index/<lang>/` (or DIR/<lang>/) as a new generation beside the previous one, reusing
 * whatever did not change (`lib/search/index/generations.ts`). `next build` then renders the pages from it. Prints
 * what it built, the time, CPU time and peak memory.
 */
import { resolve } from 'node:path';
import { command, progressBar } from '../lib/cli';
import { contentCacheFile, contentRoot, GONE_FILE, publicationsDir } from '../lib/content';
import { parseInParallel } from '../lib/content/parallel';
import { publish, PublishError } from '../lib/publish/publish';
import { SEARCH_INDEX_DIR } from '../lib/search/format';

const { values } = command({ usage: 'usage: npm run build:search [-- --out DIR]', options: { out: { type: 'string', default: SEARCH_INDEX_DIR } } });
const out = resolve(values.out);
const started = performance.now();
const bar = progressBar(process.stdout);

const root = contentRoot();
const { cache, parsed } = await parseInParallel(root, contentCacheFile(root), {
  onProgress: (done, total) => bar.update(done, total, `parsing content: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} files`),
});
bar.stop();
const loaded = performance.now();

try {
  const { id, unchanged, gone } = await publish({
    root,
    ...(cache ? { cache } : { cacheFile: contentCacheFile(root) }),
    publications: publicationsDir(root),
    indexOut: out,
    servers: [],
    timeoutMs: 0,
    log: (line) => {
      bar.stop();
      console.log(line);
    },
    search: {
      onProgress: (lang, done, total) => bar.update(done, total, `search index ${lang}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} releases analyzed`),
      onLanguage: (lang, stats) => {
        bar.stop();
        console.log(
          `search index ${lang}: ${stats.docs} releases (${stats.analyzed} analyzed, ${stats.docs - stats.analyzed} from the cache), ` +
            `${stats.terms} terms, ${stats.postings} postings, ${stats.shards} shards, lexicon of ${stats.lexiconTerms} terms in ${stats.lexiconPages} pages ` +
            `(${stats.lexiconSeconds.toFixed(1)} s); wrote ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB`,
        );
      },
    },
  });
  if (gone.length) console.log(`recorded in ${GONE_FILE}: ${gone.join(', ')}`);
  console.log(unchanged ? `publication ${id} is already this content` : `publication ${id} written and made the site's (${publicationsDir(root)})`);
} catch (error) {
  bar.stop();
  console.error(error instanceof PublishError ? error.message : ((error as Error).stack ?? String(error)));
  process.exit(1);
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const usage = process.resourceUsage();
const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
console.log(
  `search index built in ${seconds(performance.now() - started)} s (content ${seconds(loaded - started)} s${parsed ? `, ${parsed} files parsed on all cores` : ''}), ` +
    `CPU ${cpu.toFixed(1)} s on all threads, peak memory ${(usage.maxRSS / 1024).toFixed(0)} MB`,
);
