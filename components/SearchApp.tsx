'use client';

import { useCallback, useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { fill } from '@/lib/i18n/fill';
import type { SearchMessages } from '@/lib/i18n/search';
import { paths } from '@/lib/site';
import { browserFiles } from '@/lib/search/query/browser';
import { PAGE_SIZE, SearchEngine, SearchIndex, type FacetCount, type SearchQuery, type SearchResult } from '@/lib/search/query/engine';
import { excerpt, highlight, markedTerms, type Part } from '@/lib/search/query/excerpt';
import { hasFilters, parseSearchParams, searchParamsOf } from '@/lib/search/query/url';
import { DateText } from './DateText';
import { Digits } from './Digits';
import styles from './Search.module.css';

type Status = 'idle' | 'searching' | 'done' | 'failed';
type Facets = SearchResult['facets'];

const EMPTY: SearchQuery = { q: '', sort: 'relevance', page: 1 };
const NO_FACETS: Facets = { agency: [], category: [], year: [] };

/** The Thai search reads the Thai index; the English one reads the English index, then Thai-only releases. */
function createEngine(lang: Locale): SearchEngine {
  const th = new SearchIndex('th', browserFiles);
  return new SearchEngine(lang === 'th' ? [th] : [new SearchIndex('en', browserFiles), th]);
}

/**
 * The search page's only interactive part. The query lives in the address (`?q=…&agency=…&year=…&sort=date&page=2`):
 * the form and the page links write it with `history.pushState`, and the back button reads it again. The result
 * count is announced through a status region; paging moves focus to the results.
 */
export function SearchApp({ lang, t }: { lang: Locale; t: SearchMessages }) {
  const [query, setQuery] = useState<SearchQuery>(EMPTY);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [facets, setFacets] = useState<Facets>(NO_FACETS);
  /** False in the server's HTML, so the "type something" prompt never flashes before a search in the address runs. */
  const [mounted, setMounted] = useState(false);
  const engine = useRef<SearchEngine | null>(null);
  const latest = useRef(0);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const getEngine = useCallback(() => (engine.current ??= createEngine(lang)), [lang]);

  const pageTitle = useRef('');

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

  useEffect(() => {
    const fromAddress = () => void show(parseSearchParams(new URLSearchParams(window.location.search)), false);
    setMounted(true);
    fromAddress();
    window.addEventListener('popstate', fromAddress);
    return () => window.removeEventListener('popstate', fromAddress);
  }, [show]);

  const go = (next: SearchQuery, moveFocus = false) => {
    const search = searchParamsOf(next);
    window.history.pushState(null, '', search ? `?${search}` : window.location.pathname);
    void show(next, moveFocus);
  };

  /** Before the first search, the filters get their counts over the whole archive once the reader is in the form. */
  const prepare = () => {
    if (status !== 'idle' || facets !== NO_FACETS) return;
    getEngine()
      .search(EMPTY, { countsOnly: true })
      .then((all) => setFacets((current) => (current === NO_FACETS ? all.facets : current)))
      .catch(() => undefined);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    go({ ...query, q: text.trim(), page: 1 });
  };
  const setFilter = (name: 'agency' | 'category' | 'year' | 'sort', value: string) => {
    const next: SearchQuery = { ...query, q: text.trim(), page: 1 };
    if (name === 'sort') next.sort = value === 'date' ? 'date' : 'relevance';
    else if (name === 'year') {
      if (value) next.year = Number(value);
      else delete next.year;
    } else if (value) next[name] = value;
    else delete next[name];
    go(next);
  };
  const link = (next: SearchQuery) => ({
    href: `${paths.search(lang)}?${searchParamsOf(next)}`,
    onClick: (event: MouseEvent) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      go(next, true);
    },
  });

  const facetName = (kind: 'agencies' | 'categories', id: string) => engine.current?.name(kind, id) ?? id;
  const yearName = (year: number) => fill(t.searchYearValue, { year: lang === 'th' ? year + 543 : year });
  const terms = result ? markedTerms(result.terms) : new Set<string>();
  const done = status === 'done' && result;

  return (
    <>
      <form role="search" aria-label={t.searchFormLabel} action={paths.search(lang)} method="get" onSubmit={onSubmit} onFocus={prepare} className={styles.form}>
        <label htmlFor="search-q" className={styles.queryLabel}>
          {t.searchQueryLabel}
        </label>
        <div className={styles.queryRow}>
          <input
            id="search-q"
            className={styles.query}
            type="search"
            name="q"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby="search-hint"
            enterKeyHint="search"
            autoComplete="off"
          />
          <button type="submit" className={styles.submit}>
            {t.searchButton}
          </button>
        </div>
        <p id="search-hint" className={styles.hint}>
          {t.searchHint}
        </p>
        <div className={styles.filters}>
          <FacetSelect id="search-agency" name="agency" label={t.searchAgency} any={t.searchAnyAgency} value={query.agency} values={facets.agency} nameOf={(id) => facetName('agencies', id)} onChange={setFilter} />
          <FacetSelect id="search-category" name="category" label={t.searchCategory} any={t.searchAnyCategory} value={query.category} values={facets.category} nameOf={(id) => facetName('categories', id)} onChange={setFilter} />
          <FacetSelect
            id="search-year"
            name="year"
            label={t.searchYear}
            any={t.searchAnyYear}
            value={query.year === undefined ? undefined : String(query.year)}
            values={facets.year.map(({ year, count }) => ({ id: String(year), name: yearName(year), count }))}
            nameOf={(id) => yearName(Number(id))}
            onChange={setFilter}
          />
          <div className={styles.filter}>
            <label htmlFor="search-sort">{t.searchSort}</label>
            <select id="search-sort" name="sort" value={query.sort} onChange={(event) => setFilter('sort', event.target.value)}>
              <option value="relevance">{t.searchSortRelevance}</option>
              <option value="date">{t.searchSortDate}</option>
            </select>
          </div>
        </div>
        {hasFilters(query) && (
          <p className={styles.clear}>
            <a {...link({ q: query.q, sort: query.sort, page: 1 })}>{t.searchClearFilters}</a>
          </p>
        )}
      </form>

      <div className={styles.output}>
        <p role="status" className={styles.status}>
          {status === 'searching' && t.searchSearching}
          {status === 'failed' && t.searchFailed}
          {done && result.total > 0 && <Summary lang={lang} t={t} query={query} result={result} />}
          {done && result.total === 0 && (query.q ? fill(t.searchNothingFor, { q: query.q }) : t.searchNothing)}
        </p>

        {status === 'idle' && mounted && <p className={styles.prompt}>{t.searchPrompt}</p>}

        {result && result.total > 0 && (
          <section aria-labelledby="search-results" aria-busy={status === 'searching'} className={styles.results}>
            <h2 id="search-results" tabIndex={-1} ref={resultsHeading} className={styles.hidden}>
              {t.searchResults}
            </h2>
            <ol className={styles.list} start={(result.page - 1) * PAGE_SIZE + 1}>
              {result.hits.map(({ source, doc }) => {
                const thaiOnly = source !== lang;
                const other = thaiOnly ? 'th' : undefined;
                return (
                  <li key={`${source}-${doc.slug}`} className={styles.hit}>
                    <h3 className={styles.title}>
                      <a href={paths.article(lang, doc.slug)} lang={other}>
                        <Marked parts={highlight(doc.title, terms)} />
                      </a>
                      {thaiOnly && <span className="badge">{t.searchThaiOnly}</span>}
                    </h3>
                    <p className={styles.meta}>
                      <DateText iso={doc.date} lang={lang} />
                      {doc.agency && <> · {facetName('agencies', doc.agency)}</>}
                      {doc.category && <> · {facetName('categories', doc.category)}</>}
                    </p>
                    <p className={styles.excerpt} lang={other}>
                      <Marked parts={excerpt(doc.text, terms)} />
                    </p>
                  </li>
                );
              })}
            </ol>
            {result.pages > 1 && (
              <nav aria-label={t.searchPages} className={styles.pages}>
                {result.page > 1 && <a {...link({ ...query, page: result.page - 1 })}>{t.searchPrevious}</a>}
                <span>
                  <Digits text={fill(t.searchPageOf, { page: result.page, pages: result.pages })} lang={lang} />
                </span>
                {result.page < result.pages && <a {...link({ ...query, page: result.page + 1 })}>{t.searchNext}</a>}
              </nav>
            )}
          </section>
        )}

        {done && result.total === 0 && (
          <section aria-labelledby="search-nothing" className={styles.nothing}>
            <h2 id="search-nothing">{t.searchTry}</h2>
            <ul>
              {result.terms.length > 1 && <li>{t.searchTryFewerWords}</li>}
              {query.q && <li>{t.searchTrySpelling}</li>}
              {hasFilters(query) && (
                <li>
                  <a {...link({ q: query.q, sort: query.sort, page: 1 })}>{t.searchTryWithoutFilters}</a>
                </li>
              )}
              {query.q && (
                <li>
                  <a href={`${paths.search(lang === 'th' ? 'en' : 'th')}?${searchParamsOf({ ...EMPTY, q: query.q })}`}>{t.searchTryOtherLanguage}</a>
                </li>
              )}
            </ul>
          </section>
        )}
      </div>
    </>
  );
}

function Summary({ lang, t, query, result }: { lang: Locale; t: SearchMessages; query: SearchQuery; result: SearchResult }) {
  const one = result.total === 1;
  const count = query.q ? fill(one ? t.searchCountForOne : t.searchCountFor, { count: result.total, q: query.q }) : fill(one ? t.searchCountOne : t.searchCount, { count: result.total });
  const page = result.pages > 1 ? ` · ${fill(t.searchPageOf, { page: result.page, pages: result.pages })}` : '';
  return <Digits text={count + page} lang={lang} />;
}

function Marked({ parts }: { parts: Part[] }) {
  return (
    <>
      {parts.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}

interface FacetSelectProps {
  id: string;
  name: 'agency' | 'category' | 'year';
  label: string;
  any: string;
  value: string | undefined;
  values: FacetCount[];
  /** The name of a chosen value that no result has (and so no count lists). */
  nameOf: (id: string) => string;
  onChange: (name: 'agency' | 'category' | 'year', value: string) => void;
}

/** A filter with the number of results each choice would give; a chosen value stays listed even at zero. */
function FacetSelect({ id, name, label, any, value, values, nameOf, onChange }: FacetSelectProps) {
  const listed = value && !values.some((v) => v.id === value) ? [{ id: value, name: nameOf(value), count: 0 }, ...values] : values;
  return (
    <div className={styles.filter}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value ?? ''} onChange={(event) => onChange(name, event.target.value)}>
        <option value="">{any}</option>
        {listed.map((v) => (
          <option key={v.id} value={v.id}>
            {`${v.name} (${v.count})`}
          </option>
        ))}
      </select>
    </div>
  );
}
