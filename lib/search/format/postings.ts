import { ByteReader, ByteWriter } from './bytes';

/**
 * How a term's postings (the releases holding it, each with a one-byte BM25 weight) are stored:
 * - Sparse: delta-coded ids, then one weight byte per id;
 * - Dense (a term in more than about one release in eight, where it is smaller): a bit per release, then each weight
 *   in two bits (`DENSE_LEVELS`), enough to rank a title match above a passing mention;
 * - Common (a term in `COMMON_SHARE` of the releases or more): a bit per release, then a bit per posting telling
 *   whether the term is in the release's title (`COMMON_LEVELS`). For such a term the weights' other shades rank
 *   little (its idf is small) and cost most of its bytes: the three commonest terms of the archive are a quarter
 *   smaller this way than dense.
 */
export const PostingsKind = { Sparse: 0, Dense: 1, Common: 2 } as const;
export type PostingsKind = (typeof PostingsKind)[keyof typeof PostingsKind];

/** The weight each two-bit level of a dense term stands for, and the bounds between the levels. */
export const DENSE_LEVELS = [40, 100, 160, 220] as const;
export const denseLevel = (weight: number) => (weight < 70 ? 0 : weight < 130 ? 1 : weight < 190 ? 2 : 3);

/**
 * The weight of a common term's posting: out of the title, in the title. About the mean weights of the three
 * commonest terms of the archive (148–167 out of the title, 221–222 in it), so they add up with other terms' as before.
 */
export const COMMON_LEVELS = [150, 220] as const;
/** A term held by at least this share of the releases is stored `PostingsKind.Common`. */
export const COMMON_SHARE = 1 / 4;

/** A term's postings: release ids, ascending, and their weights (1–255), aligned. */
export interface Postings {
  ids: Uint32Array;
  weights: Uint8Array;
}

/** A term's postings as the builder has them: also, aligned, 1 where the term is in the release's title. */
export interface TitledPostings extends Postings {
  titled: Uint8Array;
}

/** Bytes of a varint (`ByteWriter.varint`). */
const varintLength = (value: number) => (value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5);

/**
 * The kind `encodePostings` stores a term's postings as, and the payload's length, without encoding them: common for
 * a term in `COMMON_SHARE` of the releases or more, else the smaller of sparse and dense.
 * @param docs the index's release count (the length of a bitmap)
 * @example postingsLayout(Uint32Array.of(3, 10), 1000) // { kind: 0, length: 4 }
 */
export function postingsLayout(ids: Uint32Array, docs: number): { kind: PostingsKind; length: number } {
  const bitmapSize = Math.ceil(docs / 8);
  if (ids.length >= docs * COMMON_SHARE) return { kind: PostingsKind.Common, length: bitmapSize + Math.ceil(ids.length / 8) };
  const dense = bitmapSize + Math.ceil(ids.length / 4);
  let sparse = ids.length;
  let previous = 0;
  for (const id of ids) {
    sparse += varintLength(id - previous);
    previous = id;
  }
  return sparse <= dense ? { kind: PostingsKind.Sparse, length: sparse } : { kind: PostingsKind.Dense, length: dense };
}

/**
 * A term's postings as `postingsLayout` says. Dense and common weights come back as their level's weight
 * (`DENSE_LEVELS`, `COMMON_LEVELS`).
 * @param docs the index's release count (the length of a bitmap)
 * @example encodePostings({ ids: Uint32Array.of(3, 10), weights: Uint8Array.of(200, 90), titled: Uint8Array.of(1, 0) }, 1000) // { kind: 0, payload: [3, 7, 200, 90] }
 */
export function encodePostings({ ids, weights, titled }: TitledPostings, docs: number): { kind: PostingsKind; payload: Uint8Array } {
  const { kind, length } = postingsLayout(ids, docs);
  if (kind === PostingsKind.Sparse) {
    const sparse = new ByteWriter();
    let previous = 0;
    for (const id of ids) {
      sparse.varint(id - previous);
      previous = id;
    }
    sparse.bytes(weights);
    return { kind, payload: sparse.result() };
  }
  const payload = new Uint8Array(length);
  for (const id of ids) payload[id >> 3]! |= 1 << (id & 7);
  const bitmapSize = Math.ceil(docs / 8);
  if (kind === PostingsKind.Common) {
    titled.forEach((bit, i) => {
      if (bit) payload[bitmapSize + (i >> 3)]! |= 1 << (i & 7);
    });
  } else {
    weights.forEach((weight, i) => {
      payload[bitmapSize + (i >> 2)]! |= denseLevel(weight) << ((i & 3) * 2);
    });
  }
  return { kind, payload };
}

/**
 * The releases holding a term and their weights, decoded from what `encodePostings` wrote.
 * @param df how many releases hold the term
 * @param docs the index's release count (the length of a bitmap)
 */
export function decodePostings(kind: PostingsKind, payload: Uint8Array, df: number, docs: number): Postings {
  const ids = new Uint32Array(df);
  const weights = new Uint8Array(df);
  if (kind === PostingsKind.Sparse) {
    const reader = new ByteReader(payload);
    let id = 0;
    for (let i = 0; i < df; i++) {
      id += reader.varint();
      ids[i] = id;
    }
    weights.set(reader.bytes(df));
    return { ids, weights };
  }
  const bitmapSize = Math.ceil(docs / 8);
  let n = 0;
  for (let id = 0; id < docs && n < df; id++) {
    if ((payload[id >> 3] ?? 0) & (1 << (id & 7))) ids[n++] = id;
  }
  const level =
    kind === PostingsKind.Dense
      ? (i: number) => DENSE_LEVELS[((payload[bitmapSize + (i >> 2)] ?? 0) >> ((i & 3) * 2)) & 3]!
      : (i: number) => COMMON_LEVELS[((payload[bitmapSize + (i >> 3)] ?? 0) >> (i & 7)) & 1]!;
  for (let i = 0; i < df; i++) weights[i] = level(i);
  return { ids, weights };
}
