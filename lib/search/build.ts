import { gzipSync } from 'node:zlib';
import type { Locale } from '../i18n/locales';
import { INDEXED_CHARS, type Analysis } from './analyze';
import {
  BM25,
  ByteWriter,
  dayNumber,
  FLAG_TRANSLATED,
  INDEX_VERSION,
  INLINE_LIMIT,
  Kind,
  denseLevel,
  paths,
  termHash,
  type DocRecord,
  type FacetValue,
  type Manifest,
} from './format';
import type { AnalysisCacheData, CachedAnalysis } from './cache';
import { analyzeAll } from './pool';
import type { SearchRecord } from './records';

/** How much of a release's text a result carries for its excerpt (the first characters of its plain text). */
export const EXCERPT_CHARS = 1500;
/** Names what an analysis-cache entry and a result file depend on besides the release itself. */
export const ANALYSIS_VERSION = `index ${INDEX_VERSION}, analysis 1, indexed ${INDEXED_CHARS}, excerpt ${EXCERPT_CHARS}`;
/** The average size a term shard aims at, before gzip. */
const SHARD_TARGET = 16 * 1024;

export interface BuildInput {
  lang: Locale;
  /** Oldest first: a record's position is its release id. */
  records: SearchRecord[];
  /** Every agency and category id with its name in `lang`. */
  agencies: FacetValue[];
  categories: FacetValue[];
  /** Receives each file of the index, by path relative to the index root (e.g. `th/terms/3.bin`). */
  write: (path: string, data: Uint8Array | string) => void;
  /** What releases analyzed to in an earlier build, by `SearchRecord.key`: those are not segmented again. */
  cached?: AnalysisCacheData;
  /**
   * Asked, for a release found in `cached`, to carry its result file over from the earlier index (release `previous`
   * there, `id` now); returns false when it could not, and the file is written anew.
   */
  reuseDoc?: (previous: number, id: number) => boolean;
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
}

const gzip = (data: Uint8Array | string, level = 9) => gzipSync(data, { level });

/**
 * Build one language's index from its records and hand every file to `write`. Release texts are read one batch at
 * a time, analyzed on all cores, and their result files written as they go; postings are then laid out in flat
 * typed arrays (a few bytes a posting), so memory stays well below the size of the text.
 */
export async function buildIndex({ lang, records, agencies, categories, write, cached, reuseDoc }: BuildInput): Promise<BuildOutput> {
  const stats: BuildStats = { lang, docs: records.length, analyzed: 0, terms: 0, postings: 0, shards: 0, files: 0, bytes: 0 };
  const emit = (path: string, data: Uint8Array | string) => {
    write(path, data);
    stats.files++;
    stats.bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  };
  const writeDoc = (id: number, text: string) => emit(paths.doc(lang, id), gzip(JSON.stringify(docRecord(records[id] as SearchRecord, text)), 6));

  const termList = [...(cached?.terms ?? [])];
  const dict = new Map(termList.map((term, id) => [term, id]));
  const docTerms: Uint32Array[] = new Array(records.length);
  const docCounts: Uint16Array[] = new Array(records.length);
  const lengths = new Uint32Array(records.length);
  const keep = (id: number, analysis: Omit<CachedAnalysis, 'doc'>) => {
    docTerms[id] = analysis.terms;
    docCounts[id] = analysis.counts;
    lengths[id] = analysis.length;
  };

  const misses: number[] = [];
  records.forEach((record, id) => {
    const hit = cached?.entries.get(record.key);
    if (!hit) return misses.push(id);
    keep(id, hit);
    if (!reuseDoc?.(hit.doc, id)) writeDoc(id, record.text());
  });
  stats.analyzed = misses.length;

  await analyzeAll(
    misses.length,
    (k) => {
      const id = misses[k]!;
      const record = records[id] as SearchRecord;
      const text = record.text();
      writeDoc(id, text);
      return [record.title, text];
    },
    (k, analysis: Analysis) => {
      const ids = new Uint32Array(analysis.terms.length);
      analysis.terms.forEach((term, i) => {
        let termId = dict.get(term);
        if (termId === undefined) {
          termId = termList.length;
          dict.set(term, termId);
          termList.push(term);
        }
        ids[i] = termId;
      });
      keep(misses[k]!, { terms: ids, counts: Uint16Array.from(analysis.counts, (c) => Math.min(c, 0xffff)), length: analysis.length });
    },
  );
  dict.clear();

  const postings = layOutPostings(termList.length, docTerms, docCounts, lengths);
  stats.postings = postings.ids.length;

  const shards = shardCount(postings.ids.length);
  stats.shards = shards;
  for (const [shard, members] of groupByShard(termList, postings.offsets, shards).entries()) {
    stats.terms += members.length;
    emit(paths.shard(lang, shard), gzip(encodeShard(lang, shard, members, termList, postings, records.length, emit)));
  }

  const firstDay = records.length ? dayNumber((records[0] as SearchRecord).date) : 0;
  emit(paths.facets(lang), gzip(encodeFacets(records, agencies, categories, firstDay)));
  const manifest: Manifest = {
    version: INDEX_VERSION,
    lang,
    docs: records.length,
    shards,
    firstDay,
    agencies,
    categories,
    built: new Date().toISOString(),
  };
  emit(paths.manifest(lang), JSON.stringify(manifest));
  return { stats, analyses: { ...liveAnalyses(records, termList, postings.offsets, docTerms, docCounts, lengths), index: manifest.built } };
}

/** This build's analyses for the cache, with terms no release holds any more left out. */
function liveAnalyses(
  records: SearchRecord[],
  termList: string[],
  offsets: Uint32Array,
  docTerms: Uint32Array[],
  docCounts: Uint16Array[],
  lengths: Uint32Array,
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
    entries.set(record.key, { doc, terms: ids, counts: docCounts[doc]!, length: lengths[doc]! });
  });
  return { terms, entries };
}

function docRecord(record: SearchRecord, text: string): DocRecord {
  const cut = text.length > EXCERPT_CHARS ? text.slice(0, EXCERPT_CHARS) : text;
  return {
    slug: record.slug,
    url: record.url,
    title: record.title,
    date: record.date,
    ...(record.agency ? { agency: record.agency } : {}),
    ...(record.category ? { category: record.category } : {}),
    text: cut,
  };
}

interface Postings {
  /** Where each term's postings start in `ids`/`weights` (term count + 1 entries). */
  offsets: Uint32Array;
  ids: Uint32Array;
  weights: Uint8Array;
}

/** Inverts release → terms into term → releases, with each posting's BM25 weight quantized to a byte. */
function layOutPostings(termCount: number, docTerms: Uint32Array[], docCounts: Uint16Array[], lengths: Uint32Array): Postings {
  const offsets = new Uint32Array(termCount + 1);
  for (const ids of docTerms) for (const term of ids) offsets[term + 1]!++;
  for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!;
  const total = offsets[termCount]!;
  const ids = new Uint32Array(total);
  const weights = new Uint8Array(total);
  const fill = offsets.slice(0, termCount);
  const average = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length) || 1;
  const { k1, b } = BM25;
  docTerms.forEach((terms, doc) => {
    const norm = k1 * (1 - b + (b * lengths[doc]!) / average);
    const counts = docCounts[doc]!;
    terms.forEach((term, i) => {
      const tf = counts[i]!;
      const at = fill[term]!++;
      ids[at] = doc;
      weights[at] = Math.max(1, Math.round(((tf / (tf + norm)) * 255)));
    });
  });
  return { offsets, ids, weights };
}

/** Enough shards that each holds about `SHARD_TARGET` bytes of postings (a power of two, at least 1). */
function shardCount(postings: number): number {
  let shards = 1;
  while ((postings * 2) / shards > SHARD_TARGET && shards < 1 << 14) shards *= 2;
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

const encoder = new TextEncoder();

/**
 * One shard: for each term, sorted, `term, df, flags, payload` where flags say dense (bit 0) and stored in a file
 * of its own (bit 1, followed by that file's number instead of the payload).
 */
function encodeShard(
  lang: Locale,
  shard: number,
  members: number[],
  termList: string[],
  postings: Postings,
  docs: number,
  emit: (path: string, data: Uint8Array) => void,
): Uint8Array {
  const out = new ByteWriter();
  out.varint(members.length);
  let big = 0;
  for (const term of members) {
    const from = postings.offsets[term]!;
    const to = postings.offsets[term + 1]!;
    const { kind, payload } = encodePostings(postings.ids.subarray(from, to), postings.weights.subarray(from, to), docs);
    const name = encoder.encode(termList[term]);
    out.varint(name.length);
    out.bytes(name);
    out.varint(to - from);
    if (payload.length > INLINE_LIMIT) {
      out.byte(kind | 2);
      out.varint(big);
      emit(paths.bigTerm(lang, shard, big++), gzip(payload));
    } else {
      out.byte(kind);
      out.varint(payload.length);
      out.bytes(payload);
    }
  }
  return out.result();
}

/** Delta-coded ids and weights, or a bitmap and two-bit weights when that is smaller (a term in more than about one
 * release in eight). */
function encodePostings(ids: Uint32Array, weights: Uint8Array, docs: number): { kind: Kind; payload: Uint8Array } {
  const sparse = new ByteWriter();
  let previous = 0;
  for (const id of ids) {
    sparse.varint(id - previous);
    previous = id;
  }
  sparse.bytes(weights);
  const bitmapSize = Math.ceil(docs / 8);
  if (sparse.length <= bitmapSize + Math.ceil(ids.length / 4)) return { kind: Kind.Sparse, payload: sparse.result() };
  const dense = new Uint8Array(bitmapSize + Math.ceil(ids.length / 4));
  ids.forEach((id, i) => {
    dense[id >> 3]! |= 1 << (id & 7);
    dense[bitmapSize + (i >> 2)]! |= denseLevel(weights[i]!) << ((i & 3) * 2);
  });
  return { kind: Kind.Dense, payload: dense };
}

/** Per release, in id order: day (as a difference from the previous one), agency and category (index + 1, 0 for
 * none), flags. Four separate runs, so that gzip finds each one's regularity. */
function encodeFacets(records: SearchRecord[], agencies: FacetValue[], categories: FacetValue[], firstDay: number): Uint8Array {
  const agencyIndex = new Map(agencies.map((a, i) => [a.id, i + 1]));
  const categoryIndex = new Map(categories.map((c, i) => [c.id, i + 1]));
  const out = new ByteWriter();
  out.varint(records.length);
  let day = firstDay;
  for (const record of records) {
    const next = dayNumber(record.date);
    out.varint(next - day);
    day = next;
  }
  for (const record of records) out.varint(record.agency ? (agencyIndex.get(record.agency) ?? 0) : 0);
  for (const record of records) out.varint(record.category ? (categoryIndex.get(record.category) ?? 0) : 0);
  for (const record of records) out.byte(record.translated ? FLAG_TRANSLATED : 0);
  return out.result();
}
