import { hasThaiLetter } from '../tokenizer';
import type { Concept } from './concepts';
import type { Alternative } from './ranking';
import type { SearchIndex } from './search-index';
import type { Translation } from './types';

/**
 * Which of a query's words a release matched only through a form in the other script (an English word through its
 * Thai translation), for the line "matched: flood → อุทกภัย" under a result from the other language's index. Reads
 * only postings the ranking has already fetched.
 */

const thai = (terms: string[]) => hasThaiLetter(terms.join(''));

/** Whether release `id` holds every term of `terms` (binary search in each postings list). */
async function holds(index: SearchIndex, id: number, terms: string[]): Promise<boolean> {
  for (const term of terms) {
    const postings = await index.termPostings(term);
    if (!postings) return false;
    let low = 0;
    let high = postings.ids.length - 1;
    let found = false;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const value = postings.ids[mid]!;
      if (value === id) {
        found = true;
        break;
      }
      if (value < id) low = mid + 1;
      else high = mid - 1;
    }
    if (!found) return false;
  }
  return true;
}

/**
 * For each concept release `id` matches (`bits`) but not by the terms typed, the first of its alternatives in
 * `index` that the release holds and that is written in the other script than the word.
 * @example // on the English page, a Thai release holding อุทกภัย for the query "flood":
 *   // [{ word: 'flood', as: 'อุทกภัย' }]
 */
export async function translations(index: SearchIndex, id: number, bits: number, concepts: Concept[], alternatives: Alternative[][]): Promise<Translation[]> {
  const found: Translation[] = [];
  for (const [c, concept] of concepts.entries()) {
    if (!(bits & (1 << c)) || concept.day !== undefined) continue;
    const typedThai = thai(concept.terms);
    const [typed, ...others] = alternatives[c] ?? [];
    if (typed && (await holds(index, id, typed.terms))) continue;
    for (const alternative of others) {
      if (thai(alternative.terms) === typedThai || !(await holds(index, id, alternative.terms))) continue;
      found.push({ word: concept.word, as: alternative.terms.join(thai(alternative.terms) ? '' : ' ') });
      break;
    }
  }
  return found;
}
