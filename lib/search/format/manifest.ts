/**
 * Bump when the files of the index change shape: a reader refuses an index of another version, and a build
 * rewrites every file instead of reusing the previous build's.
 */
export const INDEX_VERSION = 8;

/** The index's folder in `public/`: the one place its name is spelled (the route `app/search-index/` aside). */
const INDEX_FOLDER = 'search-index';
/**
 * Where the build writes the index and the server reads it, relative to the project root: `public/search-index`.
 * A plain string (no `node:path`), so this module stays pure; `join` and `resolve` take it as one part.
 */
export const SEARCH_INDEX_DIR = `public/${INDEX_FOLDER}`;
/** Where the site serves the index: `SEARCH_INDEX_DIR` over HTTP. */
export const INDEX_URL = `/${INDEX_FOLDER}`;

export interface FacetValue {
  id: string;
  name: string;
}

/** `<lang>/manifest.json`: what a reader loads first. */
export interface Manifest {
  version: number;
  lang: string;
  /** Releases in this index. */
  docs: number;
  /** Term shards: a term lives in shard `termHash(term) % shards`. */
  shards: number;
  /** Day number (see `dayNumber`) of release 0; `facets.bin` holds the rest as differences. */
  firstDay: number;
  agencies: FacetValue[];
  categories: FacetValue[];
  /** When it was built (ISO), to tell an index from a stale one. */
  built: string;
  /** The folder of this build's facets, term shards, lexicon pages and manifest. */
  gen: string;
  /**
   * For each `DOC_CHUNK` releases, the generation whose folder holds their result files (`indexFiles.doc`): this build's,
   * or an earlier one's when none of them changed. A generation's files never change, so a reader still on an
   * earlier manifest gets the results it names.
   */
  docFolders: string[];
  /** The separator of each lexicon page (`lexicon.ts`): page n holds the keys from `lexicon[n]` up to `lexicon[n + 1]`. */
  lexicon: string[];
  /**
   * The separator of each sound page (`soundEntry`, the Thai index only): the lexicon's Thai terms by how they sound
   * in Latin letters, so a name typed in Latin finds its Thai spelling where the dictionary has no row for it.
   */
  sounds?: string[];
  /** What it was built with besides the releases (analysis version, dictionary hash: `indexRecipe`). */
  recipe?: string;
  /**
   * When few of the index's terms have Thai letters (the English index: a few hundred), a filter of those
   * (`encodeTermFilter`, `bloom.ts`): a Thai term it rules out is in no release here, and its shard is not fetched.
   */
  thaiTerms?: string;
}

/** Result files per folder: a manifest's `docFolders` names one generation per this many releases. */
export const DOC_CHUNK = 1000;

/**
 * Every file of an index, by path relative to the index root. `manifest` is the one file replaced in place (by a
 * rename): it is a copy of the manifest of the generation readers are sent to when they are not told one; everything
 * else is written once.
 * @example indexFiles.shard('th', 'g1a2b3', 7) // 'th/g1a2b3/terms/7.bin'
 */
export const indexFiles = {
  manifest: (lang: string) => `${lang}/manifest.json`,
  generationManifest: (lang: string, gen: string) => `${lang}/${gen}/manifest.json`,
  facets: (lang: string, gen: string) => `${lang}/${gen}/facets.bin`,
  shard: (lang: string, gen: string, shard: number) => `${lang}/${gen}/terms/${shard}.bin`,
  bigTerm: (lang: string, gen: string, shard: number, k: number) => `${lang}/${gen}/terms/${shard}-${k}.bin`,
  dictionary: (lang: string, gen: string) => `${lang}/${gen}/dictionary.bin`,
  lexicon: (lang: string, gen: string, page: number) => `${lang}/${gen}/lexicon/${page}.bin`,
  sounds: (lang: string, gen: string, page: number) => `${lang}/${gen}/sounds/${page}.bin`,
  /** Release `id`'s result file, in the folder of generation `gen` (the manifest's `docFolders[id / DOC_CHUNK]`). */
  doc: (lang: string, gen: string, id: number) => `${lang}/docs/${Math.floor(id / DOC_CHUNK)}/${gen}/${id}.bin`,
};

/** A generation folder's name (`g` and base-36 digits), e.g. for telling them from `docs/`. */
export const GENERATION = /^g[0-9a-z]+$/;

/** A new generation's name, from the time. */
export function generationName(now = Date.now()): string {
  return `g${now.toString(36)}`;
}

/**
 * FNV-1a over UTF-16 code units: which shard holds a term.
 * @example termHash('ฝุ่น') % 64
 */
export function termHash(term: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The manifest as written. */
export function encodeManifest(manifest: Manifest): string {
  return JSON.stringify(manifest);
}

/** The manifest `encodeManifest` wrote; throws when it is of another `INDEX_VERSION`. */
export function decodeManifest(data: Uint8Array | string): Manifest {
  const manifest = JSON.parse(typeof data === 'string' ? data : new TextDecoder().decode(data)) as Manifest;
  if (manifest.version !== INDEX_VERSION) throw new Error(`search index ${manifest.lang} has version ${manifest.version}, this code reads ${INDEX_VERSION}`);
  return manifest;
}
