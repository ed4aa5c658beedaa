import { useEffect, useRef, type FormEvent } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { fill } from '@/lib/i18n/fill';
import type { SearchMessages } from '@/lib/i18n/search';
import type { FacetCount, SearchQuery } from '@/lib/search/query/types';
import { hasFilters } from '@/lib/search/query/url';
import { paths } from '@/lib/listing/addresses';
import { buddhistYearOfYear } from '@/lib/thai';
import type { Facets } from './useSearch';
import type { SearchLink } from './useSearchAddress';
import styles from './Search.module.css';

type Filter = 'agency' | 'category' | 'year';

interface SearchFormProps {
  lang: Locale;
  t: SearchMessages;
  /** The search shown, and the text in its box (which the reader may have changed since). */
  query: SearchQuery;
  text: string;
  onText: (text: string) => void;
  facets: Facets;
  nameOf: (kind: 'agencies' | 'categories', id: string) => string;
  /** Runs a new search (and writes it in the address). */
  go: (next: SearchQuery) => void;
  link: SearchLink;
  /** Called when focus enters the form. */
  onFocus: () => void;
}

/**
 * The search form: a plain GET form without JavaScript; with it, submitting and each filter run a search in place.
 * Each filter lists the number of results each choice would give.
 */
export function SearchForm({ lang, t, query, text, onText, facets, nameOf, go, link, onFocus }: SearchFormProps) {
  const box = useRef<HTMLInputElement>(null);
  // A reader on a slow phone may type before the page comes alive: keep what they typed.
  useEffect(() => {
    const early = box.current?.value;
    if (early) onText(early);
  }, []); // once, when the page comes alive
  // What the box shows: the same as `text` once the page has re-rendered what the reader typed.
  const typed = () => (box.current?.value ?? text).trim();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    go({ ...query, q: typed(), page: 1 });
  };
  const setFilter = (name: Filter | 'sort', value: string) => {
    const next: SearchQuery = { ...query, q: typed(), page: 1 };
    if (name === 'sort') next.sort = value === 'date' ? 'date' : 'relevance';
    else if (name === 'year') {
      if (value) next.year = Number(value);
      else delete next.year;
    } else if (value) next[name] = value;
    else delete next[name];
    go(next);
  };
  const yearName = (year: number) => fill(t.searchYearValue, { year: lang === 'th' ? buddhistYearOfYear(year) : year });

  return (
    <form role="search" aria-label={t.searchFormLabel} action={paths.search(lang)} method="get" onSubmit={onSubmit} onFocus={onFocus} className={styles.form}>
      <label htmlFor="search-q" className={styles.queryLabel}>
        {t.searchQueryLabel}
      </label>
      <div className={styles.queryRow}>
        <input
          id="search-q"
          ref={box}
          className={styles.query}
          type="search"
          name="q"
          value={text}
          onChange={(event) => onText(event.target.value)}
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
        <FacetSelect id="search-agency" name="agency" label={t.searchAgency} any={t.searchAnyAgency} value={query.agency} values={facets.agency} nameOf={(id) => nameOf('agencies', id)} onChange={setFilter} />
        <FacetSelect id="search-category" name="category" label={t.searchCategory} any={t.searchAnyCategory} value={query.category} values={facets.category} nameOf={(id) => nameOf('categories', id)} onChange={setFilter} />
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
  );
}

interface FacetSelectProps {
  id: string;
  name: Filter;
  label: string;
  any: string;
  value: string | undefined;
  values: FacetCount[];
  /** The name of a chosen value that no result has (and so no count lists). */
  nameOf: (id: string) => string;
  onChange: (name: Filter, value: string) => void;
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
