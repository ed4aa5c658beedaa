import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locale } from '../../i18n/locales';
import { GENERATION, indexFiles, type FacetValue, type Manifest } from '../format';
import { ANALYSIS_VERSION, buildIndex, type BuildStats } from './build';
import { readAnalysisCache, writeAnalysisCache } from './cache';
import type { SearchRecord } from './records';

/**
 * One language's index kept up to date in a folder on disk, so that a reader never sees half an index:
 *
 * - A build writes a new generation folder (`<lang>/<gen>/`: facets, term shards, lexicon pages) and switches
 *   `<lang>/manifest.json` to it last, by renaming a complete file over it.
 * - Term shards and lexicon pages whose content did not change are hard-linked from the previous generation instead
 *   of written.
 * - Result files (`<lang>/docs/`) are shared by generations; a release whose file, size and mtime are those of the
 *   last build keeps its result file when it keeps its id.
 * - The previous generation is kept for readers still on the old manifest; older ones are removed, and so are the
 *   result files of releases past the new count.
 *
 * What the last build analyzed is remembered in `cacheFile` (see `cache.ts`); it describes the files on disk only
 * when it was written by the build that wrote the live manifest, and nothing is reused otherwise.
 */
export interface UpdateInput {
  /** The index root (`public/search-index`): the language's files go to `<out>/<lang>/`. */
  out: string;
  lang: Locale;
  /** Oldest first: a record's position is its release id. */
  records: SearchRecord[];
  agencies: FacetValue[];
  categories: FacetValue[];
  /** The analysis cache of this index (one per content root and index root). */
  cacheFile: string;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Builds one language's index into `out` as a new generation, reusing what the last build left there, and returns
 * what the build did.
 * @example await updateIndex({ out: 'public/search-index', lang: 'th', records, agencies, categories, cacheFile: '.cache/search-th.bin' })
 */
export async function updateIndex({ out, lang, records, agencies, categories, cacheFile, onProgress }: UpdateInput): Promise<BuildStats> {
  const live = liveManifest(out, lang);
  const cached = readAnalysisCache(cacheFile, ANALYSIS_VERSION);
  const current = cached.meta !== undefined && live !== undefined && cached.meta.built === live.built;
  const manifestFile = join(out, indexFiles.manifest(lang));
  const place = folderMaker(out);
  const { stats, analyses } = await buildIndex({
    lang,
    records,
    agencies,
    categories,
    cached,
    write: (path, data) => writeFileSync(path === indexFiles.manifest(lang) ? `${manifestFile}.next` : place(path), data),
    reuseDoc: (previous, id) => current && previous === id,
    reuseShard: (shard, bigFiles, gen) => current && linkShard(out, place, lang, cached.meta!.gen, gen, shard, bigFiles),
    reuseLexiconPage: (previous, page, gen) => current && link(join(out, indexFiles.lexicon(lang, cached.meta!.gen, previous)), place(indexFiles.lexicon(lang, gen, page))),
    ...(onProgress ? { onProgress } : {}),
  });
  renameSync(`${manifestFile}.next`, manifestFile);
  writeAnalysisCache(cacheFile, ANALYSIS_VERSION, analyses);
  removeStale(out, lang, analyses.meta!.gen, live?.gen, stats.docs, live?.docs ?? 0);
  return stats;
}

/** The manifest readers see now, of whatever version, or undefined when there is none (or it cannot be read). */
export function liveManifest(out: string, lang: Locale): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(join(out, indexFiles.manifest(lang)), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** Gives the absolute file of an index path, making its folder first (once per folder). */
function folderMaker(out: string): (path: string) => string {
  const made = new Set<string>();
  return (path) => {
    const file = join(out, path);
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    return file;
  };
}

/** Hard-links a shard and its files of large postings from generation `from` into `to`; false when one is missing. */
function linkShard(out: string, place: (path: string) => string, lang: Locale, from: string, to: string, shard: number, bigFiles: number): boolean {
  try {
    linkSync(join(out, indexFiles.shard(lang, from, shard)), place(indexFiles.shard(lang, to, shard)));
    for (let k = 0; k < bigFiles; k++) linkSync(join(out, indexFiles.bigTerm(lang, from, shard, k)), place(indexFiles.bigTerm(lang, to, shard, k)));
    return true;
  } catch {
    return false;
  }
}

/** Hard-links file `from` as `to`; false when `from` is missing. */
function link(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/** Removes generations other than `gen` and `previous`, and the result files of releases `docs` … `previousDocs` − 1. */
function removeStale(out: string, lang: Locale, gen: string, previous: string | undefined, docs: number, previousDocs: number): void {
  for (const entry of readdirSync(join(out, lang))) {
    if (GENERATION.test(entry) && entry !== gen && entry !== previous) rmSync(join(out, lang, entry), { recursive: true, force: true });
  }
  for (let id = docs; id < previousDocs; id++) rmSync(join(out, indexFiles.doc(lang, id)), { force: true });
}
