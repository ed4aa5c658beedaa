'use client';

import type { Locale } from '@/lib/i18n/locales';
import { fill } from '@/lib/i18n/fill';
import type { SearchMessages } from '@/lib/i18n/search';
import type { SearchQuery, SearchResult } from '@/lib/search/query/types';
import { Digits } from '../Digits';
import { NothingFound } from './NothingFound';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';
import { useSearch, type Generations } from './useSearch';
import { useSearchAddress } from './useSearchAddress';
import styles from './Search.module.css';

/**
 * The search page's client component. The query lives in the address (`useSearchAddress`): the form and the page
 * links write it, and the back button reads it again. The result count is announced through a status region;
 * paging moves focus to the results. `generations` are the search index generations of the publication the page was
 * rendered from, so that results are of that publication.
 */
export function SearchApp({ lang, t, generations }: { lang: Locale; t: SearchMessages; generations?: Generations }) {
  const { query, text, setText, status, result, facets, show, prepare, nameOf, resultsHeading } = useSearch(lang, generations);
  const { go, link } = useSearchAddress(lang, show);
  const done = status === 'done' && result;

  return (
    <>
      <SearchForm lang={lang} t={t} query={query} text={text} onText={setText} facets={facets} nameOf={nameOf} go={go} link={link} onFocus={prepare} />

      <div className={styles.output}>
        <p role="status" className={styles.status}>
          {status === 'searching' && t.searchSearching}
          {status === 'failed' && t.searchFailed}
          {done && result.total > 0 && <Summary lang={lang} t={t} query={query} result={result} />}
          {done && result.total === 0 && (query.q ? fill(t.searchNothingFor, { q: query.q }) : t.searchNothing)}
        </p>

        {/* In the server's HTML too: the page's largest text, painted with it (not once scripts have run). An address with
            a search replaces it with "Searching…" as soon as the page comes alive. */}
        {status === 'idle' && <p className={styles.prompt}>{t.searchPrompt}</p>}

        {done && <WordNotes t={t} result={result} />}

        {result && result.total > 0 && (
          <SearchResults lang={lang} t={t} query={query} result={result} busy={status === 'searching'} nameOf={nameOf} link={link} headingRef={resultsHeading} />
        )}

        {done && result.total === 0 && <NothingFound lang={lang} t={t} query={query} result={result} link={link} />}
      </div>
    </>
  );
}

/** Words searched in another spelling, words found nowhere, and whether no release holds them all. */
function WordNotes({ t, result }: { t: SearchMessages; result: SearchResult }) {
  const quoted = (words: string[]) => words.map((word) => `“${word}”`).join(' ');
  const partial = result.total > 0 && result.complete === 0 && result.words.length - result.missing.length > 1;
  if (!result.corrections.length && !result.missing.length && !partial) return null;
  return (
    <div className={styles.notes}>
      {result.corrections.map(({ word, instead }) => (
        <p key={word}>{fill(t.searchCorrected, { word, instead })}</p>
      ))}
      {result.missing.length > 0 && <p>{fill(t.searchMissing, { words: quoted(result.missing) })}</p>}
      {partial && <p>{t.searchSomeWords}</p>}
    </div>
  );
}

/** "12 results for …", with the page when there are several. */
function Summary({ lang, t, query, result }: { lang: Locale; t: SearchMessages; query: SearchQuery; result: SearchResult }) {
  const one = result.total === 1;
  const count = query.q ? fill(one ? t.searchCountForOne : t.searchCountFor, { count: result.total, q: query.q }) : fill(one ? t.searchCountOne : t.searchCount, { count: result.total });
  const page = result.pages > 1 ? ` · ${fill(t.searchPageOf, { page: result.page, pages: result.pages })}` : '';
  return <Digits text={count + page} lang={lang} />;
}
