/**
 * `npm run build:search [-- --out DIR]`
 *
 * Builds the search index of every language from the validated content (`lib/content`, honouring CONTENT_DIR) into
 * `public/search-index/<lang>/` (or DIR/<lang>/). A build writes a new generation folder of facets and term shards
 * and switches `manifest.json` to it last, so a reader never sees half an index; the previous generation is kept
 * for readers still on the old manifest, older ones are removed.
 *
 * A rebuild does only what changed: releases with the same file, size and mtime as last time are not segmented
 * again (`.cache/search-*.bin`), their result files stay as they are, and term shards whose content did not change
 * are hard-linked from the previous generation. Prints what it built, the time, CPU time and peak memory.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentCacheFile, contentRoot, getArchive } from '../lib/content';
import { digest } from '../lib/content/cache';
import { parseInParallel } from '../lib/content/parallel';
import { progressBar } from '../lib/progress';
import { locales, type Locale } from '../lib/i18n/locales';
import { ANALYSIS_VERSION, buildIndex } from '../lib/search/build';
import { readAnalysisCache, writeAnalysisCache } from '../lib/search/cache';
import { paths, type Manifest } from '../lib/search/format';
import { searchRecords } from '../lib/search/records';

const { values } = parseArgs({ options: { out: { type: 'string', default: join('public', 'search-index') } } });
const out = resolve(values.out);
const started = performance.now();
const bar = progressBar(process.stdout);

const { cache, parsed } = await parseInParallel(contentRoot(), contentCacheFile(), {
  onProgress: (done, total) => bar.update(done, total, `parsing content: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} files`),
});
bar.stop();
const archive = getArchive({ cache });
const loaded = performance.now();
const facet = (registry: typeof archive.agencies, lang: Locale) => Object.entries(registry).map(([id, names]) => ({ id, name: names[lang] }));

function liveManifest(lang: Locale): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(join(out, paths.manifest(lang)), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

const made = new Set<string>();
function place(path: string): string {
  const file = join(out, path);
  const dir = dirname(file);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  return file;
}

for (const lang of locales) {
  const live = liveManifest(lang);
  const cacheFile = join(process.cwd(), '.cache', `search-${lang}-${digest(JSON.stringify([contentRoot(), out]))}.bin`);
  const cached = readAnalysisCache(cacheFile, ANALYSIS_VERSION);
  // The cache describes the files on disk only if it was written by the build that wrote the live manifest.
  const current = cached.meta !== undefined && live !== undefined && cached.meta.built === live.built;
  const manifestFile = join(out, paths.manifest(lang));
  const { stats, analyses } = await buildIndex({
    lang,
    records: searchRecords(archive, lang),
    agencies: facet(archive.agencies, lang),
    categories: facet(archive.categories, lang),
    cached,
    write: (path, data) => writeFileSync(path === paths.manifest(lang) ? `${manifestFile}.next` : place(path), data),
    reuseDoc: (previous, id) => current && previous === id,
    onProgress: (done, total) => bar.update(done, total, `search index ${lang}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} releases analyzed`),
    reuseShard: (shard, bigFiles, gen) => {
      if (!current) return false;
      const from = cached.meta!.gen;
      try {
        linkSync(join(out, paths.shard(lang, from, shard)), place(paths.shard(lang, gen, shard)));
        for (let k = 0; k < bigFiles; k++) linkSync(join(out, paths.bigTerm(lang, from, shard, k)), place(paths.bigTerm(lang, gen, shard, k)));
        return true;
      } catch {
        return false;
      }
    },
  });
  bar.stop();
  renameSync(`${manifestFile}.next`, manifestFile);
  writeAnalysisCache(cacheFile, ANALYSIS_VERSION, analyses);
  removeStale(lang, analyses.meta!.gen, live?.gen, stats.docs, live?.docs ?? 0);
  console.log(
    `search index ${lang}: ${stats.docs} releases (${stats.analyzed} analyzed, ${stats.docs - stats.analyzed} from the cache), ` +
      `${stats.terms} terms, ${stats.postings} postings, ${stats.shards} shards; wrote ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB`,
  );
}

/** Generations other than this one and the one before it, and result files of releases past the new count. */
function removeStale(lang: Locale, gen: string, previous: string | undefined, docs: number, previousDocs: number) {
  for (const entry of readdirSync(join(out, lang))) {
    if (/^g[0-9a-z]+$/.test(entry) && entry !== gen && entry !== previous) rmSync(join(out, lang, entry), { recursive: true, force: true });
  }
  for (let id = docs; id < previousDocs; id++) rmSync(join(out, paths.doc(lang, id)), { force: true });
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const usage = process.resourceUsage();
const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
console.log(
  `search index built in ${seconds(performance.now() - started)} s (content ${seconds(loaded - started)} s${parsed ? `, ${parsed} files parsed on all cores` : ''}), ` +
    `CPU ${cpu.toFixed(1)} s on all threads, peak memory ${(usage.maxRSS / 1024).toFixed(0)} MB`,
);
