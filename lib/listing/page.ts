import type { Archive, Story } from '../content';
import type { Locale } from '../i18n/locales';
import type { ListingRoute, ListingScope } from './addresses';
import { monthCounts, storiesOf, translatedOf, yearCounts } from './indexes';

/** Releases per listing page. */
export const PAGE_SIZE = 20;

/** One page of a listing, with what the page needs to say where the reader is. */
export interface ListingPage {
  scope: ListingScope;
  page: number;
  pageCount: number;
  /** Releases on this page. */
  stories: readonly Story[];
  /** Releases in the listing (after the filter). */
  total: number;
  /** English listings: how many releases of the scope have a translation, and how many the scope has in all. */
  translatedTotal: number;
  allTotal: number;
  translated: boolean;
}

/**
 * The page a listing address asks for, or null when it is a 404: a scope with no releases, a page past the last,
 * an unknown category or agency, or the "translated only" view on a Thai page or of a scope with no translation.
 */
export function listingPage(archive: Archive, lang: Locale, route: Omit<ListingRoute, 'kind'>): ListingPage | null {
  const { scope, page, translated } = route;
  if (scope.kind === 'category' && !archive.categories[scope.id]) return null;
  if (scope.kind === 'agency' && !archive.agencies[scope.id]) return null;
  if (translated && lang !== 'en') return null;
  const all = storiesOf(archive, scope);
  const english = lang === 'en' ? translatedOf(archive, all) : all;
  const shown = translated ? english : all;
  const pageCount = Math.ceil(shown.length / PAGE_SIZE);
  if (shown.length === 0 || page > pageCount) return null;
  return {
    scope,
    page,
    pageCount,
    stories: shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: shown.length,
    translatedTotal: english.length,
    allTotal: all.length,
    translated,
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
