/**
 * The search index as files, shared by the writer (`build.ts`, Node) and the reader (`engine.ts`, browser or Node).
 *
 * One index per language under `<root>/<lang>/`:
 * - `manifest.json`: counts, the shard count, facet ids with their names, and which generation is current. It is
 *   written last, so a reader always sees a complete generation.
 * - `<gen>/facets.bin`: for every release, in id order, its day, agency, category and flags (loaded with the first
 *   query; a few bytes per release, it gives every filter its count without fetching any release).
 * - `<gen>/terms/<n>.bin`: the terms whose hash falls in shard n, each with its postings (the releases holding it
 *   and a one-byte BM25 weight per release). A term's postings above `INLINE_LIMIT` bytes live in `<n>-<k>.bin`.
 * - `docs/<id / 1000>/<id>.bin`: one release as a result shows it (title, date, names, opening text). Shared by
 *   generations: a rebuild rewrites only the files whose release changed.
 *
 * Every `.bin` file is gzip (decompressed by the reader, so the bytes on the wire do not depend on the server).
 * Release ids run in date order, oldest first: sorting by date needs no data, and a year is a range of ids.
 */

export const INDEX_VERSION = 2;

/** Where the site serves the index (the build writes it to `public/search-index`). */
export const INDEX_URL = '/search-index';

/** Postings larger than this (bytes, before gzip) get a file of their own, so a shard stays small. */
export const INLINE_LIMIT = 4096;

/** BM25 constants: term-frequency saturation and length normalization; a title word counts `TITLE_WEIGHT` times. */
export const BM25 = { k1: 1.2, b: 0.75 } as const;
export const TITLE_WEIGHT = 3;

/** Flags of a release in `facets.bin`. */
export const FLAG_TRANSLATED = 1;

export interface FacetValue {
  id: string;
  name: string;
}

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
  /** The folder of this build's facets and term shards. */
  gen: string;
}

/** A release as a search result shows it (`docs/…/<id>.bin`). */
export interface DocRecord {
  slug: string;
  url: string;
  title: string;
  date: string;
  agency?: string;
  category?: string;
  /** The release's text (plain, normalized), cut to the excerpt budget: what excerpts are drawn from. */
  text: string;
}

export const paths = {
  manifest: (lang: string) => `${lang}/manifest.json`,
  facets: (lang: string, gen: string) => `${lang}/${gen}/facets.bin`,
  shard: (lang: string, gen: string, shard: number) => `${lang}/${gen}/terms/${shard}.bin`,
  bigTerm: (lang: string, gen: string, shard: number, k: number) => `${lang}/${gen}/terms/${shard}-${k}.bin`,
  doc: (lang: string, id: number) => `${lang}/docs/${Math.floor(id / 1000)}/${id}.bin`,
};

/**
 * How a term's postings are stored. Sparse: delta-coded ids, then one weight byte per id. Dense (for terms in a large
 * share of releases, where it is smaller): a bit per release, then each weight in two bits (`DENSE_LEVELS`), enough
 * to rank a title match above a passing mention.
 */
export const Kind = { Sparse: 0, Dense: 1 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** The weight each two-bit level of a dense term stands for, and the bounds between the levels. */
export const DENSE_LEVELS = [40, 100, 160, 220] as const;
export const denseLevel = (weight: number) => (weight < 70 ? 0 : weight < 130 ? 1 : weight < 190 ? 2 : 3);

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

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}

/** The CE year of a day number. */
export function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/** Growable byte buffer with LEB128 varints. */
export class ByteWriter {
  private buffer = new Uint8Array(1024);
  length = 0;

  private reserve(extra: number) {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  byte(value: number) {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  varint(value: number) {
    this.reserve(5);
    while (value > 0x7f) {
      this.buffer[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.buffer[this.length++] = value;
  }

  bytes(data: Uint8Array) {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Reads what `ByteWriter` wrote. */
export class ByteReader {
  offset = 0;
  constructor(readonly data: Uint8Array) {}

  get done() {
    return this.offset >= this.data.length;
  }

  byte(): number {
    return this.data[this.offset++] ?? 0;
  }

  varint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = this.data[this.offset++] ?? 0;
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
    }
  }

  bytes(length: number): Uint8Array {
    const out = this.data.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }
}

/**
 * The releases holding a term and their weights, decoded from a sparse or dense payload.
 * @param docs the index's release count (the length of a dense bitmap)
 */
export function decodePostings(kind: Kind, payload: Uint8Array, df: number, docs: number): { ids: Uint32Array; weights: Uint8Array } {
  const ids = new Uint32Array(df);
  const weights = new Uint8Array(df);
  if (kind === Kind.Dense) {
    const bitmapSize = Math.ceil(docs / 8);
    let n = 0;
    for (let id = 0; id < docs && n < df; id++) {
      if ((payload[id >> 3] ?? 0) & (1 << (id & 7))) ids[n++] = id;
    }
    for (let i = 0; i < df; i++) weights[i] = DENSE_LEVELS[((payload[bitmapSize + (i >> 2)] ?? 0) >> ((i & 3) * 2)) & 3]!;
    return { ids, weights };
  }
  const reader = new ByteReader(payload);
  let id = 0;
  for (let i = 0; i < df; i++) {
    id += reader.varint();
    ids[i] = id;
  }
  weights.set(reader.bytes(df));
  return { ids, weights };
}
