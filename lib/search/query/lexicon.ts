import {
  decodeLexiconPage,
  indexFiles,
  lexiconKey,
  lexiconPageOf,
  lexiconPagesOf,
  lexiconTerm,
  skeleton,
  SOUND_MIN_LENGTH,
  soundEntryParts,
  unzipped,
  type Files,
  type LexiconPage,
  type Manifest,
} from '../format';
import { soundKey } from '../../thai';
import { hasThaiLetter } from '../tokenizer';
import { once } from './once';
import type { TermExpander } from './types';

/**
 * What a reader's word may have meant, from the index's lexicon (`format/lexicon.ts`): the terms that start with it
 * (the full name กรุงเทพมหานคร for กรุงเทพ, a compound the segmenter kept whole) and the terms one typing slip away
 * from it (a missing ์, a swapped tone mark, one wrong letter). Fetches one page of the lexicon for most words, a
 * few at most, and keeps the pages it fetched.
 */

/** A prefix whose terms fill more pages than this (one or two letters, such as ก or ประ) is answered from its first pages only. */
export const PREFIX_PAGES = 4;
/** `near` reads at most this many pages: the terms sharing the most letters with the word that fit. */
export const NEAR_PAGES = 3;
/**
 * The shortest word `near` looks for slips of, in UTF-16 code units (Thai marks count as characters): Thai words of
 * three code units (ที่, ไป) and Latin words of four letters have too many real words one slip away.
 */
export const NEAR_MIN_LENGTH = { thai: 4, other: 5 } as const;
/**
 * A Thai term held by this share of the releases or more is a common word, never a name's spelling for `sounding`…
 * (ทั้ง, ทาง for Tang)
 */
export const SOUND_MAX_SHARE = 0.02;
/** …and by this many releases or more: in a small index no word is that common (as `COMMON_MIN`, `ranking.ts`). */
export const SOUND_MIN_COMMON = 50;

/** One language's lexicon, read through the same files as its index: the engine's default `TermExpander`. */
export class LexiconReader implements TermExpander {
  private readonly pages = { lexicon: new Map<number, Promise<LexiconPage>>(), sounds: new Map<number, Promise<LexiconPage>>() };

  /**
   * @param manifest the language's manifest (already loaded by its `SearchIndex`): the generation and the page separators
   */
  constructor(
    readonly lang: string,
    private readonly files: Files,
    private readonly manifest: Manifest,
  ) {}

  /**
   * The terms that start with `term` and are longer, most releases first, at most `limit`; none for a number or a
   * one-letter word.
   * @example await lexicon.prefixed('กรุงเทพ', 5) // ['กรุงเทพมหานคร', 'กรุงเทพฯ', …]
   */
  async prefixed(term: string, limit: number): Promise<string[]> {
    const range = limit > 0 && lexiconTerm(term) ? lexiconPagesOf(this.manifest.lexicon, skeleton(term)) : null;
    if (!range) return [];
    const [first, last] = range;
    return this.best(first, Math.min(last, first + PREFIX_PAGES - 1), (candidate) => candidate.length > term.length && candidate.startsWith(term), limit);
  }

  /**
   * The terms one slip from `term` (`oneSlip`), most releases first, at most `limit`; none for words shorter than
   * `NEAR_MIN_LENGTH`. Slips in the first letters of a word are found only when the terms starting with those letters
   * fit in `NEAR_PAGES` pages; a slip in a mark (ั ิ ่ ้ ์ …) is found anywhere in the word.
   * @example await lexicon.near('ออนไลย์', 3) // ['ออนไลน์']
   */
  async near(term: string, limit: number): Promise<string[]> {
    const letters = skeleton(term);
    const separators = this.manifest.lexicon;
    if (limit <= 0 || !lexiconTerm(term) || !letters || !separators.length) return [];
    if (term.length < (hasThaiLetter(term) ? NEAR_MIN_LENGTH.thai : NEAR_MIN_LENGTH.other)) return [];
    let [first, last] = lexiconPagesOf(separators, letters.slice(0, 1))!;
    for (let k = 2; k <= letters.length && last - first >= NEAR_PAGES; k++) [first, last] = lexiconPagesOf(separators, letters.slice(0, k))!;
    if (last - first >= NEAR_PAGES) {
      const own = lexiconPageOf(separators, lexiconKey(term));
      [first, last] = [Math.max(first, own - 1), Math.min(last, own - 1 + NEAR_PAGES - 1)];
    }
    return this.best(first, last, (candidate) => oneSlip(term, candidate), limit);
  }

  /**
   * The Thai terms a Latin word may spell (a name the dictionary has no row for): those whose romanization has the
   * word's matching key (`soundKey`), most releases first, at most `limit`, leaving out words of `SOUND_MAX_SHARE` of
   * the releases or more (ทั้ง and ทาง sound like Tang: a name that common has a row). Not the keys one slip away:
   * on the harness they found nothing right and much wrong (Wallet: เวนิส, ไวร์เลส; Sirinat: ศิริราช). Reads one
   * sound page; none for a word of Thai letters, or without sound pages (the English index).
   * @example await lexicon.sounding('Anutin', 2) // ['อนุทิน']
   */
  async sounding(word: string, limit: number): Promise<string[]> {
    const separators = this.manifest.sounds;
    const key = soundKey(word);
    if (limit <= 0 || !separators?.length || hasThaiLetter(word) || key.length < SOUND_MIN_LENGTH) return [];
    const { terms, df } = await this.page(lexiconPageOf(separators, key), 'sounds');
    const most = Math.max(SOUND_MIN_COMMON, this.manifest.docs * SOUND_MAX_SHARE);
    const found: { term: string; df: number }[] = [];
    terms.forEach((entry, i) => {
      const [sound, term] = soundEntryParts(entry);
      if (sound === key && df[i]! < most) found.push({ term, df: df[i]! });
    });
    return found
      .sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1))
      .slice(0, limit)
      .map((entry) => entry.term);
  }

  /** The terms of pages `first` … `last` that pass `keep`, most releases first (then in code-unit order), at most `limit`. */
  private async best(first: number, last: number, keep: (term: string) => boolean, limit: number): Promise<string[]> {
    const found: { term: string; df: number }[] = [];
    const pages = await Promise.all(Array.from({ length: last - first + 1 }, (_, k) => this.page(first + k)));
    for (const { terms, df } of pages) {
      terms.forEach((term, i) => {
        if (keep(term)) found.push({ term, df: df[i]! });
      });
    }
    found.sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1));
    return found.slice(0, limit).map((entry) => entry.term);
  }

  /** Page `n` of the lexicon or of the sound pages, fetched once. */
  private page(n: number, kind: 'lexicon' | 'sounds' = 'lexicon'): Promise<LexiconPage> {
    return once(this.pages[kind], n, () => unzipped(this.files, indexFiles[kind](this.lang, this.manifest.gen, n)).then(decodeLexiconPage));
  }
}

/**
 * Whether `b` is one slip from `a`: one character replaced, added or left out, or two neighbours swapped (UTF-16
 * code units, so a Thai vowel or tone mark is a character of its own).
 * @example oneSlip('ส่าง', 'สาง') // true; oneSlip('น้ำ', 'นำ้') // true; oneSlip('ab', 'ab') // false
 */
export function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}
