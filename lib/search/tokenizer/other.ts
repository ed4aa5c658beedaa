import { toArabicDigits } from '../../thai';
import { stem } from './stem';
import type { TokenSpan } from './types';

const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * The terms of a word in any script but Thai letters (Latin words, numbers in either digit script): lower-cased,
 * digits Arabic, split at `.` and `,` unless they sit between digits (`2.5`, `PM2.5` stay whole; `2,000` is `2000`;
 * `U.S.` is `u` and `s`), English words stemmed. Pushes them to `out` with offsets from `offset`.
 * @example otherTerms('Ministers', 0, out) // out gets { start: 0, end: 9, term: 'minister' }
 */
export function otherTerms(word: string, offset: number, out: TokenSpan[]): void {
  const normalized = toArabicDigits(word).toLowerCase();
  let start = 0;
  for (let i = 0; i <= normalized.length; i++) {
    const c = normalized[i];
    if (i === normalized.length || ((c === '.' || c === ',') && !(isDigit(normalized[i - 1]) && isDigit(normalized[i + 1])))) {
      const part = normalized.slice(start, i);
      out.push({ start: offset + start, end: offset + i, term: THOUSANDS.test(part) ? part.replace(/,/g, '') : stem(part) });
      start = i + 1;
    }
  }
}
