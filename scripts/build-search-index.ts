/**
 * `npm run build:search [-- --out DIR]`
 *
 * Builds the search index of every language from the validated content (`lib/content`, honouring CONTENT_DIR) into
 * `public/search-index/<lang>/` (or DIR/<lang>/). Each language is written beside the old one and swapped in when
 * complete, so a server never sees half an index. Releases unchanged since the last build (same file, size and
 * mtime) are not segmented again (`.cache/search-*.bin`) and keep their result files (hard-linked from the old
 * index). Prints what it built, the time and the peak memory.
 */
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, getArchive } from '../lib/content';
import { digest } from '../lib/content/cache';
import { locales, type Locale } from '../lib/i18n/locales';
import { ANALYSIS_VERSION, buildIndex } from '../lib/search/build';
import { readAnalysisCache, writeAnalysisCache } from '../lib/search/cache';
import { paths, type Manifest } from '../lib/search/format';
import { searchRecords } from '../lib/search/records';

const { values } = parseArgs({ options: { out: { type: 'string', default: join('public', 'search-index') } } });
const out = resolve(values.out);
const started = performance.now();

const archive = getArchive();
const loaded = performance.now();
const facet = (registry: typeof archive.agencies, lang: Locale) => Object.entries(registry).map(([id, names]) => ({ id, name: names[lang] }));

/** The index path `th/docs/0/7.bin` inside the folder of one language. */
const inside = (lang: Locale, path: string) => path.slice(lang.length + 1);

function builtStamp(dir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest).built;
  } catch {
    return undefined;
  }
}

for (const lang of locales) {
  const live = join(out, lang);
  const staging = join(out, `.${lang}-${process.pid}`);
  const cacheFile = join(process.cwd(), '.cache', `search-${lang}-${digest(JSON.stringify([contentRoot(), out]))}.bin`);
  const cached = readAnalysisCache(cacheFile, ANALYSIS_VERSION);
  const docsReusable = cached.index !== undefined && cached.index === builtStamp(live);
  rmSync(staging, { recursive: true, force: true });
  const made = new Set<string>();
  const place = (path: string) => {
    const file = join(staging, inside(lang, path));
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    return file;
  };
  const { stats, analyses } = await buildIndex({
    lang,
    records: searchRecords(archive, lang),
    agencies: facet(archive.agencies, lang),
    categories: facet(archive.categories, lang),
    write: (path, data) => writeFileSync(place(path), data),
    cached,
    reuseDoc: (previous, id) => {
      if (!docsReusable) return false;
      try {
        linkSync(join(live, inside(lang, paths.doc(lang, previous))), place(paths.doc(lang, id)));
        return true;
      } catch {
        return false;
      }
    },
  });
  const old = join(out, `.${lang}-old-${process.pid}`);
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(live, old);
  } catch {
    // no earlier index
  }
  renameSync(staging, live);
  rmSync(old, { recursive: true, force: true });
  writeAnalysisCache(cacheFile, ANALYSIS_VERSION, analyses);
  console.log(
    `search index ${lang}: ${stats.docs} releases (${stats.analyzed} analyzed, ${stats.docs - stats.analyzed} from the cache), ` +
      `${stats.terms} terms, ${stats.postings} postings, ${stats.shards} shards, ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB`,
  );
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const peak = process.resourceUsage().maxRSS / 1024;
console.log(`search index built in ${seconds(performance.now() - started)} s (content ${seconds(loaded - started)} s), peak memory ${peak.toFixed(0)} MB`);
