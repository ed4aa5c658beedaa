import type { DocRecord } from '../format';

/**
 * The contracts of search, as the search page and its address use them: what a query asks, what it answers, and
 * what a source of longer or corrected terms offers. Modules that only need these import this file, not the engine.
 */

/** How a result list is ordered: best match first, or newest first. */
export type SortOrder = 'relevance' | 'date';

/** One search, as the address holds it (`url.ts`). */
export interface SearchQuery {
  /** The words typed, trimmed; empty for a search by filters alone. */
  q: string;
  /** Only releases of this agency (its registry id). */
  agency?: string;
  /** Only releases of this category (its registry id). */
  category?: string;
  /** Only releases of this year, CE. */
  year?: number;
  /** How the result list is ordered. */
  sort: SortOrder;
  /** The page of the result list asked for, 1-based (a page past the last shows the last). */
  page: number;
}

/** Releases in one page of results. */
export const RESULTS_PER_PAGE = 10;

/** How many releases one choice of a filter would list. */
export interface FacetCount {
  /** The agency's or category's registry id. */
  id: string;
  /** Its name in the language of the first index searched (else of a later one). */
  name: string;
  /** Releases listed with this choice, the other filters as they are. */
  count: number;
}

/** One release of a result page. */
export interface Hit {
  /** The language of the index the release came from. */
  source: string;
  /** The release as a result shows it: title, date, facets, the opening of its text. */
  doc: DocRecord;
  /** The query's words this release does not hold (empty when it holds them all). */
  lacking: string[];
  /**
   * For a release from a later index (the Thai one on the English page): the query's words it matched only in the
   * other script, each with the form it holds (`flood` → `อุทกภัย`); empty otherwise.
   */
  translated: Translation[];
  /** The item of a long release where the searched words are (`sections.ts`): a result links to it. */
  section?: HitSection;
}

/** A word of the query and the form in the other script a release matched it by. */
export interface Translation {
  /** The word as typed. */
  word: string;
  /** The form the release holds, its terms joined. */
  as: string;
}

/** An item of a long release, as a result names it. */
export interface HitSection {
  /** The id of its heading on the release page: the result links to `…#item-17`. */
  id: string;
  /** Its number and heading: `17. รายงานเปรียบเทียบ…`. */
  label: string;
}

/** A word of the query found nowhere, searched as a term one typing slip away instead. */
export interface Correction {
  /** The word typed. */
  word: string;
  /** The word searched instead, as a release on the page spells it (else as the index knows it). */
  instead: string;
}

/** What a search answers. */
export interface SearchResult {
  /** Every term the releases found were matched by (the words typed, their equivalents, expansions): to mark. */
  terms: string[];
  /** The query's words, as concepts, in the order typed. */
  words: string[];
  /** The words no release holds (in any form), even after a correction was tried. */
  missing: string[];
  /** Words found nowhere and searched in another spelling. */
  corrections: Correction[];
  /** Releases listed: those holding all words first, then those holding most. */
  total: number;
  /** Releases holding every word found anywhere. */
  complete: number;
  /** The page shown, 1-based: the page asked for, or the last one when it asked past it. */
  page: number;
  /** Pages of `RESULTS_PER_PAGE` releases in the whole list (at least 1). */
  pages: number;
  /** The releases of the page shown, in order; none when only counts were asked for. */
  hits: Hit[];
  /** For each filter, how many releases each of its choices would list, the other filters as they are. */
  facets: {
    /** Most releases first, then by name. */
    agency: FacetCount[];
    /** Most releases first, then by name. */
    category: FacetCount[];
    /** Newest year first. */
    year: { year: number; count: number }[];
  };
}

/**
 * Other terms of one index for a query word: those starting with it and those one typing slip away, most frequent
 * first, never the term itself. The lexicon reader (`lexicon.ts`) is the one the site uses.
 */
export interface TermExpander {
  /** At most `limit` longer terms starting with `term` (กรุงเทพมหานคร for กรุงเทพ). */
  prefixed(term: string, limit: number): Promise<string[]>;
  /** At most `limit` terms one typing slip from `term` (ออนไลน์ for ออนไลย์). */
  near(term: string, limit: number): Promise<string[]>;
  /** At most `limit` Thai terms a Latin word may spell by its sound (อนุทิน for Anutin); none where the index has no sound pages. */
  sounding?(word: string, limit: number): Promise<string[]>;
}
