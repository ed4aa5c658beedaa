import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic, WriteError } from '../../files';
import type { Locale } from '../../i18n/locales';
import { DOC_CHUNK, GENERATION, generationName, indexFiles, type FacetValue, type Manifest } from '../format';
import { ANALYSIS_VERSION, buildIndex, type BuildStats } from './build';
import { readAnalysisCache, writeAnalysisCache } from './cache';
import type { SearchRecord } from './records';

/**
 * One language's index kept up to date in a folder on disk, in generations whose files are written once and never
 * changed, so that a reader never sees half an index, nor a mix of two:
 *
 * - A build writes a new generation folder (`<lang>/<gen>/`: facets, term shards, lexicon pages, dictionary, and its
 *   manifest last). Term shards and lexicon pages whose content did not change are hard-linked from the generation
 *   it builds on instead of written.
 * - Result files are kept by the thousand (`docs/<id / 1000>/<gen>/`): a thousand releases all unchanged at the same
 *   ids keep the folder of the generation that wrote them (the manifest's `docs` names it); any other thousand gets a
 *   folder of this generation, its unchanged files hard-linked into it. (A folder per generation with every file
 *   hard-linked was measured and not kept: 89,000 links took 17 s to make and 200 s to remove on this machine under
 *   load, against the 20 s an update after one release may take.)
 * - Which generation readers get is decided elsewhere: the site's publication names one per language (`lib/publish`),
 *   and `installManifest` copies its manifest to `<lang>/manifest.json` by a rename for readers not told one.
 *   `removeGenerations` removes those no publication kept uses.
 *
 * What the last build analyzed is remembered in `cacheFile` (see `cache.ts`), with the generation it wrote: the next
 * build builds on that generation when its manifest is there with the same `built`, and reuses nothing otherwise.
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
  /**
   * Also make it the generation readers who are not told one get, and remove all but it and the one it replaces (a
   * build on its own, as tests and benchmarks run it); false when a publication decides (`lib/publish`).
   */
  install?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Builds one language's index into `out` as a new generation, building on the generation the last build wrote, and
 * returns what the build did and the generation's name.
 * @example await updateIndex({ out: 'public/search-index', lang: 'th', records, agencies, categories, cacheFile: '.cache/search-th.bin' }) // { stats, gen: 'gm3x9a1b' }
 */
export async function updateIndex({ out, lang, records, agencies, categories, cacheFile, install = true, onProgress }: UpdateInput): Promise<{ stats: BuildStats; gen: string }> {
  const cached = readAnalysisCache(cacheFile, ANALYSIS_VERSION);
  const base = cached.meta && generationManifest(out, lang, cached.meta.gen);
  const current = base !== undefined && base.built === cached.meta!.built;
  const place = folderMaker(out);
  const gen = generationName();
  /** The earlier generation's folder of a thousand result files, when it is still there. */
  const earlierDocs = (chunk: number) => {
    const folder = current ? base.docFolders[chunk] : undefined;
    return folder && existsSync(join(out, dirname(indexFiles.doc(lang, folder, chunk * DOC_CHUNK)))) ? folder : undefined;
  };
  try {
    const { stats, analyses } = await buildIndex({
      lang,
      records,
      agencies,
      categories,
      cached,
      gen,
      // Written once into a folder no reader is sent to before it is whole: no temporary files needed. The manifest
      // goes into the generation's folder; `installManifest` copies it to where readers look when told nothing.
      write: (path, data) => {
        try {
          writeFileSync(place(path === indexFiles.manifest(lang) ? indexFiles.generationManifest(lang, gen) : path), data);
        } catch (error) {
          throw new WriteError(join(out, path), error);
        }
      },
      keepDocs: earlierDocs,
      reuseDoc: (previous, id) => current && link(join(out, indexFiles.doc(lang, base.docFolders[Math.floor(previous / DOC_CHUNK)]!, previous)), place(indexFiles.doc(lang, gen, id))),
      reuseShard: (shard, bigFiles) => current && linkShard(out, place, lang, base.gen, gen, shard, bigFiles),
      reuseLexiconPage: (previous, page) => current && link(join(out, indexFiles.lexicon(lang, base.gen, previous)), place(indexFiles.lexicon(lang, gen, page))),
      ...(onProgress ? { onProgress } : {}),
    });
    writeAnalysisCache(cacheFile, ANALYSIS_VERSION, analyses);
    if (install) {
      const live = liveManifest(out, lang);
      installManifest(out, lang, gen);
      removeGenerations(out, lang, [gen, ...(live ? [live.gen] : [])]);
    }
    return { stats, gen };
  } catch (error) {
    // What this build wrote is in no generation any reader is told of: its folders go, so a full disk is not left full.
    removeGeneration(out, lang, gen);
    throw error;
  }
}

/** The manifest readers not told a generation get, or undefined when there is none (or it cannot be read). */
export function liveManifest(out: string, lang: Locale): Manifest | undefined {
  return readManifest(join(out, indexFiles.manifest(lang)));
}

/** The manifest of generation `gen`, or undefined when it is not there (an unfinished or removed generation). */
export function generationManifest(out: string, lang: Locale, gen: string): Manifest | undefined {
  return readManifest(join(out, indexFiles.generationManifest(lang, gen)));
}

function readManifest(file: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** Makes generation `gen` the one readers who are not told one get: its manifest copied over `<lang>/manifest.json` by a rename. */
export function installManifest(out: string, lang: Locale, gen: string): void {
  writeFileAtomic(join(out, indexFiles.manifest(lang)), [readFileSync(join(out, indexFiles.generationManifest(lang, gen)))]);
}

/**
 * Removes every generation of `lang` but those in `keep`, with the result folders none of those names, and files of
 * an earlier layout. Generations `keep` names that are not there are ignored.
 */
export function removeGenerations(out: string, lang: Locale, keep: string[]): void {
  const folder = join(out, lang);
  if (!existsSync(folder)) return;
  const kept = keep.map((gen) => generationManifest(out, lang, gen)).filter((manifest): manifest is Manifest => manifest !== undefined);
  const docFolders = new Set(kept.flatMap((manifest) => manifest.docFolders.map((gen, chunk) => `${chunk}/${gen}`)));
  for (const entry of readdirSync(folder)) {
    if (GENERATION.test(entry) && !keep.includes(entry)) rmSync(join(folder, entry), { recursive: true, force: true });
  }
  const docs = join(folder, 'docs');
  for (const chunk of existsSync(docs) ? readdirSync(docs) : []) {
    for (const entry of readdirSync(join(docs, chunk))) {
      if (!docFolders.has(`${chunk}/${entry}`)) rmSync(join(docs, chunk, entry), { recursive: true, force: true });
    }
    if (readdirSync(join(docs, chunk)).length === 0) rmSync(join(docs, chunk), { recursive: true, force: true });
  }
}

/** Removes generation `gen` of `lang` and the result folders it wrote. */
export function removeGeneration(out: string, lang: Locale, gen: string): void {
  rmSync(join(out, lang, gen), { recursive: true, force: true });
  const docs = join(out, lang, 'docs');
  for (const chunk of existsSync(docs) ? readdirSync(docs) : []) rmSync(join(docs, chunk, gen), { recursive: true, force: true });
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
