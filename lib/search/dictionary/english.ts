import { stem } from '../tokenizer';

/**
 * English word forms that the Snowball English (Porter2) stemmer leaves apart although a reader means the same thing:
 * words of one family (economy, economic → economi, econom; recover, recovery → recov, recoveri) and British and
 * American spellings (organise, organize → organis, organ). Pure; `scripts/harvest-dictionary.ts` finds which pairs
 * the corpus writes and puts them into `variants.tsv`, where the search meets them like any other variant.
 */

/**
 * One suffix alternation: a word ending in `from` and the same word ending in `to` are one thing. With `double`, the
 * word's last letter is written twice before `to` (scam → scammer).
 */
export interface EnglishRule {
  from: string;
  to: string;
  double?: boolean;
  kind: 'family' | 'doer' | 'spelling';
  /** The fewest letters of the word the rule rewrites, the one ending in `from` (default {@link MIN_LETTERS}). */
  min?: number;
  example: string;
}

/**
 * The alternations, each between two suffixes that Porter2 does not reduce to one stem. Only suffixes whose two
 * forms name the same thing in nearly every word are listed; the corpus decides which words exist
 * ({@link englishPairs}), and `lists/stop.tsv` drops the rare pair the rule makes of two unrelated words.
 */
export const ENGLISH_RULES: readonly EnglishRule[] = [
  { from: 'y', to: 'ic', kind: 'family', example: 'economy → economic, strategy → strategic' },
  { from: 'y', to: 'ical', kind: 'family', example: 'technology → technological, history → historical' },
  { from: 'y', to: 'ics', kind: 'family', example: 'economy → economics' },
  { from: 'cy', to: 'tic', kind: 'family', example: 'democracy → democratic, diplomacy → diplomatic' },
  { from: 'er', to: 'ery', kind: 'family', example: 'recover → recovery, deliver → delivery' },
  { from: 'ify', to: 'ification', kind: 'family', example: 'certify → certification, identify → identification' },
  { from: 'uce', to: 'uction', kind: 'family', example: 'reduce → reduction, introduce → introduction' },
  { from: 'ibe', to: 'iption', kind: 'family', example: 'describe → description, prescribe → prescription' },
  { from: 'ume', to: 'umption', kind: 'family', example: 'consume → consumption' },
  { from: 'ain', to: 'anation', kind: 'family', example: 'explain → explanation' },
  { from: 'ism', to: 'ist', kind: 'family', example: 'tourism → tourist, terrorism → terrorist' },
  // Porter2 removes -er only from longer words (exporter → export), so a short word and its doer or comparative stay
  // apart. A doubled last consonant or a final e replaced is written only when -er is added to a word; a plain -er
  // often makes another word (corner, former, counter, shoulder, flower, poster), and has no rule.
  { from: '', to: 'er', double: true, kind: 'doer', min: 4, example: 'scam → scammer, plan → planner, thin → thinner' },
  { from: 'e', to: 'er', kind: 'doer', example: 'trade → trader, drive → driver, large → larger' },
  { from: 'ise', to: 'ize', kind: 'spelling', example: 'organise → organize, mobilise → mobilize' },
  { from: 'ised', to: 'ized', kind: 'spelling', example: 'prioritised → prioritized' },
  { from: 'ising', to: 'izing', kind: 'spelling', example: 'mobilising → mobilizing' },
  { from: 'isation', to: 'ization', kind: 'spelling', example: 'organisation → organization' },
  { from: 'our', to: 'or', kind: 'spelling', example: 'labour → labor, neighbour → neighbor' },
  { from: 'tre', to: 'ter', kind: 'spelling', example: 'centre → center, theatre → theater' },
  { from: 'ence', to: 'ense', kind: 'spelling', example: 'defence → defense, licence → license' },
  { from: 'mme', to: 'm', kind: 'spelling', example: 'programme → program' },
  { from: 'ogue', to: 'og', kind: 'spelling', example: 'dialogue → dialog, catalogue → catalog' },
];

/** A rule applies to words of at least this many letters: shorter ones make other words (four → for by -our → -or). */
const MIN_LETTERS = 5;

/** A last syllable whose consonant English doubles before a suffix: one vowel, then one consonant but w, x, y. */
const SHORT_SYLLABLE = /(?:^|[^aeiou])[aeiou][b-df-hj-np-tvz]$/;

/** Two words of one thing and the releases that write the rarer of them. The standard is the one more write. */
export interface EnglishPair {
  variant: string;
  standard: string;
  releases: number;
}

/**
 * The pairs of words the rules relate, among words each written in at least `min` releases, whose stems differ
 * (the pairs Porter2 already joins need no row). One pair per pair of stems: the words most releases write.
 * @param counts lower-case words and how many releases write each ({@link EnglishWordCounter})
 * @returns most written first
 * @example englishPairs(new Map([['economy', 40], ['economic', 90], ['economics', 8]]), 3)
 *   // [{ variant: 'economy', standard: 'economic', releases: 40 }]
 */
export function englishPairs(counts: ReadonlyMap<string, number>, min: number): EnglishPair[] {
  const byStems = new Map<string, EnglishPair & { both: number }>();
  for (const [word, seen] of counts) {
    if (seen < min) continue;
    for (const { from, to, double, min: letters = MIN_LETTERS } of ENGLISH_RULES) {
      if (!word.endsWith(from) || word.length < letters) continue;
      const base = word.slice(0, word.length - from.length);
      if (double && !SHORT_SYLLABLE.test(base)) continue;
      const other = base + (double ? base.slice(-1) : '') + to;
      const otherSeen = counts.get(other) ?? 0;
      if (otherSeen < min) continue;
      const [a, b] = [stem(word), stem(other)];
      if (a === b) continue;
      const [standard, variant] = otherSeen > seen ? [other, word] : [word, other];
      const pair = { variant, standard, releases: Math.min(seen, otherSeen), both: seen + otherSeen };
      const key = [a, b].sort().join('\t');
      const known = byStems.get(key);
      if (!known || pair.both > known.both) byStems.set(key, pair);
    }
  }
  return [...byStems.values()]
    .sort((x, y) => y.releases - x.releases || (x.variant < y.variant ? -1 : 1))
    .map(({ variant, standard, releases }) => ({ variant, standard, releases }));
}

/** Counts in how many texts each lower-case English word (letters a–z only, three or more) occurs. */
export class EnglishWordCounter {
  readonly counts = new Map<string, number>();

  /** Adds one text: each word it holds counts once. */
  add(text: string): void {
    const seen = new Set<string>();
    for (const [word] of text.matchAll(/(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])/g)) seen.add(word.toLowerCase());
    for (const word of seen) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
  }
}
