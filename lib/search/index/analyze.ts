import { normalizeThai } from '../../thai';
import { forEachTerm, yearTwin } from '../tokenizer';
import { namesIn } from './names';

/** How much of a release's text is indexed: enough for nearly every release whole, while a few very long ones
 * (lists of cabinet resolutions, up to 200,000 characters) do not dominate build time and index size. */
export const INDEXED_CHARS = 12_000;

/**
 * How much of a release with items (`DocRecord.sections`) is indexed: all of it, so that a search finds each item
 * (546 releases of the full corpus, 13.5 % more text to analyze than with `INDEXED_CHARS`, measured 2026-12-07).
 */
export const SECTIONED_CHARS = 400_000;

/** How many times a title word counts. */
export const TITLE_WEIGHT = 3;

/**
 * Numbers terms in the order they are first met. Releases are counted by term number, and a worker thread hands
 * its results over as numbers plus the few terms it met for the first time, not as millions of strings. (The
 * index's lexicon, its sorted term list for readers, is another thing: `lexicon-pages.ts`.)
 */
export class TermNumbering {
  private readonly ids: Map<string, number>;

  constructor(readonly terms: string[] = []) {
    this.ids = new Map(terms.map((term, id) => [term, id]));
  }

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.push(term) - 1;
      this.ids.set(term, id);
    }
    return id;
  }
}

/** What one release contributes to the index: its distinct terms, how often each occurs, and its length. */
export interface Analysis {
  /** Term numbers in the numbering the release was analyzed with, the title's terms first. */
  terms: Uint32Array;
  /** How many of `terms`, from the first, are in the title. */
  titled: number;
  /** Term frequency with title words counted `TITLE_WEIGHT` times (at most 65,535), aligned with `terms`. */
  counts: Uint16Array;
  /** Words in title and (indexed) text: the document length of BM25. */
  length: number;
}

/**
 * Count the terms of a release: title words weigh more (and come first, as a map keeps the order its keys were
 * first set in), and a year also counts as its twin in the other era (๒๕๖๑ is indexed as 2561 and 2018), so a query
 * in either finds it. Terms are counted in a small map of the release's own first, then numbered once each: far
 * fewer lookups in the large numbering.
 * @example
 * const numbering = new TermNumbering();
 * const { terms } = analyze('ข่าว ๒๕๖๑', '', numbering);
 * [...terms].map((id) => numbering.terms[id]) // ['ข่าว', '2561', '2018']
 */
export function analyze(title: string, text: string, numbering: TermNumbering, indexed = INDEXED_CHARS): Analysis {
  const tally = new Map<string, number>();
  let length = 0;
  let weight = TITLE_WEIGHT;
  const visit = (term: string) => {
    tally.set(term, (tally.get(term) ?? 0) + weight);
    const twin = yearTwin(term);
    if (twin) tally.set(twin, (tally.get(twin) ?? 0) + weight);
    length++;
  };
  // A name the segmenter cuts is held whole too (`namesIn`), beside its fragments: it adds no length.
  const visitName = (name: string) => tally.set(name, (tally.get(name) ?? 0) + weight);
  forEachTerm(title, visit);
  namesIn(normalizeThai(title)).forEach(visitName);
  const titled = tally.size;
  weight = 1;
  const body = text.length > indexed ? text.slice(0, indexed) : text;
  forEachTerm(body, visit);
  namesIn(normalizeThai(body)).forEach(visitName);

  const terms = new Uint32Array(tally.size);
  const counts = new Uint16Array(tally.size);
  let i = 0;
  for (const [term, count] of tally) {
    terms[i] = numbering.id(term);
    counts[i++] = Math.min(count, 0xffff);
  }
  return { terms, titled, counts, length };
}
