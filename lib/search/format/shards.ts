import { ByteReader, ByteWriter } from './bytes';
import { encodePostings, postingsLayout, PostingsKind, type TitledPostings } from './postings';

/** Postings larger than this (bytes, before gzip) get a file of their own, so a shard stays small. */
export const INLINE_LIMIT = 4096;

/** The flag bits of a term in a shard. */
export const TermFlag = {
  /** Its postings are dense (`PostingsKind.Dense`); otherwise sparse. */
  Dense: 1,
  /** Its postings live in a file of their own (`<shard>-<k>.bin`), not in the shard. */
  OwnFile: 2,
  /** Its postings are common (`PostingsKind.Common`). */
  Common: 4,
} as const;

const kindFlag = { [PostingsKind.Sparse]: 0, [PostingsKind.Dense]: TermFlag.Dense, [PostingsKind.Common]: TermFlag.Common };
const flagKind = (flags: number): PostingsKind => (flags & TermFlag.Common ? PostingsKind.Common : flags & TermFlag.Dense ? PostingsKind.Dense : PostingsKind.Sparse);

/** One term of a shard, as the builder hands it over. */
export interface ShardTerm extends TitledPostings {
  term: string;
}

/** One term of a shard, as a reader finds it. */
export interface ShardEntry {
  /** How many releases hold the term. */
  df: number;
  kind: PostingsKind;
  /** The postings, when they are in the shard (empty otherwise). */
  payload: Uint8Array;
  /** The `k` of the file `<shard>-<k>.bin` holding the postings, or -1 when they are in the shard. */
  file: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * One shard (`<gen>/terms/<n>.bin` before gzip): the term count, then for each term, in the order given (sorted by
 * the builder), `term, df, flags, payload`; with `TermFlag.OwnFile`, the payload is replaced by the number of its
 * own file. Returns the shard and those files, in number order.
 * @param docs the index's release count
 */
export function encodeShard(terms: ShardTerm[], docs: number): { shard: Uint8Array; big: Uint8Array[] } {
  const out = new ByteWriter();
  const big: Uint8Array[] = [];
  out.varint(terms.length);
  for (const postings of terms) {
    const { kind, payload } = encodePostings(postings, docs);
    const name = encoder.encode(postings.term);
    out.varint(name.length);
    out.bytes(name);
    out.varint(postings.ids.length);
    const flags = kindFlag[kind];
    if (payload.length > INLINE_LIMIT) {
      out.byte(flags | TermFlag.OwnFile);
      out.varint(big.length);
      big.push(payload);
    } else {
      out.byte(flags);
      out.varint(payload.length);
      out.bytes(payload);
    }
  }
  return { shard: out.result(), big };
}

/** How many files of large postings `encodeShard` writes for these terms (without encoding them). */
export function ownFiles(terms: ShardTerm[], docs: number): number {
  return terms.filter(({ ids }) => postingsLayout(ids, docs).length > INLINE_LIMIT).length;
}

/** The terms of a shard written by `encodeShard`, by term; payloads are views into `data`. */
export function decodeShard(data: Uint8Array): Map<string, ShardEntry> {
  const reader = new ByteReader(data);
  const entries = new Map<string, ShardEntry>();
  const count = reader.varint();
  for (let i = 0; i < count; i++) {
    const term = decoder.decode(reader.bytes(reader.varint()));
    const df = reader.varint();
    const flags = reader.byte();
    const kind = flagKind(flags);
    if (flags & TermFlag.OwnFile) entries.set(term, { df, kind, payload: new Uint8Array(0), file: reader.varint() });
    else entries.set(term, { df, kind, payload: reader.bytes(reader.varint()), file: -1 });
  }
  return entries;
}
