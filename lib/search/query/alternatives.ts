import { hasThaiLetter } from '../tokenizer';
import type { Concept } from './concepts';
import type { Alternative, Scores } from './ranking';
import type { SearchIndex } from './search-index';
import type { Correction } from './types';

/**
 * The forms a concept may take in an index, each a way a release can match it: the terms typed, the dictionary's
 * equivalent forms, and from the index's `TermExpander`, longer terms starting with the word (the compound
 * กรุงเทพมหานคร for กรุงเทพ) and, for a word found nowhere, terms one typing slip away.
 */

/** How much each kind of alternative weighs, against the terms typed. */
const WEIGHT = { typed: 1, equivalent: 0.8, near: 0.6, prefixed: 0.4 } as const;
/** Longer terms tried for a word (compounds), and for the whole query: each costs a shard fetch. */
const PREFIXED_PER_WORD = 2;
const PREFIXED_PER_QUERY = 8;
/** A word needs this many letters (Thai marks above and below not counted) before longer terms are tried for it. */
const PREFIX_MIN_LETTERS = 3;
/** Longer terms are tried only for a word held by at most this share of the releases. */
const PREFIX_MAX_SHARE = 0.02;
/** Terms one slip away tried for a word found nowhere. */
const NEAR_PER_WORD = 2;
/** A word held by at most this many releases is also tried one slip away. */
const RARE = 1;

/**
 * Each concept's alternatives in `index` (none for a date: `dates.ts` matches those): the terms typed, the dictionary's forms, and (with an expander) up to
 * `PREFIXED_PER_WORD` longer terms for a one-term word of `PREFIX_MIN_LETTERS` letters or more that at most
 * `PREFIX_MAX_SHARE` of the releases hold (a common word finds enough as it is), within `PREFIXED_PER_QUERY` for the
 * query.
 * @param options.prefixes false: no longer terms (an index searched after the page's own)
 */
export async function alternatives(index: SearchIndex, concepts: Concept[], { prefixes = true } = {}): Promise<Alternative[][]> {
  const expander = prefixes ? index.expander : null;
  const wanted = expander
    ? await Promise.all(
        concepts.map(async ({ terms }) => terms.length === 1 && letters(terms[0]!) >= PREFIX_MIN_LETTERS && (await index.df(terms[0]!)) <= index.manifest.docs * PREFIX_MAX_SHARE),
      )
    : [];
  let budget = PREFIXED_PER_QUERY;
  const prefixed = await Promise.all(
    concepts.map((concept, c) => {
      if (!expander || !wanted[c] || budget <= 0) return [];
      const limit = Math.min(PREFIXED_PER_WORD, budget);
      budget -= limit;
      return expander.prefixed(concept.terms[0]!, limit);
    }),
  );
  return concepts.map((concept, c) => concept.day !== undefined ? [] : [
    { terms: concept.terms, weight: WEIGHT.typed },
    ...concept.equivalents.map((terms) => ({ terms, weight: WEIGHT.equivalent })),
    ...prefixed[c]!.map((term) => ({ terms: [term], weight: WEIGHT.prefixed })),
  ]);
}

/**
 * For each one-term word that no release holds, or very few (`RARE`), the terms one slip away in each index, added
 * to its alternatives there (`alternatives[i]`, in place); a correction for each word found nowhere that such a term
 * stands in for, naming the first index's term.
 */
export async function addNearTerms(indexes: SearchIndex[], concepts: Concept[], alternatives: Alternative[][][], scores: Scores[]): Promise<Correction[]> {
  const corrections: Correction[] = [];
  await Promise.all(
    concepts.map(async (concept, c) => {
      if (concept.day !== undefined) return;
      const found = scores.some((s) => s.found & (1 << c));
      // A Thai word with a slip is often cut into fragments (ออนไลย์ → ออน ไลย์): its slip is looked for in the word
      // as typed, its fragments joined again, when no release holds them all.
      if (concept.terms.length !== 1 && (found || !hasThaiLetter(concept.word))) return;
      const term = concept.terms.join('');
      if (found && (await Promise.all(indexes.map((index) => index.df(term)))).reduce((a, b) => a + b, 0) > RARE) return;
      const near = await Promise.all(indexes.map((index) => index.expander?.near(term, NEAR_PER_WORD) ?? Promise.resolve([])));
      near.forEach((terms, i) => alternatives[i]![c]!.push(...terms.map((t) => ({ terms: [t], weight: WEIGHT.near }))));
      const first = near.find((terms) => terms.length)?.[0];
      if (!found && first) corrections.push({ word: concept.word, instead: first });
    }),
  );
  return corrections;
}

/** Letters of a word, leaving out Thai vowel and tone marks written above or below a consonant. */
function letters(word: string): number {
  return word.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length;
}
