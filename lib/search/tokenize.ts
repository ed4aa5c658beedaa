import { normalizeThai, toArabicDigits } from '../thai';

/**
 * The one tokenizer of search, run on release text when the index is built (Node) and on the reader's query in the
 * browser, so both sides cut text the same way:
 *
 * - Thai has no spaces between words: each run of Thai letters is cut into words by `Intl.Segmenter` (ICU's Thai
 *   dictionary, the same algorithm in Node and in the browser). Vowel and tone marks are kept: ฝุ่น (dust) never
 *   matches ฝน (rain).
 * - Digits are one script: ๒๕๖๑ and 2561 are both the term `2561`; `2,000` is `2000`; `2.5` stays `2.5`.
 * - Latin words are lower-cased and lose a plural `s` (`ministers` → `minister`).
 *
 * Pure and dependency-free apart from `lib/thai`, so the search page's client code can import it.
 */

/** One word of a text: where it is (UTF-16 offsets into the text given) and the term it stands for. */
export interface TokenSpan {
  start: number;
  end: number;
  term: string;
}

/** Thai letters, vowels and tone marks (not Thai digits, which count as digits, nor ฿ or ๏ ๚ ๛). */
const THAI_LETTER = '\\u0E01-\\u0E3A\\u0E40-\\u0E4E';
/** A letter, mark or digit of any other script, Thai digits included. */
const OTHER_CHAR = `(?:(?![${THAI_LETTER}])[\\p{L}\\p{M}\\p{N}])`;
/** A Thai run, or a word of other characters with inner `.` `,` `'` (split again in `otherTerms`). */
const SCANNER = new RegExp(`([${THAI_LETTER}]+)|(${OTHER_CHAR}+(?:[.,'’]${OTHER_CHAR}+)*)`, 'gu');

let segmenter: Intl.Segmenter | undefined;
/** Segmenting is the costly step of an index build; runs repeat across releases, so short ones are remembered. */
const segmented = new Map<string, [number, number][]>();
const MEMO_LIMIT = 200_000;
const MEMO_MAX_RUN = 48;

/** Word boundaries `[start, end]` inside one run of Thai letters. */
function thaiWords(run: string): [number, number][] {
  const memo = run.length <= MEMO_MAX_RUN ? segmented.get(run) : undefined;
  if (memo) return memo;
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  const words: [number, number][] = [];
  for (const { segment, index, isWordLike } of segmenter.segment(run)) {
    if (isWordLike) words.push([index, index + segment.length]);
  }
  if (run.length <= MEMO_MAX_RUN) {
    if (segmented.size >= MEMO_LIMIT) segmented.clear();
    segmented.set(run, words);
  }
  return words;
}

/**
 * A light English stemmer (Harman's "S" stemmer, with `-sses -xes -ches -shes -zes` added): plurals and
 * possessives only, so that "ministers" finds "minister" without the surprises of a full stemmer.
 * @example stem('ministries') // 'ministry'
 */
export function stem(word: string): string {
  const base = word.replace(/['’]s$/, '');
  if (base.length < 4 || !/^[a-z]+$/.test(base)) return base;
  if (base.endsWith('ies') && !/[ae]ies$/.test(base)) return `${base.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh|z)es$/.test(base)) return base.slice(0, -2);
  if (base.endsWith('es') && !/[aeo]es$/.test(base)) return base.slice(0, -1);
  if (base.endsWith('s') && !/[uis]s$/.test(base)) return base.slice(0, -1);
  return base;
}

/**
 * Split a non-Thai word at `.` and `,` unless they sit between digits (`2.5`, `PM2.5` stay whole; `2,000` is
 * `2000`; `U.S.` is `u` and `s`).
 */
function otherTerms(word: string, offset: number, out: TokenSpan[]) {
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

const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

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
/** The index path's memory of short Thai runs, as their words (it never needs offsets). */
const runTerms = new Map<string, string[]>();
const otherSpans: TokenSpan[] = [];

/**
 * Every term of a text, repeats kept, in no particular order: the fast path of index builds. Thai runs not
 * remembered are joined with spaces (which no Thai word crosses) and segmented a batch at a time.
 */
export function forEachTerm(text: string, visit: (term: string) => void): void {
  const pending: string[] = [];
  let size = 0;
  for (const match of normalizeThai(text).matchAll(SCANNER)) {
    const thai = match[1];
    if (thai) {
      const memo = thai.length <= MEMO_MAX_RUN ? runTerms.get(thai) : undefined;
      if (memo) {
        for (const term of memo) visit(term);
        continue;
      }
      pending.push(thai);
      size += thai.length + 1;
      if (size >= BATCH_CHARS) {
        segmentRuns(pending, visit);
        pending.length = 0;
        size = 0;
      }
    } else if (match[2]) {
      otherSpans.length = 0;
      otherTerms(match[2], 0, otherSpans);
      for (const span of otherSpans) visit(span.term);
    }
  }
  if (pending.length) segmentRuns(pending, visit);
}

/** Segments Thai runs in one call (joined by spaces), visits their words and remembers the short runs' words. */
function segmentRuns(runs: string[], visit: (term: string) => void): void {
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  let run = 0;
  let runEnd = runs[0]!.length;
  let words: string[] = [];
  for (const { segment, index, isWordLike } of segmenter.segment(runs.join(' '))) {
    // The space after a run belongs to it (it is not word-like); the next run starts one past it.
    while (index > runEnd) {
      rememberRun(runs[run]!, words);
      words = [];
      run++;
      runEnd += 1 + runs[run]!.length;
    }
    if (isWordLike) {
      words.push(segment);
      visit(segment);
    }
  }
  rememberRun(runs[run]!, words);
}

function rememberRun(run: string, words: string[]): void {
  if (run.length > MEMO_MAX_RUN) return;
  if (runTerms.size >= MEMO_LIMIT) runTerms.clear();
  runTerms.set(run, words);
}

/**
 * A Buddhist-era year's Common-era twin and back (2561 ↔ 2018), so that either finds a release that wrote the
 * other; undefined for any other term.
 */
export function yearTwin(term: string): string | undefined {
  if (term.length !== 4 || !/^\d{4}$/.test(term)) return undefined;
  const year = Number(term);
  if (year >= 2400 && year <= 2700) return String(year - 543);
  if (year >= 1857 && year <= 2157) return String(year + 543);
  return undefined;
}

/**
 * The distinct terms of a reader's query, in the order typed: the same cutting as the index, so ๒๕๖๑, 2561 and
 * "  2561 " are one query.
 * @example queryTerms('มั่นคงปลอดภัยไซเบอร์ ๒๕๖๑') // ['มั่นคง', 'ปลอดภัย', 'ไซเบอร์', '2561']
 */
export function queryTerms(query: string): string[] {
  return [...new Set(terms(query))];
}
