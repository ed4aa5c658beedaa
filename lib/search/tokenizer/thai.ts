/**
 * Thai words. Thai has no spaces between words: each run of Thai letters is cut into words by `Intl.Segmenter`
 * (ICU's Thai dictionary, the same algorithm in Node and in the browser). Segmenting is the costly step of an index
 * build and runs repeat across releases, so the words of short runs are remembered.
 */

/**
 * Thai letters, vowels and tone marks: not Thai digits (which count as digits), nor ฿ ๏ ๚ ๛, nor the two marks
 * that are not part of a word (`THAI_MARKS`).
 */
export const THAI_LETTER = '\\u0E01-\\u0E2E\\u0E30-\\u0E3A\\u0E40-\\u0E45\\u0E47-\\u0E4E';

/**
 * ฯ (paiyannoi: an abbreviation mark, กรุงเทพฯ for กรุงเทพมหานคร) and ๆ (maiyamok: "repeat the word before",
 * ต่างๆ = ต่าง ต่าง). Neither is a term, and each ends the word before it: glued to it, ฯ made the segmenter cut
 * กระทรวงดิจิทัลฯ as กระ|ทร|วง|ดิจิทัลฯ. ฯลฯ ("etc.") is dropped whole.
 */
export const THAI_MARKS = '\\u0E2F\\u0E46';

const THAI_LETTER_PATTERN = new RegExp(`[${THAI_LETTER}]`);
/**
 * Whether a word holds a Thai letter.
 * @example hasThaiLetter('ออนไลย์') // true
 */
export const hasThaiLetter = (word: string) => THAI_LETTER_PATTERN.test(word);

let segmenter: Intl.Segmenter | undefined;
const segment = (text: string) => (segmenter ??= new Intl.Segmenter('th', { granularity: 'word' })).segment(text);

const MEMO_LIMIT = 200_000;
/** Runs longer than this are rarely met twice and are not remembered. */
const MEMO_MAX_RUN = 48;
/** Word boundaries of short runs, for `thaiWords`. */
const segmented = new Map<string, [number, number][]>();
/** Words of short runs, for the index path (which never needs offsets). */
const runTerms = new Map<string, string[]>();

/**
 * Word boundaries `[start, end]` inside one run of Thai letters.
 * @example thaiWords('ฝุ่นละออง') // [[0, 5], [5, 9]]
 */
export function thaiWords(run: string): [number, number][] {
  const memo = run.length <= MEMO_MAX_RUN ? segmented.get(run) : undefined;
  if (memo) return memo;
  const words: [number, number][] = [];
  for (const { segment: word, index, isWordLike } of segment(run)) {
    if (isWordLike) words.push([index, index + word.length]);
  }
  if (run.length <= MEMO_MAX_RUN) {
    if (segmented.size >= MEMO_LIMIT) segmented.clear();
    segmented.set(run, words);
  }
  return words;
}

/** The words of a short run already segmented by `segmentThaiRuns`, or undefined. */
export function rememberedWords(run: string): string[] | undefined {
  return run.length <= MEMO_MAX_RUN ? runTerms.get(run) : undefined;
}

/**
 * Segments Thai runs in one call (joined by spaces, which no Thai word crosses), visits their words in order and
 * remembers the short runs' words: each `segment()` call has a cost.
 */
export function segmentThaiRuns(runs: string[], visit: (term: string) => void): void {
  let run = 0;
  let runEnd = runs[0]!.length;
  let words: string[] = [];
  for (const { segment: word, index, isWordLike } of segment(runs.join(' '))) {
    // The space after a run belongs to it (it is not word-like); the next run starts one past it.
    while (index > runEnd) {
      rememberRun(runs[run]!, words);
      words = [];
      run++;
      runEnd += 1 + runs[run]!.length;
    }
    if (isWordLike) {
      words.push(word);
      visit(word);
    }
  }
  rememberRun(runs[run]!, words);
}

function rememberRun(run: string, words: string[]): void {
  if (run.length > MEMO_MAX_RUN) return;
  if (runTerms.size >= MEMO_LIMIT) runTerms.clear();
  runTerms.set(run, words);
}
