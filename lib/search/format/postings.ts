import { ByteReader, ByteWriter } from './bytes';

/**
 * How a term's postings (the releases holding it, each with a one-byte BM25 weight) are stored. Sparse:
 * delta-coded ids, then one weight byte per id. Dense (for terms in a large share of releases, where it is
 * smaller): a bit per release, then each weight in two bits (`DENSE_LEVELS`), enough to rank a title match above a
 * passing mention.
 */
export const PostingsKind = { Sparse: 0, Dense: 1 } as const;
export type PostingsKind = (typeof PostingsKind)[keyof typeof PostingsKind];

/** The weight each two-bit level of a dense term stands for, and the bounds between the levels. */
export const DENSE_LEVELS = [40, 100, 160, 220] as const;
export const denseLevel = (weight: number) => (weight < 70 ? 0 : weight < 130 ? 1 : weight < 190 ? 2 : 3);

/** A term's postings: release ids, ascending, and their weights (1–255), aligned. */
export interface Postings {
  ids: Uint32Array;
  weights: Uint8Array;
}

/**
 * The smaller of the two encodings of a term's postings: sparse, or a bitmap and two-bit weights (a term in more
 * than about one release in eight). Dense weights come back as their level's weight (`DENSE_LEVELS`).
 * @param docs the index's release count (the length of a dense bitmap)
 * @example encodePostings(Uint32Array.of(3, 10), Uint8Array.of(200, 90), 1000) // { kind: 0, payload: [3, 7, 200, 90] }
 */
export function encodePostings(ids: Uint32Array, weights: Uint8Array, docs: number): { kind: PostingsKind; payload: Uint8Array } {
  const sparse = new ByteWriter();
  let previous = 0;
  for (const id of ids) {
    sparse.varint(id - previous);
    previous = id;
  }
  sparse.bytes(weights);
  const bitmapSize = Math.ceil(docs / 8);
  if (sparse.length <= bitmapSize + Math.ceil(ids.length / 4)) return { kind: PostingsKind.Sparse, payload: sparse.result() };
  const dense = new Uint8Array(bitmapSize + Math.ceil(ids.length / 4));
  ids.forEach((id, i) => {
    dense[id >> 3]! |= 1 << (id & 7);
    dense[bitmapSize + (i >> 2)]! |= denseLevel(weights[i]!) << ((i & 3) * 2);
  });
  return { kind: PostingsKind.Dense, payload: dense };
}

/**
 * The releases holding a term and their weights, decoded from what `encodePostings` wrote.
 * @param df how many releases hold the term
 * @param docs the index's release count (the length of a dense bitmap)
 */
export function decodePostings(kind: PostingsKind, payload: Uint8Array, df: number, docs: number): Postings {
  const ids = new Uint32Array(df);
  const weights = new Uint8Array(df);
  if (kind === PostingsKind.Dense) {
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
