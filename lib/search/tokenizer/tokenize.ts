import { normalizeThai } from '../../thai';
import { otherTerms } from './other';
import { rememberedWords, segmentThaiRuns, THAI_LETTER, THAI_MARKS, thaiWords } from './thai';
import type { TokenSpan } from './types';

/** A letter, mark or digit of any other script, Thai digits included. */
const OTHER_CHAR = `(?:(?![${THAI_LETTER}${THAI_MARKS}])[\\p{L}\\p{M}\\p{N}])`;
/**
 * ฯลฯ (skipped: neither group), a Thai run, or a word of other characters with inner `.` `,` `'` (split again in
 * `otherTerms`). ฯ and ๆ elsewhere match nothing and so end the run before them.
 */
const SCANNER = new RegExp(`\u0E2F\u0E25\u0E2F|([${THAI_LETTER}]+)|(${OTHER_CHAR}+(?:[.,'’]${OTHER_CHAR}+)*)`, 'gu');

/**
 * Every word of a text with its position. The text should already be `normalizeThai`-ed (as stored release text
 * is): offsets then point into it as given.
 * @example tokenSpans('ฝุ่น PM2.5 ๒๕๖๑').map((t) => t.term) // ['ฝุ่น', 'pm2.5', '2561']
 */
export function tokenSpans(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const match of text.matchAll(SCANNER)) {
    const at = match.index;
    if (match[1]) {
      for (const [start, end] of thaiWords(match[1])) out.push({ start: at + start, end: at + end, term: match[1].slice(start, end) });
    } else if (match[2]) {
      otherTerms(match[2], at, out);
    }
  }
  return out;
}

/** The terms of a text, in order, repeats kept. */
export function terms(text: string): string[] {
  return tokenSpans(normalizeThai(text)).map((span) => span.term);
}

/** Thai runs are segmented together, about this many characters at a time: each `segment()` call has a cost. */
const BATCH_CHARS = 160;
const otherSpans: TokenSpan[] = [];

/**
 * Every term of a text, repeats kept, in no particular order: the fast path of index builds. Thai runs not
 * remembered are segmented a batch at a time (`segmentThaiRuns`).
 */
export function forEachTerm(text: string, visit: (term: string) => void): void {
  const pending: string[] = [];
  let size = 0;
  for (const match of normalizeThai(text).matchAll(SCANNER)) {
    const thai = match[1];
    if (thai) {
      const memo = rememberedWords(thai);
      if (memo) {
        for (const term of memo) visit(term);
        continue;
      }
      pending.push(thai);
      size += thai.length + 1;
      if (size >= BATCH_CHARS) {
        segmentThaiRuns(pending, visit);
        pending.length = 0;
        size = 0;
      }
    } else if (match[2]) {
      otherSpans.length = 0;
      otherTerms(match[2], 0, otherSpans);
      for (const span of otherSpans) visit(span.term);
    }
  }
  if (pending.length) segmentThaiRuns(pending, visit);
}

/**
 * The distinct terms of a reader's query, in the order typed: the same cutting as the index, so ๒๕๖๑, 2561 and
 * "  2561 " are one query.
 * @example queryTerms('มั่นคงปลอดภัยไซเบอร์ ๒๕๖๑') // ['มั่นคง', 'ปลอดภัย', 'ไซเบอร์', '2561']
 */
export function queryTerms(query: string): string[] {
  return [...new Set(terms(query))];
}
