import { otherLocale, type Locale } from '@/lib/i18n/locales';
import type { SearchMessages } from '@/lib/i18n/search';
import type { SearchQuery, SearchResult } from '@/lib/search/query/types';
import { hasFilters, searchParamsOf } from '@/lib/search/query/url';
import { paths } from '@/lib/listing/addresses';
import { EMPTY } from './useSearch';
import type { SearchLink } from './useSearchAddress';
import styles from './Search.module.css';

/**
 * What to try when a search found nothing: fewer words, another spelling, the same words without filters (a broader
 * search), the other language. Words that no release holds are named above it (`SearchApp`).
 */
export function NothingFound({ lang, t, query, result, link }: { lang: Locale; t: SearchMessages; query: SearchQuery; result: SearchResult; link: SearchLink }) {
  return (
    <section aria-labelledby="search-nothing" className={styles.nothing}>
      <h2 id="search-nothing">{t.searchTry}</h2>
      <ul>
        {result.words.length > 1 && <li>{t.searchTryFewerWords}</li>}
        {query.q && <li>{t.searchTrySpelling}</li>}
        {hasFilters(query) && (
          <li>
            <a {...link({ q: query.q, sort: query.sort, page: 1 })}>{t.searchTryWithoutFilters}</a>
          </li>
        )}
        {query.q && (
          <li>
            <a href={`${paths.search(otherLocale(lang))}?${searchParamsOf({ ...EMPTY, q: query.q })}`}>{t.searchTryOtherLanguage}</a>
          </li>
        )}
      </ul>
    </section>
  );
}
