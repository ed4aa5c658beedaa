import { TermFilter, type DocRecord } from '../format';
import { terms as termsOf } from '../tokenizer';
import { popCount } from './ranking';
import type { HitSection } from './types';

/** How much more a searched term counts in an item's heading than in its text, as a release's title counts. */
const HEADING_WEIGHT = 3;

/** When more items than this hold the searched terms equally (the release's general words), none is named. */
const MOST_TIED = 3;

/** An item's heading terms and its text's, as both functions below ask them. */
interface Place {
  heading: Set<string>;
  text: TermFilter;
}

/** The items of each release read so far: its headings cut into terms once, whichever function asks first. */
const placesOf = (() => {
  const read = new WeakMap<DocRecord, Place[]>();
  return (doc: DocRecord): Place[] => {
    let places = read.get(doc);
    if (!places) {
      places = (doc.sections ?? []).map((section) => ({ heading: new Set(termsOf(section.label)), text: new TermFilter(section.terms) }));
      read.set(doc, places);
    }
    return places;
  };
})();

/** Whether every term of `terms` (one alternative of a concept; none is never held) is where `where` says. */
const held = (terms: readonly string[], where: (term: string) => boolean) => terms.length > 0 && terms.every(where);

/**
 * The item of a long release where a result's searched words are: the one holding the most of the query's concepts
 * (a concept held when every term of one of its alternatives is in the item), a concept in the item's heading
 * counting `HEADING_WEIGHT` times; the first of equals. A concept the release's own title holds is left out: it
 * names the release, and its items repeat it. None for a release without items, when no item holds a concept, or
 * when more than `MOST_TIED` items hold them equally.
 * @param concepts for each concept of the query, its alternatives in the result's index, each a list of terms
 * @example sectionOf(doc, [[['เบนซิน']], [['จักรยานยนต์']]]) // { id: 'item-17', label: '17. รายงานเปรียบเทียบ…' }
 */
export function sectionOf(doc: DocRecord, concepts: readonly (readonly (readonly string[])[])[]): HitSection | undefined {
  if (!doc.sections?.length) return undefined;
  const title = new Set(termsOf(doc.title));
  const searched = concepts.filter((forms) => !forms.some((terms) => terms.every((term) => title.has(term))));
  if (!searched.length) return undefined;
  const scores = placesOf(doc).map(({ heading, text }) =>
    searched.reduce((sum, forms) => {
      if (forms.some((terms) => held(terms, (term) => heading.has(term)))) return sum + HEADING_WEIGHT;
      return forms.some((terms) => held(terms, (term) => heading.has(term) || text.has(term))) ? sum + 1 : sum;
    }, 0),
  );
  const best = Math.max(...scores);
  if (best === 0 || scores.filter((score) => score === best).length > MOST_TIED) return undefined;
  const { id, label } = doc.sections[scores.indexOf(best)]!;
  return { id, label };
}

/**
 * The concepts a release with items holds in one place: in its title and opening (the text its result file carries),
 * together with the one item holding the most of them. A long release (a cabinet meeting's summary of a hundred items)
 * holds nearly every word somewhere; it answers a query as a release does only when one of its items holds the words.
 * Undefined for a release without items (its index bits stand).
 * @param concepts for each concept of the query, its alternatives in the result's index, each a list of terms; a
 *   concept with none (a date) is held
 * @returns the bits of the concepts held
 * @example heldInOnePlace(doc, [[['ภาษี']], [['ถนน']]]) // 0b01: only item 1 (ภาษี) or item 2 (ถนน), not both
 */
export function heldInOnePlace(doc: DocRecord, concepts: readonly (readonly (readonly string[])[])[]): number | undefined {
  if (!doc.sections?.length) return undefined;
  const opening = new Set([...termsOf(doc.title), ...termsOf(doc.text)]);
  const heldWhere = (where: (term: string) => boolean) => concepts.reduce((bits, forms, c) => (forms.length === 0 || forms.some((terms) => held(terms, where)) ? bits | (1 << c) : bits), 0);
  const open = heldWhere((term) => opening.has(term));
  let best = open;
  for (const { heading, text } of placesOf(doc)) {
    const bits = open | heldWhere((term) => heading.has(term) || text.has(term));
    if (popCount(bits) > popCount(best)) best = bits;
  }
  return best;
}
