import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Locale } from '../../i18n/locales';
import { plainText } from '../../markdown';
import {
  dayNumber,
  DOC_CHUNK,
  encodeDictionary,
  encodeFacets,
  encodeManifest,
  encodeShard,
  encodeTermFilter,
  generationName,
  indexFiles,
  INDEX_VERSION,
  ownFiles,
  postingsLayout,
  PostingsKind,
  ReleaseFlag,
  termHash,
  type FacetTable,
  type FacetValue,
  type Manifest,
  type ShardTerm,
} from '../format';
import { mergeEveryday, type DictionaryEntry } from '../dictionary';
import { loadDictionary } from '../dictionary/load';
import { hasThaiLetter, terms as termsOf } from '../tokenizer';
import { INDEXED_CHARS, SECTIONED_CHARS, TermNumbering, type Analysis } from './analyze';
import type { AnalysisCacheData, CachedAnalysis, IndexMeta } from './cache';
import { layOutLexicon, layOutSounds, SOUNDS_VERSION } from './lexicon-pages';
import { prepareAll } from './pool';
import { docFile, EXCERPT_CHARS } from './prepare';
import { recordBody, type SearchRecord } from './records';
import { docSections } from './sections';

/** Names what an analysis-cache entry and a result file depend on besides the release itself. */
export const ANALYSIS_VERSION = `index ${INDEX_VERSION}, analysis 6, indexed ${INDEXED_CHARS}, sectioned ${SECTIONED_CHARS}, excerpt ${EXCERPT_CHARS}`;
/** The index's `dictionary.bin` before gzip: the equivalents queries apply, everyday words of one formal word merged. */
function dictionaryFile(dictionary: DictionaryEntry[]): Uint8Array {
  return encodeDictionary(mergeEveryday(dictionary).map((entry) => entry.forms.map(termsOf)));
}

/**
 * What an index generation is built with besides the releases: `ANALYSIS_VERSION` and a hash of its dictionary
 * (`Manifest.recipe`). A publication of unchanged content is published again, with a new index, when it differs: an
 * edited dictionary reaches readers without a version to bump.
 */
export function indexRecipe(dictionary: DictionaryEntry[] = loadDictionary()): string {
  return recipeOf(dictionaryFile(dictionary));
}

function recipeOf(dictionaryBytes: Uint8Array): string {
  return `${ANALYSIS_VERSION}, ${SOUNDS_VERSION}, dictionary ${createHash('sha1').update(dictionaryBytes).digest('hex').slice(0, 12)}`;
}

/** The average size a term shard aims at, before gzip. */
const SHARD_TARGET = 16 * 1024;
const SHARD_TERMS = 64;
/** An index with at most this many terms with Thai letters lists them in a filter in its manifest (~1.2 bytes each). */
const THAI_FILTER_MAX = 2000;
/** BM25 constants: term-frequency saturation and length normalization. */
const BM25 = { k1: 1.2, b: 0.75 } as const;

export interface BuildInput {
  lang: Locale;
  /** Oldest first: a record's position is its release id. */
  records: SearchRecord[];
  /** Every agency and category id with its name in `lang`. */
  agencies: FacetValue[];
  categories: FacetValue[];
  /** Receives each file of the index, by path relative to the index root (e.g. `th/<gen>/terms/3.bin`). */
  write: (path: string, data: Uint8Array | string) => void;
  /** What releases analyzed to in an earlier build, by `SearchRecord.key`: those are not segmented again. */
  cached?: AnalysisCacheData;
  /**
   * Asked, for each `DOC_CHUNK` releases all found in `cached` at the same ids, for the generation whose folder holds
   * their result files in the earlier index; undefined, and they go into this build's folder.
   */
  keepDocs?: (chunk: number) => string | undefined;
  /**
   * Asked, for a release found in `cached` in a chunk not kept, to carry its result file from the earlier index
   * (release `previous` there) as release `id` of this build's folder (generation `gen`); false, and it is written anew.
   */
  reuseDoc?: (previous: number, id: number, gen: string) => boolean;
  /**
   * Asked, for a shard whose content is the same as in the earlier index, to carry its files (the shard and its
   * `bigFiles` files of large postings) over from `cached.meta.gen` to `gen`; false, and they are written anew.
   */
  reuseShard?: (shard: number, bigFiles: number, gen: string) => boolean;
  /** The equivalent spellings queries apply (`lib/search/dictionary`'s by default). */
  dictionary?: DictionaryEntry[];
  /**
   * Asked, for a lexicon page whose content is that of page `previous` in `cached.meta.gen`, to carry that file over
   * as page `page` of `gen`; false, and it is written anew.
   */
  reuseLexiconPage?: (previous: number, page: number, gen: string) => boolean;
  /** Told how many of the releases to analyze are done, now and then. */
  onProgress?: (done: number, total: number) => void;
  /** The new generation's name (`generationName()` by default). */
  gen?: string;
}

export interface BuildOutput {
  stats: BuildStats;
  /** The analyses of this build's releases, for the next build's `cached`. */
  analyses: AnalysisCacheData;
}

export interface BuildStats {
  lang: Locale;
  docs: number;
  /** Releases analyzed in this build (the others came from the cache). */
  analyzed: number;
  terms: number;
  postings: number;
  shards: number;
  files: number;
  bytes: number;
  /** Terms in the lexicon, its pages, and the seconds spent laying them out and writing them (with the sound pages). */
  lexiconTerms: number;
  lexiconPages: number;
  /** Sound pages (`layOutSounds`), written anew by every build. */
  soundPages: number;
  lexiconSeconds: number;
}

const gzip = (data: Uint8Array | string, level = 9) => gzipSync(data, { level });

/**
 * Build one language's index from its records and hand every file to `write`, the manifest last. Release texts are
 * read, analyzed and packed into result files on all cores, a batch at a time; postings are then laid out in flat
 * typed arrays (a few bytes a posting), so memory stays well below the size of the text.
 */
export async function buildIndex({ lang, records, agencies, categories, write, cached, keepDocs, reuseDoc, reuseShard, reuseLexiconPage, dictionary, onProgress, gen = generationName() }: BuildInput): Promise<BuildOutput> {
  const stats: BuildStats = { lang, docs: records.length, analyzed: 0, terms: 0, postings: 0, shards: 0, files: 0, bytes: 0, lexiconTerms: 0, lexiconPages: 0, soundPages: 0, lexiconSeconds: 0 };
  const emit = (path: string, data: Uint8Array | string) => {
    write(path, data);
    stats.files++;
    stats.bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  };

  const numbering = new TermNumbering([...(cached?.terms ?? [])]);
  const docTerms: Uint32Array[] = new Array(records.length);
  const docCounts: Uint16Array[] = new Array(records.length);
  const lengths = new Uint32Array(records.length);
  const titled = new Uint32Array(records.length);
  const keep = (id: number, analysis: Analysis) => {
    docTerms[id] = analysis.terms;
    docCounts[id] = analysis.counts;
    lengths[id] = analysis.length;
    titled[id] = analysis.titled;
  };

  const hits = records.map((record) => cached?.entries.get(record.key));
  const docFolders = Array.from({ length: Math.ceil(records.length / DOC_CHUNK) }, (_, chunk) => {
    const ids = hits.slice(chunk * DOC_CHUNK, (chunk + 1) * DOC_CHUNK);
    return (ids.every((hit, k) => hit?.doc === chunk * DOC_CHUNK + k) && keepDocs?.(chunk)) || gen;
  });
  const docPath = (id: number) => indexFiles.doc(lang, docFolders[Math.floor(id / DOC_CHUNK)]!, id);
  const misses: number[] = [];
  records.forEach((record, id) => {
    const hit = hits[id];
    if (!hit) return misses.push(id);
    keep(id, hit);
    if (docFolders[Math.floor(id / DOC_CHUNK)] === gen && !reuseDoc?.(hit.doc, id, gen)) {
      const body = recordBody(record);
      emit(docPath(id), docFile(record, plainText(body), docSections(body)));
    }
  });
  stats.analyzed = misses.length;

  await prepareAll(
    misses.map((id) => records[id] as SearchRecord),
    numbering,
    (k, { analysis, doc }) => {
      emit(docPath(misses[k]!), doc);
      keep(misses[k]!, analysis);
    },
    { onProgress },
  );
  const termList = numbering.terms;

  // Keep the earlier average length while it is within 1%: unchanged terms then keep byte-identical postings, and
  // a rebuild after adding a release rewrites only the shards it touched.
  const measured = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length) || 1;
  const earlier = cached?.meta?.average;
  const average = earlier && Math.abs(measured - earlier) / earlier < 0.01 ? earlier : measured;
  const postings = layOutPostings(termList.length, docTerms, docCounts, lengths, titled, average);
  stats.postings = postings.ids.length;

  const built = new Date().toISOString();
  const shards = shardCount(postings.ids.length, termList.length);
  stats.shards = shards;
  const shardHashes: string[] = [];
  const reusable = cached?.meta?.shards === shards ? cached.meta.shardHashes : [];
  for (const [shard, members] of groupByShard(termList, postings.offsets, shards).entries()) {
    stats.terms += members.length;
    const terms = members.map((term): ShardTerm => {
      const [from, to] = [postings.offsets[term]!, postings.offsets[term + 1]!];
      return { term: termList[term]!, ids: postings.ids.subarray(from, to), weights: postings.weights.subarray(from, to), titled: postings.titled.subarray(from, to) };
    });
    shardHashes[shard] = shardHash(terms, records.length);
    if (reusable[shard] === shardHashes[shard] && reuseShard?.(shard, ownFiles(terms, records.length), gen)) continue;
    const { shard: data, big } = encodeShard(terms, records.length);
    emit(indexFiles.shard(lang, gen, shard), gzip(data));
    big.forEach((payload, k) => emit(indexFiles.bigTerm(lang, gen, shard, k), gzip(payload)));
  }

  const lexiconStarted = performance.now();
  const layout = layOutLexicon(termList, (id) => postings.offsets[id + 1]! - postings.offsets[id]!, cached?.meta?.lexicon);
  const earlierPages = new Map((cached?.meta?.lexiconHashes ?? []).map((hash, page) => [hash, page]));
  const lexiconHashes = layout.pages.map((page, n) => {
    const hash = createHash('sha1').update(page).digest('base64');
    const earlier = earlierPages.get(hash);
    if (earlier === undefined || !reuseLexiconPage?.(earlier, n, gen)) emit(indexFiles.lexicon(lang, gen, n), gzip(page));
    return hash;
  });
  const sounds = layOutSounds(termList, (id) => postings.offsets[id + 1]! - postings.offsets[id]!);
  sounds.pages.forEach((page, n) => emit(indexFiles.sounds(lang, gen, n), gzip(page)));
  Object.assign(stats, { lexiconTerms: layout.terms, lexiconPages: layout.pages.length, soundPages: sounds.pages.length, lexiconSeconds: (performance.now() - lexiconStarted) / 1000 });

  const firstDay = records.length ? dayNumber((records[0] as SearchRecord).date) : 0;
  emit(indexFiles.facets(lang, gen), gzip(encodeFacets(facetTable(records, agencies, categories), firstDay)));
  const dictionaryBytes = dictionaryFile(dictionary ?? loadDictionary());
  emit(indexFiles.dictionary(lang, gen), gzip(dictionaryBytes));
  const thaiTerms = termList.filter((term, id) => postings.offsets[id + 1]! > postings.offsets[id]! && hasThaiLetter(term));
  const manifest: Manifest = {
    version: INDEX_VERSION,
    lang,
    docs: records.length,
    shards,
    firstDay,
    agencies,
    categories,
    built,
    gen,
    docFolders,
    lexicon: layout.separators,
    ...(sounds.pages.length ? { sounds: sounds.separators } : {}),
    recipe: recipeOf(dictionaryBytes),
    ...(thaiTerms.length <= THAI_FILTER_MAX ? { thaiTerms: encodeTermFilter(thaiTerms) } : {}),
  };
  emit(indexFiles.manifest(lang), encodeManifest(manifest));
  const meta: IndexMeta = { built, gen, average, shards, shardHashes, lexicon: layout.separators, lexiconHashes };
  return { stats, analyses: { ...liveAnalyses(records, termList, postings.offsets, docTerms, docCounts, lengths, titled), meta } };
}

/** This build's analyses for the cache, with terms no release holds any more left out. */
function liveAnalyses(
  records: SearchRecord[],
  termList: string[],
  offsets: Uint32Array,
  docTerms: Uint32Array[],
  docCounts: Uint16Array[],
  lengths: Uint32Array,
  titled: Uint32Array,
): AnalysisCacheData {
  const remap = new Int32Array(termList.length).fill(-1);
  const terms: string[] = [];
  termList.forEach((term, id) => {
    if (offsets[id + 1]! > offsets[id]!) remap[id] = terms.push(term) - 1;
  });
  const same = terms.length === termList.length;
  const entries = new Map<string, CachedAnalysis>();
  records.forEach((record, doc) => {
    const ids = same ? docTerms[doc]! : docTerms[doc]!.map((id) => remap[id]!);
    entries.set(record.key, { doc, terms: ids, titled: titled[doc]!, counts: docCounts[doc]!, length: lengths[doc]! });
  });
  return { terms, entries };
}

interface Postings {
  /** Where each term's postings start in `ids`/`weights`/`titled` (term count + 1 entries). */
  offsets: Uint32Array;
  ids: Uint32Array;
  weights: Uint8Array;
  /** 1 where the term is in the release's title. */
  titled: Uint8Array;
}

/**
 * Inverts release → terms into term → releases, with each posting's BM25 weight quantized to a byte and whether the
 * term is in the release's title (its first `titled[doc]` terms).
 */
function layOutPostings(termCount: number, docTerms: Uint32Array[], docCounts: Uint16Array[], lengths: Uint32Array, titled: Uint32Array, average: number): Postings {
  const offsets = new Uint32Array(termCount + 1);
  for (const ids of docTerms) for (const term of ids) offsets[term + 1]!++;
  for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!;
  const total = offsets[termCount]!;
  const ids = new Uint32Array(total);
  const weights = new Uint8Array(total);
  const inTitle = new Uint8Array(total);
  const fill = offsets.slice(0, termCount);
  const { k1, b } = BM25;
  docTerms.forEach((terms, doc) => {
    const norm = k1 * (1 - b + (b * lengths[doc]!) / average);
    const counts = docCounts[doc]!;
    terms.forEach((term, i) => {
      const tf = counts[i]!;
      const at = fill[term]!++;
      ids[at] = doc;
      weights[at] = Math.max(1, Math.round(((tf / (tf + norm)) * 255)));
      if (i < titled[doc]!) inTitle[at] = 1;
    });
  });
  return { offsets, ids, weights, titled: inTitle };
}

/**
 * A hash of everything a shard's files are made from (`encodeShard`): its terms, their postings and, for those stored
 * as bitmaps, the bitmap length. Hashing these is about ten times quicker than encoding the shards (0.3 s against
 * 2.8 s for the full Thai index), so a rebuild encodes only the shards that changed.
 */
function shardHash(terms: ShardTerm[], docs: number): string {
  const hash = createHash('sha1');
  for (const { term, ids, weights, titled } of terms) {
    const { kind } = postingsLayout(ids, docs);
    hash.update(`${term}\0${kind}\0${kind === PostingsKind.Sparse ? 0 : Math.ceil(docs / 8)}\0${ids.length}\0`);
    hash.update(ids);
    hash.update(weights);
    hash.update(titled);
  }
  return hash.digest('base64');
}

/**
 * Enough shards that each holds about `SHARD_TARGET` bytes of postings and at most `SHARD_TERMS` terms (a power of
 * two, at least 1). The term cap matters for a small index searched beside a large one: every word of a Thai query is
 * also looked up in the English index, and with 64 shards for its 15,653 terms each lookup fetched ~8 KB.
 */
function shardCount(postings: number, terms: number): number {
  let shards = 1;
  while (((postings * 2) / shards > SHARD_TARGET || terms / shards > SHARD_TERMS) && shards < 1 << 14) shards *= 2;
  return shards;
}

/** The terms of each shard (leaving out terms no release holds), sorted. */
function groupByShard(termList: string[], offsets: Uint32Array, shards: number): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (let s = 0; s < shards; s++) groups.set(s, []);
  termList.forEach((term, id) => {
    if (offsets[id + 1]! > offsets[id]!) groups.get(termHash(term) % shards)!.push(id);
  });
  for (const members of groups.values()) members.sort((a, b) => (termList[a]! < termList[b]! ? -1 : 1));
  return groups;
}

/** Each release's day, agency and category (index + 1 into the lists given, 0 for none) and flags, in id order. */
function facetTable(records: SearchRecord[], agencies: FacetValue[], categories: FacetValue[]): FacetTable {
  const agencyIndex = new Map(agencies.map((a, i) => [a.id, i + 1]));
  const categoryIndex = new Map(categories.map((c, i) => [c.id, i + 1]));
  return {
    days: Int32Array.from(records, (record) => dayNumber(record.date)),
    agency: Uint16Array.from(records, (record) => (record.agency ? (agencyIndex.get(record.agency) ?? 0) : 0)),
    category: Uint16Array.from(records, (record) => (record.category ? (categoryIndex.get(record.category) ?? 0) : 0)),
    flags: Uint8Array.from(records, (record) => (record.translated ? ReleaseFlag.Translated : 0)),
  };
}
