import { useCallback, useRef, useState } from 'react';
import { otherLocale, type Locale } from '@/lib/i18n/locales';
import { browserFiles } from '@/lib/search/query/browser';
import { SearchEngine } from '@/lib/search/query/engine';
import { SearchIndex } from '@/lib/search/query/search-index';
import type { SearchQuery, SearchResult } from '@/lib/search/query/types';
import { hasFilters } from '@/lib/search/query/url';

export type Status = 'idle' | 'searching' | 'done' | 'failed';
export type Facets = SearchResult['facets'];

/** No text, no filter: the search before the reader asks anything. */
export const EMPTY: SearchQuery = { q: '', sort: 'relevance', page: 1 };
const NO_FACETS: Facets = { agency: [], category: [], year: [] };

/** The search index generation of each language the page was rendered with (its publication's), when it names them. */
export type Generations = Partial<Record<Locale, string>>;

/**
 * Each search reads its own language's index, then the releases that exist only in the other language (marked in
 * the results), so an English-only release is found from the Thai search as a Thai-only one is from the English.
 * Each reads the generation of `generations`, so the results are those of the publication the page is of.
 */
function createEngine(lang: Locale, generations: Generations): SearchEngine {
  const index = (of: Locale) => new SearchIndex(of, browserFiles, generations[of] ? { gen: generations[of] } : {});
  return new SearchEngine([index(lang), index(otherLocale(lang))]);
}

/** No generation named: the latest of each index. */
const LATEST: Generations = {};

/**
 * The search shown on the page: the query and the text in its box, what the engine found (the latest query wins
 * when answers cross), and the filter counts.
 * - `show(query, moveFocus)` runs a query; with `moveFocus`, focus moves to `resultsHeading` once it is answered.
 * - `prepare()` fetches the counts over the whole archive, before the first search, for the filters.
 * - `nameOf(kind, id)` is an agency's or category's name in the page's language.
 */
export function useSearch(lang: Locale, generations: Generations = LATEST) {
  const [query, setQuery] = useState<SearchQuery>(EMPTY);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [facets, setFacets] = useState<Facets>(NO_FACETS);
  const engine = useRef<SearchEngine | null>(null);
  const latest = useRef(0);
  const pageTitle = useRef('');
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const getEngine = useCallback(() => (engine.current ??= createEngine(lang, generations)), [lang, generations]);

  const show = useCallback(
    async (next: SearchQuery, moveFocus: boolean) => {
      const run = ++latest.current;
      setQuery(next);
      setText(next.q);
      pageTitle.current ||= document.title;
      document.title = next.q ? `${next.q} · ${pageTitle.current}` : pageTitle.current;
      if (!next.q && !hasFilters(next)) {
        setStatus('idle');
        setResult(null);
        return;
      }
      setStatus('searching');
      try {
        const found = await getEngine().search(next);
        if (run !== latest.current) return;
        setResult(found);
        setFacets(found.facets);
        setStatus('done');
        if (moveFocus) resultsHeading.current?.focus();
      } catch {
        if (run === latest.current) setStatus('failed');
      }
    },
    [getEngine],
  );

  const prepare = () => {
    if (status !== 'idle' || facets !== NO_FACETS) return;
    getEngine()
      .search(EMPTY, { countsOnly: true })
      .then((all) => setFacets((current) => (current === NO_FACETS ? all.facets : current)))
      .catch(() => undefined);
  };

  const nameOf = (kind: 'agencies' | 'categories', id: string) => engine.current?.name(kind, id) ?? id;

  return { query, text, setText, status, result, facets, show, prepare, nameOf, resultsHeading };
}
