import { ByteReader, ByteWriter } from './bytes';

/**
 * The lexicon (`<gen>/lexicon/<n>.bin`): the index's terms in one sorted list with how many releases hold each (df),
 * cut into pages of a few kilobytes, so the browser can find the terms that start with a reader's word and the terms
 * one typing slip away from it by fetching one or a few pages.
 *
 * The list is sorted by `lexiconKey`: a term's skeleton (the term without Thai vowel and tone marks, `skeleton`)
 * first, then the term. Terms whose letters agree sit together whatever their marks, so a missing, extra or swapped
 * mark anywhere in a word (สาง for ส่าง, จันทร for จันทร์) leaves the slip beside its target; a term's prefix in
 * that order is still a range (every term starting with `t` has a key starting with `skeleton(t)`).
 *
 * The manifest's `lexicon` holds each page's separator: page n holds the keys from `lexicon[n]` (inclusive) to
 * `lexicon[n + 1]` (exclusive); `lexicon[0]` is ''. A separator is the shortest prefix of its page's first key that
 * sorts after the previous page's last key, so the manifest stays small.
 */

/** A term shorter than this (in UTF-16 code units, marks counted) is not in the lexicon. */
export const LEXICON_MIN_LENGTH = 2;
/** A sound key shorter than this (`soundKey` letters) is not in the sound pages: too many Thai words share it. */
export const SOUND_MIN_LENGTH = 4;

/** Thai vowel and tone marks written above or below a letter (ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎): not part of a skeleton. */
const THAI_MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;
const DIGIT = /^\d/;

/**
 * Whether a term can be in the lexicon: at least `LEXICON_MIN_LENGTH` code units and not starting with a digit (a
 * number's continuations and one-digit neighbours are other numbers, never what a reader meant).
 * @example lexiconTerm('กรุงเทพ') // true; lexiconTerm('2561') // false
 */
export function lexiconTerm(term: string): boolean {
  return term.length >= LEXICON_MIN_LENGTH && !DIGIT.test(term);
}

/**
 * A term without its Thai vowel and tone marks: what the lexicon is sorted by first.
 * @example skeleton('ส่าง') // 'สาง'
 */
export function skeleton(term: string): string {
  return term.replace(THAI_MARKS, '');
}

/**
 * A term's sort key in the lexicon: its skeleton, U+0000 (which no term holds), the term.
 * @example lexiconKey('ส่าง') // 'สาง\u0000ส่าง'
 */
export function lexiconKey(term: string): string {
  return `${skeleton(term)}\u0000${term}`;
}

/**
 * An entry of the sound pages (`<gen>/sounds/<n>.bin`, the manifest's `sounds`): a Thai term under the matching key of
 * its RTGS romanization (`soundKey(romanizeThai(term))`, `lib/thai/romanize.ts`), U+0000, the term. The pages are
 * lexicon pages (same encoding, the df beside each entry) whose "terms" are these entries, sorted; a reader finds the
 * Thai terms a Latin word may spell by the page of its key.
 * @example soundEntry('anutin', 'อนุทิน') // 'anutin\u0000อนุทิน'
 */
export function soundEntry(key: string, term: string): string {
  return `${key}\u0000${term}`;
}

/**
 * The key and the term of a sound entry (`soundEntry`'s reverse).
 * @example soundEntryParts('anutin\u0000อนุทิน') // ['anutin', 'อนุทิน']
 */
export function soundEntryParts(entry: string): [key: string, term: string] {
  const cut = entry.indexOf('\u0000');
  return [entry.slice(0, cut), entry.slice(cut + 1)];
}

/**
 * The shortest prefix of `next` that sorts after `previous` (given `previous < next`): a page's separator.
 * @example separatorBetween('ab\u0000ab', 'ac\u0000ac') // 'ac'
 */
export function separatorBetween(previous: string, next: string): string {
  let i = 0;
  while (i < previous.length && previous.charCodeAt(i) === next.charCodeAt(i)) i++;
  return next.slice(0, i + 1);
}

/**
 * The page holding `key` (the last page whose separator is ≤ `key`), or -1 when there are no pages.
 * @param separators the manifest's `lexicon`
 */
export function lexiconPageOf(separators: readonly string[], key: string): number {
  let low = 0;
  let high = separators.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (separators[mid]! <= key) low = mid + 1;
    else high = mid - 1;
  }
  return high;
}

/**
 * The pages `[first, last]` that can hold a key starting with `prefix` (a skeleton or the start of one), or null
 * when there are no pages.
 * @example lexiconPagesOf(['', 'ก', 'ข'], 'กร') // [1, 1]
 */
export function lexiconPagesOf(separators: readonly string[], prefix: string): [number, number] | null {
  if (!separators.length) return null;
  return [lexiconPageOf(separators, prefix), lexiconPageOf(separators, `${prefix}\uffff`)];
}

/** One page of the lexicon, as a reader finds it: terms in key order and their df, aligned. */
export interface LexiconPage {
  terms: string[];
  df: Uint32Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * One page before gzip: the term count, then for each term, front-coded against the one before it, `shared` (UTF-16
 * code units in common, never splitting a surrogate pair), the rest as UTF-8 (byte length, bytes), and its df.
 * @param terms in key order (`lexiconKey`)
 * @example encodeLexiconPage(['ab', 'abc'], [3, 1]) // [2, 0, 2, 0x61, 0x62, 3, 2, 1, 0x63, 1]
 */
export function encodeLexiconPage(terms: readonly string[], df: ArrayLike<number>): Uint8Array {
  const out = new ByteWriter();
  out.varint(terms.length);
  let previous = '';
  terms.forEach((term, i) => {
    let shared = 0;
    const most = Math.min(previous.length, term.length);
    while (shared < most && previous.charCodeAt(shared) === term.charCodeAt(shared)) shared++;
    if (shared > 0 && isHighSurrogate(term.charCodeAt(shared - 1))) shared--;
    const rest = encoder.encode(term.slice(shared));
    out.varint(shared);
    out.varint(rest.length);
    out.bytes(rest);
    out.varint(df[i]!);
    previous = term;
  });
  return out.result();
}

/** The page `encodeLexiconPage` wrote. */
export function decodeLexiconPage(data: Uint8Array): LexiconPage {
  const reader = new ByteReader(data);
  const count = reader.varint();
  const terms: string[] = new Array(count);
  const df = new Uint32Array(count);
  let previous = '';
  for (let i = 0; i < count; i++) {
    const shared = reader.varint();
    previous = previous.slice(0, shared) + decoder.decode(reader.bytes(reader.varint()));
    terms[i] = previous;
    df[i] = reader.varint();
  }
  return { terms, df };
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
