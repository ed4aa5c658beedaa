import { hasThaiLetter } from '../tokenizer';
import type { Concept } from './concepts';
import { commonLeast, type Alternative, type Scores } from './ranking';
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
/** Thai terms tried for a Latin word by its sound (`addSoundTerms`), and Latin words sounded out in a query. */
const SOUNDS_PER_WORD = 2;
const SOUNDED_PER_QUERY = 4;
/** A word that may be a name in Latin letters: Latin letters only (not PM2.5, COVID-19). */
const NAME = /^[a-z]+$/i;
/** A Latin word held as typed by this share of an index's releases or more is a word of that language, not sounded out. */
const NAME_MAX_SHARE = 0.02;

/**
 * The concepts of a query that the releases of `index` (the page's own) hold as typed often enough to be common there
 * (`commonLeast`, as `commonConcepts` counts), a bit each. A run of words counts as common when each of its words is
 * (an estimate from above: a known run of common words, นายก รัฐมนตรี, is as common as its words). A date or a
 * question word is never common. Its shards are the ones a search fetches first.
 */
export async function commonAsTyped(index: SearchIndex, concepts: Concept[]): Promise<number> {
  const least = commonLeast(index.manifest.docs);
  const common = await Promise.all(
    concepts.map(async ({ terms, day, optional }) => day === undefined && !optional && terms.length > 0 && (await Promise.all(terms.map((term) => index.df(term)))).every((df) => df >= least)),
  );
  return common.reduce((bits, yes, c) => (yes ? bits | (1 << c) : bits), 0);
}

/**
 * Each concept's alternatives in `index` (none for a date: `dates.ts` matches those): the terms typed, the dictionary's forms, and (with an expander) up to
 * `PREFIXED_PER_WORD` longer terms for a one-term word of `PREFIX_MIN_LETTERS` letters or more that at most
 * `PREFIX_MAX_SHARE` of the releases hold (a common word finds enough as it is), within `PREFIXED_PER_QUERY` for the
 * query.
 *
 * A concept `common` names (`commonAsTyped` in the page's own index) finds a fifth of the releases as typed: in the
 * page's own index it is looked for as typed only, and in a later index by its forms in that index's script only
 * (the English index by the English ones). Its other forms would each cost a shard fetch (5–11 KB at full scale for
 * นรม., pm, meet: 34 % of «นายกรัฐมนตรี ประชุม») to add releases to a list a fifth of the archive long, and some
 * would add wrong ones (pm, which PM2.5 makes a Thai release's word).
 * @param options.own false for an index searched after the page's own: no longer terms there (see the engine)
 * @param options.common the concepts common in the page's own index, a bit each
 */
export async function alternatives(index: SearchIndex, concepts: Concept[], { own = true, common = 0 } = {}): Promise<Alternative[][]> {
  const expander = own ? index.expander : null;
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
  const inScript = (terms: string[]) => hasThaiLetter(terms.join('')) === (index.lang === 'th');
  return concepts.map((concept, c) => {
    if (concept.day !== undefined) return [];
    const all = [
      { terms: concept.terms, weight: WEIGHT.typed },
      ...concept.equivalents.map((terms) => ({ terms, weight: WEIGHT.equivalent })),
      ...prefixed[c]!.map((term) => ({ terms: [term], weight: WEIGHT.prefixed })),
    ];
    if (!(common & (1 << c))) return all;
    return own ? all.slice(0, 1) : all.filter((alt) => inScript(alt.terms));
  });
}

/**
 * For each one-term word that no release holds, or very few (`RARE`), the terms one slip away in each index, added
 * to its alternatives there (`alternatives[i]`, in place); a correction for each word found nowhere that such a term
 * stands in for, naming the first index's term.
 */
export async function addNearTerms(indexes: SearchIndex[], concepts: Concept[], alternatives: Alternative[][][], scores: Scores[]): Promise<Correction[]> {
  const corrections: Correction[] = [];
  const nearIn = (term: string) => Promise.all(indexes.map((index) => index.expander?.near(term, NEAR_PER_WORD) ?? Promise.resolve([])));
  const add = (c: number, near: string[][]) => near.forEach((terms, i) => alternatives[i]![c]!.push(...nearAlternatives(terms)));
  await Promise.all(
    concepts.map(async (concept, c) => {
      if (concept.day !== undefined) return;
      const found = scores.some((s) => s.found & (1 << c));
      // A Thai word with a slip is often cut into fragments (ออนไลย์ → ออน ไลย์): its slip is looked for in the word
      // as typed, its fragments joined again, when no release holds them all.
      if (concept.terms.length !== 1 && (found || !hasThaiLetter(concept.word))) return;
      const term = concept.terms.join('');
      if (found && (await Promise.all(indexes.map((index) => index.df(term)))).reduce((a, b) => a + b, 0) > RARE) return;
      const near = await nearIn(term);
      add(c, near);
      const first = near.find((terms) => terms.length)?.[0];
      if (!found && first) corrections.push({ word: concept.word, instead: first });
      // …or cut into words of their own, a known one and the rest (อนุทิล → อนุ ทิล, ธุรกิด → ธุ รกิด): when the rest,
      // held nowhere or by very few, has no near term itself, the slip is looked for in the two joined again, and its
      // term stands for both concepts.
      const before = concepts[c - 1];
      if (first || !concept.joined || !before || before.day !== undefined || before.terms.length !== 1 || !hasThaiLetter(before.word)) return;
      const whole = await nearIn(`${before.terms[0]}${term}`);
      add(c - 1, whole);
      add(c, whole);
      const instead = whole.find((terms) => terms.length)?.[0];
      if (!found && instead) corrections.push({ word: `${before.word}${concept.word}`, instead });
    }),
  );
  return corrections;
}

/**
 * For each Latin word the dictionary gives no Thai form (a name without a row: Karom, Surasak), the Thai terms it
 * may spell by its sound in each index with sound pages (`sounding`: the Thai index), added to its alternatives there
 * (`alternatives[i]`, in place) as a near term. A word a fiftieth or more of an index's releases hold as typed is a
 * word of that language, not a name (visit, family): it is not sounded out. At most `SOUNDED_PER_QUERY` words a query,
 * the first typed (each costs a sound page). Before the first scoring, so a release holding the Thai spelling counts
 * the word found, and its result says "matched: Karom → คารม".
 */
export async function addSoundTerms(indexes: SearchIndex[], concepts: Concept[], alternatives: Alternative[][][]): Promise<void> {
  const sounding = indexes.map((index) => index.expander?.sounding?.bind(index.expander));
  if (!sounding.some(Boolean)) return;
  const names = await Promise.all(
    concepts.map(async (concept) => {
      if (concept.day !== undefined || concept.optional || concept.terms.length !== 1 || !NAME.test(concept.word)) return false;
      if (concept.equivalents.some((form) => hasThaiLetter(form.join('')))) return false;
      const shares = await Promise.all(indexes.map(async (index, i) => (sounding[i] ? 0 : (await index.df(concept.terms[0]!)) / Math.max(1, index.manifest.docs))));
      return shares.every((share) => share < NAME_MAX_SHARE);
    }),
  );
  // The first `SOUNDED_PER_QUERY` of them: each costs a sound page.
  const sounded = concepts.flatMap((_, c) => (names[c] ? [c] : [])).slice(0, SOUNDED_PER_QUERY);
  await Promise.all(
    sounded.flatMap((c) =>
      indexes.map(async (_, i) => {
        const found = (await sounding[i]?.(concepts[c]!.word, SOUNDS_PER_WORD)) ?? [];
        alternatives[i]![c]!.push(...nearAlternatives(found));
      }),
    ),
  );
}

/** Terms that stand in for a word (one slip away, or by its sound), each an alternative of the near weight. */
function nearAlternatives(terms: string[]): Alternative[] {
  return terms.map((term) => ({ terms: [term], weight: WEIGHT.near }));
}

/** Letters of a word, leaving out Thai vowel and tone marks written above or below a consonant. */
function letters(word: string): number {
  return word.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length;
}
