import { termHash } from './manifest';

/** Bits a term of a Bloom filter: one term in about a hundred that is not in the set passes. */
const BITS_PER_TERM = 10;
/** Bits set per term (ln 2 × `BITS_PER_TERM`, rounded). */
const PROBES = 7;

/** A second hash, independent of `termHash` (FNV-1a with another offset basis, then mixed), for double hashing. */
function secondHash(term: string): number {
  let hash = 0x9747b28c;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  return ((hash ^ (hash >>> 12)) | 1) >>> 0;
}

/** The bits of `term` in a filter of `bits` bits. */
function probes(term: string, bits: number): number[] {
  const first = termHash(term);
  const step = secondHash(term);
  return Array.from({ length: PROBES }, (_, i) => (first + i * step) % bits);
}

/**
 * A Bloom filter of a set of terms, as base64 (for the manifest): `BITS_PER_TERM` bits a term, at least 64.
 * @example new TermFilter(encodeTermFilter(['ภูเก็ต'])).has('ภูเก็ต') // true
 */
export function encodeTermFilter(terms: Iterable<string>): string {
  const list = [...terms];
  const bits = Math.max(64, Math.ceil((list.length * BITS_PER_TERM) / 8) * 8);
  const filter = new Uint8Array(bits / 8);
  for (const term of list) for (const bit of probes(term, bits)) filter[bit >> 3]! |= 1 << (bit & 7);
  let binary = '';
  for (const byte of filter) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Reads what `encodeTermFilter` wrote. `has` is true for every term of the set, and for about 1 % of the others. */
export class TermFilter {
  private readonly filter: Uint8Array;

  constructor(encoded: string) {
    this.filter = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
  }

  has(term: string): boolean {
    return probes(term, this.filter.length * 8).every((bit) => (this.filter[bit >> 3]! >> (bit & 7)) & 1);
  }
}
