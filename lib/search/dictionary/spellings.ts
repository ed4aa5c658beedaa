import { tokenSpans } from '../tokenizer';

/**
 * Spelling variants of Thai loanwords and the counting that tells which ones releases really write. Pure; used by
 * `scripts/harvest-dictionary.ts`.
 */

/**
 * How Thai writers commonly respell a loanword the Royal Institute spells otherwise, standard → variant. Each rule
 * rewrites every occurrence; {@link spellingVariants} combines up to two.
 */
export const SPELLING_RULES: readonly { from: RegExp; to: string; example: string }[] = [
  { from: /เทอร์/g, to: 'เตอร์', example: 'อินเทอร์เน็ต → อินเตอร์เน็ต' },
  { from: /ต์/g, to: 'ท์', example: 'เว็บไซต์ → เว็บไซท์' },
  { from: /ล$/g, to: 'ล์', example: 'อีเมล → อีเมล์' },
  { from: /([แอ])([ัะ]?)ป(?=[^ก-ฮ]|$|พ|เ)/g, to: '$1$2พ', example: 'แอป → แอพ, อัปเดต → อัพเดต' },
  { from: /ชัน/g, to: 'ชั่น', example: 'แอปพลิเคชัน → แอปพลิเคชั่น' },
  { from: /ต$/g, to: 'ท', example: 'อัปเดต → อัปเดท' },
  { from: /ทัล/g, to: 'ตอล', example: 'ดิจิทัล → ดิจิตอล' },
  { from: /็/g, to: '', example: 'อินเทอร์เน็ต → อินเทอร์เนต' },
  { from: /ลยี$/g, to: 'ลยี่', example: 'เทคโนโลยี → เทคโนโลยี่' },
  { from: /็บ/g, to: '็ป', example: 'เว็บ → เว็ป' },
  { from: /็อก/g, to: '็อค', example: 'บล็อก → บล็อค' },
  { from: /ลิก/g, to: 'ลิ๊ก', example: 'คลิก → คลิ๊ก' },
  { from: /([ลร]์?)ต/g, to: '$1ท', example: 'แพลตฟอร์ม → แพลทฟอร์ม, สมาร์ตโฟน → สมาร์ทโฟน' },
  { from: /ซี$/g, to: 'ซี่', example: 'พาราลิมปิก → …' },
];

/**
 * The respellings of `standard` that the rules produce (one rule, or two in a row), without `standard` itself and
 * without any that `standard` contains (their count in the corpus would count `standard` too).
 * @example spellingVariants('อีเมล') // ['อีเมล์']
 */
export function spellingVariants(standard: string): string[] {
  const once = (word: string) => SPELLING_RULES.map(({ from, to }) => word.replace(from, to));
  const found = new Set<string>();
  for (const first of once(standard)) {
    found.add(first);
    for (const second of once(first)) found.add(second);
  }
  return [...found].filter((variant) => !standard.includes(variant)).sort();
}

/**
 * Counts in how many texts each of many strings occurs, in one scan per text. Thai strings are found anywhere
 * (Thai has no spaces to bound them), or with `asWords` only where the search tokenizer cuts them as words; Latin
 * ones only as whole words, case-insensitively.
 */
export class ReleaseCounter {
  private readonly buckets = new Map<number, string[]>();
  /** Latin strings by their lower-case form. */
  private readonly latin = new Map<string, string[]>();
  private readonly asWords: boolean;
  readonly counts = new Map<string, number>();

  constructor(strings: Iterable<string>, { asWords = false } = {}) {
    this.asWords = asWords;
    for (const string of strings) {
      if (this.counts.has(string)) continue;
      this.counts.set(string, 0);
      if (/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(string)) {
        const lower = string.toLowerCase();
        this.latin.set(lower, [...(this.latin.get(lower) ?? []), string]);
      } else if (string.length >= 2) {
        const key = string.charCodeAt(0) * 65536 + string.charCodeAt(1);
        this.buckets.set(key, [...(this.buckets.get(key) ?? []), string]);
      }
    }
  }

  /** Adds one text (as normalized as the strings): each string it holds counts once. Returns the strings found. */
  add(text: string): Set<string> {
    const seen = new Set<string>();
    for (let at = 0; at < text.length - 1; at += 1) {
      const bucket = this.buckets.get(text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1));
      if (!bucket) continue;
      for (const string of bucket) {
        if (!seen.has(string) && text.startsWith(string, at) && (!this.asWords || wordsAt(text, at, at + string.length))) seen.add(string);
      }
    }
    if (this.latin.size > 0) {
      for (const [word] of text.matchAll(/[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]|[A-Za-z0-9]/g)) {
        for (const string of this.latin.get(word.toLowerCase()) ?? []) seen.add(string);
      }
    }
    for (const string of seen) this.counts.set(string, this.counts.get(string)! + 1);
    return seen;
  }
}

/**
 * A {@link ReleaseCounter} of forms written as whole words: where the search tokenizer, cutting the text around it,
 * begins a word at its first character and ends one at its last. A form the search could never find as written
 * (ชิป inside ชิปปิ้ง, บาย inside สบาย) does not count.
 */
export class WordCounter extends ReleaseCounter {
  constructor(forms: Iterable<string>) {
    super(forms, { asWords: true });
  }
}

/** Characters of text either side of a place that {@link wordsAt} cuts into words to tell where words begin and end. */
const WORD_CONTEXT = 24;

/** Whether the tokenizer, over the text around it, begins a word at `start` and ends one at `end`. */
function wordsAt(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - WORD_CONTEXT);
  const spans = tokenSpans(text.slice(from, end + WORD_CONTEXT));
  return spans.some((span) => span.start === start - from) && spans.some((span) => span.end === end - from);
}
