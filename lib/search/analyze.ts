import { TITLE_WEIGHT } from './format';
import { forEachTerm, yearTwin } from './tokenize';

/** How much of a release's text is indexed: enough for nearly every release whole, while a few very long ones
 * (lists of cabinet resolutions, up to 200,000 characters) do not dominate build time and index size. */
export const INDEXED_CHARS = 12_000;

/** What one release contributes to the index: its distinct terms, how often each occurs, and its length. */
export interface Analysis {
  terms: string[];
  /** Term frequency with title words counted `TITLE_WEIGHT` times, aligned with `terms`. */
  counts: number[];
  /** Words in title and (indexed) text: the document length of BM25. */
  length: number;
}

/**
 * Count the terms of a release: title words weigh more, and a year also counts as its twin in the other era
 * (๒๕๖๑ is indexed as 2561 and 2018), so a query in either finds it.
 * @example analyze('ข่าว ๒๕๖๑', '').terms // ['ข่าว', '2561', '2018']
 */
export function analyze(title: string, text: string): Analysis {
  const counts = new Map<string, number>();
  let length = 0;
  const add = (text: string, weight: number) =>
    forEachTerm(text, (term) => {
      counts.set(term, (counts.get(term) ?? 0) + weight);
      const twin = yearTwin(term);
      if (twin) counts.set(twin, (counts.get(twin) ?? 0) + weight);
      length++;
    });
  add(title, TITLE_WEIGHT);
  add(text.length > INDEXED_CHARS ? text.slice(0, INDEXED_CHARS) : text, 1);
  return { terms: [...counts.keys()], counts: [...counts.values()], length };
}
