import type { Archive, Story } from '../content';
import type { Locale } from '../i18n/locales';
import type { ListingRoute, ListingScope } from './addresses';
import { monthCounts, readableIn, storiesOf, yearCounts } from './indexes';

/** Releases per listing page. */
export const RELEASES_PER_PAGE = 20;

/** One page of a listing, with what the page needs to say where the reader is. */
export interface ListingPage {
  scope: ListingScope;
  page: number;
  pageCount: number;
  /** Releases on this page. */
  stories: readonly Story[];
  /** Releases in the listing as shown. */
  total: number;
  /** English listings: how many releases of the scope can be read in English, and how many the scope has in all. */
  englishTotal: number;
  allTotal: number;
  /** The English view that adds the Thai-only releases (`…/with-thai`). */
  withThai: boolean;
}

/**
 * The page a listing address asks for, or null when it is a 404: a scope with no releases, a page past the last,
 * an unknown category or agency, or a `with-thai` view that would show nothing more than the plain one.
 *
 * Thai listings show every release (the few English-only ones labelled). English listings lead with what an English
 * reader can read: the releases with an English version (originals and pairs), newest first; the Thai-only ones,
 * which at full scale outnumber them about 48 to 1, are one link away in the `with-thai` view. A scope with no
 * English release at all shows its Thai-only releases, labelled, rather than nothing.
 */
export function listingPage(archive: Archive, lang: Locale, route: Omit<ListingRoute, 'kind'>): ListingPage | null {
  const { scope, page, withThai } = route;
  if (scope.kind === 'category' && !archive.categories[scope.id]) return null;
  if (scope.kind === 'agency' && !archive.agencies[scope.id]) return null;
  const all = storiesOf(archive, scope);
  const english = lang === 'en' ? readableIn(archive, all, 'en') : all;
  const filtered = lang === 'en' && english.length > 0 && english.length < all.length;
  if (withThai && !filtered) return null;
  const shown = filtered && !withThai ? english : all;
  const pageCount = Math.ceil(shown.length / RELEASES_PER_PAGE);
  if (shown.length === 0 || page > pageCount) return null;
  return {
    scope,
    page,
    pageCount,
    stories: shown.slice((page - 1) * RELEASES_PER_PAGE, page * RELEASES_PER_PAGE),
    total: shown.length,
    englishTotal: english.length,
    allTotal: all.length,
    withThai,
  };
}

/**
 * The date listings readers hit first, worth pre-rendering: all news, each year, and each month of the latest
 * year, as the segments that follow `/<lang>/news/`. Older months render on first request, then are cached.
 */
export function dateListingSegments(archive: Archive): string[][] {
  const years = yearCounts(archive).map(({ year }) => year);
  const latest = Math.max(...years);
  return [
    [],
    ...years.map((year) => [String(year)]),
    ...monthCounts(archive, latest).map(({ month }) => [String(latest), String(month).padStart(2, '0')]),
  ];
}
