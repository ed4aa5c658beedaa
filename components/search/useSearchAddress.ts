import { useEffect, type MouseEvent } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { SearchQuery } from '@/lib/search/query/types';
import { parseSearchParams, searchParamsOf } from '@/lib/search/query/url';
import { paths } from '@/lib/listing/addresses';

/** An address of a search, and the click handler that goes there without loading the page again. */
export type SearchLink = (next: SearchQuery) => { href: string; onClick: (event: MouseEvent) => void };

/**
 * The search in the address (`?q=…&agency=…&year=…&sort=date&page=2`), so a result list can be shared and the back
 * button works. The address is read once mounted and on every back or forward; `go` writes a new search with
 * `history.pushState`. Each time, `show` gets the search (and, from `go`, whether focus should move to the results).
 * @returns `go`; `link`, for page and filter links (a modified click opens the address the usual way)
 */
export function useSearchAddress(lang: Locale, show: (query: SearchQuery, moveFocus: boolean) => unknown) {
  useEffect(() => {
    const fromAddress = () => void show(parseSearchParams(new URLSearchParams(window.location.search)), false);
    // An address with no search leaves the form as it is (with what the reader may have typed already).
    if (window.location.search) fromAddress();
    window.addEventListener('popstate', fromAddress);
    return () => window.removeEventListener('popstate', fromAddress);
  }, [show]);

  const go = (next: SearchQuery, moveFocus = false) => {
    const search = searchParamsOf(next);
    window.history.pushState(null, '', search ? `?${search}` : window.location.pathname);
    void show(next, moveFocus);
  };

  const link: SearchLink = (next) => ({
    href: `${paths.search(lang)}?${searchParamsOf(next)}`,
    onClick: (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      go(next, true);
    },
  });

  return { go, link };
}
