import type { RefObject } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { fill } from '@/lib/i18n/fill';
import type { SearchMessages } from '@/lib/i18n/search';
import { RESULTS_PER_PAGE, type SearchQuery, type SearchResult } from '@/lib/search/query/types';
import { excerpt, highlight, markedTerms, type Part } from '@/lib/search/query/excerpt';
import { paths } from '@/lib/listing/addresses';
import { DateText } from '../DateText';
import { Digits } from '../Digits';
import type { SearchLink } from './useSearchAddress';
import styles from './Search.module.css';

interface SearchResultsProps {
  lang: Locale;
  t: SearchMessages;
  query: SearchQuery;
  /** A result with at least one release. */
  result: SearchResult;
  /** True while the next search runs (the list shown is the previous one). */
  busy: boolean;
  nameOf: (kind: 'agencies' | 'categories', id: string) => string;
  link: SearchLink;
  /** The hidden heading that focus moves to after paging. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * One page of results: each release's title and an excerpt with the searched words marked, its date, agency and
 * category, a badge ("Thai only", "ภาษาอังกฤษเท่านั้น") on a release found only in the other language's index, and
 * under such a release the words it matched in the other script ("Matched: flood → อุทกภัย"); then links to the
 * other pages.
 */
export function SearchResults({ lang, t, query, result, busy, nameOf, link, headingRef }: SearchResultsProps) {
  const terms = markedTerms(result.terms);
  return (
    <section aria-labelledby="search-results" aria-busy={busy} className={styles.results}>
      <h2 id="search-results" tabIndex={-1} ref={headingRef} className={styles.hidden}>
        {t.searchResults}
      </h2>
      <ol className={styles.list} start={(result.page - 1) * RESULTS_PER_PAGE + 1}>
        {result.hits.map(({ source, doc, lacking, translated }) => {
          const otherOnly = source !== lang;
          const other = otherOnly ? source : undefined;
          return (
            <li key={`${source}-${doc.slug}`} className={styles.hit}>
              <h3 className={styles.title}>
                <a href={paths.article(lang, doc.slug)} lang={other}>
                  <Marked parts={highlight(doc.title, terms)} />
                </a>
                {doc.withdrawn && <span className="badge badge--withdrawn">{t.searchWithdrawn}</span>}
                {otherOnly && <span className="badge">{t.searchOtherLanguageOnly}</span>}
              </h3>
              <p className={styles.meta}>
                <DateText iso={doc.date} lang={lang} />
                {doc.agency && <> · {nameOf('agencies', doc.agency)}</>}
                {doc.category && <> · {nameOf('categories', doc.category)}</>}
              </p>
              <p className={styles.excerpt} lang={other}>
                <Marked parts={excerpt(doc.text, terms)} />
              </p>
              {translated.length > 0 && (
                <p className={styles.lacking}>
                  {t.searchTranslated}{' '}
                  {translated.map(({ word, as }, i) => (
                    <span key={word}>
                      {i > 0 && ', '}
                      {word} → <span lang={source}>{as}</span>
                    </span>
                  ))}
                </p>
              )}
              {lacking.length > 0 && <p className={styles.lacking}>{fill(t.searchLacking, { words: lacking.map((word) => `“${word}”`).join(' ') })}</p>}
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
  );
}

/** Text with the searched words in `<mark>`. */
function Marked({ parts }: { parts: Part[] }) {
  return (
    <>
      {parts.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
