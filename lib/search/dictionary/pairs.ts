/**
 * Finds the abbreviations releases spell out themselves — "ธนาคารแห่งประเทศไทย (ธปท.)", "ผบ.ทบ. (ผู้บัญชาการทหารบก)",
 * "Bank of Thailand (BOT)" — and chooses, over many releases, the full form each abbreviation stands for. Pure; used
 * by `scripts/harvest-dictionary.ts`.
 *
 * Where a full form starts is the hard part: Thai writes no spaces between words. A candidate full form is text
 * just before the parentheses that
 * - starts at a word boundary (ICU's Thai word segmenter, as the search tokenizer uses) with the abbreviation's
 *   first letter, or with a head word such as กระทรวง or สำนักงาน followed by that letter (พม. is written after
 *   "กระทรวงการพัฒนาสังคม…");
 * - holds the abbreviation's other letters in order, the last one within its last two words;
 * - crosses at most three spaces and no punctuation (กสทช.'s full form has three), and no space before a title or a
 *   verb of speech.
 * Each occurrence yields every such candidate; {@link choosePairs} then keeps, per abbreviation, the longest
 * candidate seen nearly as often as the most seen one.
 */

/** One candidate: `short` as written in the release, `full` a possible full form. */
export interface Pair {
  short: string;
  full: string;
}

/** A chosen pair and the number of releases that write it. */
export interface CountedPair extends Pair {
  releases: number;
}

/** Words a Thai full form may start with before the abbreviation's first letter (ministries drop กระทรวง…). */
export const HEAD_WORDS = ['กระทรวง', 'สำนักงาน', 'สำนัก', 'กรม', 'การ', 'คณะ', 'ศูนย์', 'สถาบัน', 'องค์การ', 'กองทุน'] as const;

/** English words an abbreviation may skip (Bank of Thailand → BOT or BT). */
const ENGLISH_STOP = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', '&', 'a']);

const THAI_CONSONANT = /[ก-ฮ]/;
const LEADING_VOWEL = /[เ-ไ]/;
/** `ธปท.`, `ผบ.ทบ.`, `ก.ล.ต.`, `ปณท`: Thai consonants with dots, or three or more without (นม, คน are words). */
const THAI_SHORT = /^(?:(?:[ก-ฮ]{1,6}\.)+[ก-ฮ]{0,6}|[ก-ฮ]{3,6})$/;
/**
 * Words that start a person's title or a verb of speech: after a space inside a candidate they show a name or a
 * sentence before the full form ("สุขมานพ เลขาธิการคณะกรรมการ…", "… เปิดเผยว่า กรมทางหลวงชนบท").
 */
const NOT_IN_A_NAME = /\s(?:เลขาธิการ|ผู้อำนวยการ|อธิบดี|รองอธิบดี|รัฐมนตรี|ปลัด|รองปลัด|ประธาน|ผู้ว่าราชการ|นาย|นาง|กล่าว|เปิดเผย|แถลง|ให้สัมภาษณ์)/;
/** A Thai short form written just before "(": dotted, and not the tail of a longer word. */
const THAI_SHORT_BEFORE = /(?:^|[^\u0E01-\u0E4E.])((?:[ก-ฮ]{1,6}\.)+(?:[ก-ฮ]{1,6}\.?)?)\s*$/;
/** `BOT`, `NESDC`, `BoT`: a capital, then letters, at least two capitals. */
const ENGLISH_SHORT = /^[A-Z][A-Za-z&]{1,9}$/;
const ENGLISH_SHORT_BEFORE = /(?:^|[^A-Za-z])([A-Z][A-Za-z&]{1,9})\s*$/;
const PARENTHESES = /\(([^()\n]{1,160})\)/g;
/** How far before "(" a Thai full form may start. */
const THAI_WINDOW = 100;
const ENGLISH_WINDOW_WORDS = 12;
/** A longer candidate wins when seen in at least this share of the releases of the best one. */
const LONGER_SHARE = 0.6;
/** …and in at least this share when what it adds crosses a space (a person's name before a title: "ริญวรกุล รัฐมนตรี…"). */
const LONGER_ACROSS_SPACE_SHARE = 0.9;
/** At most this many meanings are kept for one abbreviation. */
const MAX_MEANINGS = 3;

let segmenter: Intl.Segmenter | undefined;

/** Start offsets of the words of `text` (Thai cut by ICU's dictionary, other scripts at spaces). */
function wordStarts(text: string): number[] {
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  const starts: number[] = [];
  for (const { index, isWordLike } of segmenter.segment(text)) if (isWordLike) starts.push(index);
  return starts;
}

/** The consonants of a Thai short form, in order: `ผบ.ทบ.` → `ผบทบ`. */
function thaiLetters(short: string): string {
  return short.replace(/[^ก-ฮ]/g, '');
}

/** Whether `letters` occur in `text` in order. */
function inOrder(letters: string, text: string): boolean {
  let at = 0;
  for (const letter of letters) {
    at = text.indexOf(letter, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/** Offset of the first consonant at `at` (after a leading vowel เ แ โ ใ ไ), or -1. */
function firstConsonant(text: string, at: number): number {
  if (LEADING_VOWEL.test(text[at] ?? '')) at += 1;
  return THAI_CONSONANT.test(text[at] ?? '') ? at : -1;
}

/** The Thai text just before `end`: letters and at most three spaces, no punctuation, at most {@link THAI_WINDOW}. */
function thaiWindow(text: string, end: number): string {
  let start = end;
  let spaces = 0;
  while (start > 0 && end - start < THAI_WINDOW) {
    const char = text[start - 1]!;
    if (char === ' ') {
      if (spaces === 3 && start !== end) break;
      if (start !== end) spaces += 1;
    } else if (!/[\u0E01-\u0E2E\u0E30-\u0E4E]/.test(char)) break;
    start -= 1;
  }
  return text.slice(start, end).trim();
}

/**
 * The full forms of a Thai `short` that `window` (the text before the parentheses) may end with.
 * @example thaiCandidates('ธปท.', 'ร่วมกับธนาคารแห่งประเทศไทย') // ['ธนาคารแห่งประเทศไทย']
 */
export function thaiCandidates(short: string, window: string): string[] {
  const letters = thaiLetters(short);
  if (letters.length < 2 || window.length < letters.length + 2) return [];
  const starts = wordStarts(window);
  const tailFrom = starts.length >= 2 ? starts[starts.length - 2]! : 0;
  if (!window.slice(tailFrom).includes(letters.at(-1)!)) return [];
  const found: string[] = [];
  for (const start of starts) {
    const heads = ['', ...HEAD_WORDS.filter((head) => window.startsWith(head, start))];
    const fits = heads.some((head) => {
      const first = firstConsonant(window, start + head.length);
      return first >= 0 && window[first] === letters[0] && inOrder(letters.slice(1), window.slice(first + 1));
    });
    const full = window.slice(start);
    // A first chunk of one or two syllables before a space is the tail of a name ("…สง เลขาธิการ…"), not a start.
    const firstChunk = full.split(' ')[0]!;
    if (fits && full.length > letters.length + 1 && full !== short && (firstChunk === full || firstChunk.length >= 4) && !NOT_IN_A_NAME.test(full)) found.push(full);
  }
  return found;
}

/** Whether the capitals of an English `short` are the initials of `words` (stop words may be skipped). */
function englishFits(letters: string, words: string[]): boolean {
  const match = (i: number, j: number): boolean => {
    if (j === words.length) return i === letters.length;
    const word = words[j]!;
    const lower = word.toLowerCase();
    if (ENGLISH_STOP.has(lower) && match(i, j + 1)) return true;
    if (i === letters.length || lower[0] !== letters[i]) return false;
    if (!ENGLISH_STOP.has(lower) && !/^[A-Z]/.test(word)) return false;
    // A word may give one or two more letters after its initial (ASEAN: Southeast → S, E).
    for (let extra = 0; extra <= 2 && i + 1 + extra <= letters.length; extra += 1) {
      if (inOrder(letters.slice(i + 1, i + 1 + extra), lower.slice(1)) && match(i + 1 + extra, j + 1)) return true;
    }
    return false;
  };
  return words.length > 0 && !ENGLISH_STOP.has(words[0]!.toLowerCase()) && match(0, 0);
}

/**
 * The full forms of an English `short` that `before` (the text before the parentheses) may end with.
 * @example englishCandidates('BOT', 'said the Bank of Thailand') // ['Bank of Thailand']
 */
export function englishCandidates(short: string, before: string): string[] {
  const letters = short.replace(/[^A-Z]/g, '').toLowerCase();
  if (letters.length < 2) return [];
  const tail = before.split(/[^A-Za-z'’& -]/).pop()!.trim();
  const words = tail.split(/ +/).filter((word) => /^[A-Za-z&]/.test(word)).slice(-ENGLISH_WINDOW_WORDS);
  const found: string[] = [];
  for (let from = words.length - 1; from >= 0; from -= 1) {
    const candidate = words.slice(from);
    if (candidate.length >= 2 && englishFits(letters, candidate)) found.push(candidate.join(' '));
  }
  return found;
}

/**
 * Every candidate pair one text writes: "FULL (SHORT)" and "SHORT (FULL)", Thai and English, each pair once.
 * @example findPairs('โดยธนาคารแห่งประเทศไทย (ธปท.) ได้') // [{ short: 'ธปท.', full: 'ธนาคารแห่งประเทศไทย' }]
 */
export function findPairs(text: string): Pair[] {
  const pairs = new Map<string, Pair>();
  const add = (short: string, fulls: string[]) => {
    for (const full of fulls) pairs.set(`${short}\t${full}`, { short, full });
  };
  text = text.replace(/[ \t\u00A0]+/g, ' ');
  for (const match of text.matchAll(PARENTHESES)) {
    const inside = match[1]!.trim();
    const before = text.slice(Math.max(0, match.index - 400), match.index);
    if (THAI_SHORT.test(inside)) {
      add(inside, thaiCandidates(inside, thaiWindow(text, match.index)));
    } else if (ENGLISH_SHORT.test(inside) && inside.replace(/[^A-Z]/g, '').length >= 2) {
      add(inside, englishCandidates(inside, before));
    } else if (/^[\u0E01-\u0E4E ]+$/.test(inside)) {
      const short = THAI_SHORT_BEFORE.exec(before)?.[1];
      if (short) add(short, thaiCandidates(short, inside).filter((full) => full === inside));
    } else if (/^[A-Za-z&' -]+$/.test(inside)) {
      const short = ENGLISH_SHORT_BEFORE.exec(before)?.[1];
      if (short && short.replace(/[^A-Z]/g, '').length >= 2) add(short, englishCandidates(short, inside).filter((full) => full === inside));
    }
  }
  return [...pairs.values()];
}

/**
 * Chooses, per abbreviation, the full forms releases agree on. All candidates of one occurrence end alike, so the
 * shorter ones are seen at least as often as the longer: a chain of candidates, each a tail of the next, is one
 * meaning, and its longest member seen in at least 60% as many releases as the most seen wins (90% when it adds
 * text across a space): the text before a true start varies from release to release, the text before a start inside
 * a name does not. Spacing does not make another meaning (`วิจัย และนวัตกรรม` = `วิจัยและนวัตกรรม`); a candidate
 * no tail of the first is kept too when seen in `minReleases` releases, at most three meanings per abbreviation.
 * @param tally short form → full form → releases that write the pair
 * @returns the kept pairs, most releases first
 */
export function choosePairs(tally: Map<string, Map<string, number>>, minReleases: number): CountedPair[] {
  const squash = (full: string) => full.replaceAll(' ', '');
  const chosen: CountedPair[] = [];
  for (const [short, fulls] of tally) {
    let left = [...fulls].map(([full, releases]) => ({ full, releases })).sort((a, b) => b.releases - a.releases || a.full.length - b.full.length);
    for (let meaning = 0; meaning < MAX_MEANINGS && left.length > 0 && left[0]!.releases >= minReleases; meaning += 1) {
      const top = left[0]!;
      const tail = (a: string, b: string) => squash(a).endsWith(squash(b)) || squash(b).endsWith(squash(a));
      const share = (full: string) => (full.slice(0, full.length - top.full.length).includes(' ') ? LONGER_ACROSS_SPACE_SHARE : LONGER_SHARE);
      const best = left
        .filter(({ full, releases }) => full === top.full || (full.endsWith(top.full) && releases >= top.releases * share(full)))
        .sort((a, b) => b.full.length - a.full.length)[0]!;
      chosen.push({ short, full: best.full, releases: best.releases });
      left = left.filter(({ full }) => !tail(full, top.full) && !tail(full, best.full));
    }
  }
  return chosen.sort((a, b) => b.releases - a.releases || (a.short < b.short ? -1 : 1));
}

const THAI_RUN_LETTER = /[\u0E01-\u0E2E\u0E30-\u0E4E]/;
/** How much of the text before ฯ is kept: longer than any cut of a full form that readers write. */
const ELLIPSIS_WINDOW = 40;

/**
 * The Thai letters just before each ฯ of a text (at most 40), leaving out ฯลฯ ("and so on").
 * @example ellipsisRuns('รัฐมนตรีว่าการกระทรวงดิจิทัลฯ กล่าว ฯลฯ') // ['รัฐมนตรีว่าการกระทรวงดิจิทัล']
 */
export function ellipsisRuns(text: string): string[] {
  const runs: string[] = [];
  for (let at = text.indexOf('ฯ'); at >= 0; at = text.indexOf('ฯ', at + 1)) {
    if (text[at + 1] === 'ล') continue;
    let start = at;
    while (start > 0 && at - start < ELLIPSIS_WINDOW && THAI_RUN_LETTER.test(text[start - 1]!)) start -= 1;
    if (start < at) runs.push(text.slice(start, at));
  }
  return runs;
}

/**
 * What a text shortens with ฯ: the letters before each ฯ from each word start, so the caller can look up a cut of a
 * full form (`กระทรวงดิจิทัล` for `กระทรวงดิจิทัลฯ`) whatever precedes it. Each form once.
 * @example ellipsisForms('รัฐมนตรีว่าการกระทรวงดิจิทัลฯ') // includes 'กระทรวงดิจิทัล'
 */
export function ellipsisForms(text: string): Set<string> {
  const forms = new Set<string>();
  for (const run of ellipsisRuns(text)) {
    for (const from of wordStarts(run)) if (run.length - from >= 4) forms.add(run.slice(from));
  }
  return forms;
}
