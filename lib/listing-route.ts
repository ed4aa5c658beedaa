import type { Metadata } from 'next';
import type { Archive } from './content';
import type { Locale } from './i18n/locales';
import { fill, messages } from './i18n/dictionaries';
import { listingPage, monthCounts, yearCounts, type ListingPage } from './listing';
import { parseListingTail, type ListingRoute } from './listing-path';
import { listingCrumbs, scopeTitle, type Crumb } from './listing-labels';
import { breadcrumbJsonLd, pageMetadata } from './seo';
import { paths, type FeedScope, type ListingScope } from './site';

/** Everything a listing page renders, resolved from its address. */
export interface ResolvedListing {
  lang: Locale;
  listing: ListingPage;
  title: string;
  crumbs: Crumb[];
  path: string;
  feed?: FeedScope;
  jsonLd: object;
}

function feedScopeOf(scope: ListingScope): FeedScope | undefined {
  return scope.kind === 'all' || scope.kind === 'category' || scope.kind === 'agency' ? scope : undefined;
}

/** The listing an address names, or null when it is a 404 (see `listingPage`). */
export function resolveListing(archive: Archive, lang: Locale, route: Omit<ListingRoute, 'kind'>): ResolvedListing | null {
  const listing = listingPage(archive, lang, route);
  if (!listing) return null;
  const path = paths.listing(lang, route.scope, route);
  const crumbs = listingCrumbs(lang, route.scope, archive);
  const feed = feedScopeOf(route.scope);
  return {
    lang,
    listing,
    title: scopeTitle(lang, route.scope, archive),
    crumbs,
    path,
    ...(feed && { feed }),
    jsonLd: breadcrumbJsonLd(crumbs, path),
  };
}

/**
 * Metadata of a listing page: its own canonical address (later pages too), hreflang to the same page in the other
 * language, and its feed. The English "translated only" view is a filter, not a page of its own: `noindex`.
 */
export function listingMetadata({ lang, listing, title, path, feed }: ResolvedListing): Metadata {
  const t = messages(lang);
  const { scope, page, translated, total } = listing;
  return pageMetadata({
    lang,
    path,
    title: page > 1 ? fill(t.pageTitle, { title, page }) : title,
    description: `${title}: ${fill(total === 1 ? t.releaseCountOne : t.releaseCount, { count: total })}. ${t.siteTagline}`,
    ...(!translated && { languagePaths: { th: paths.listing('th', scope, { page }), en: paths.listing('en', scope, { page }) } }),
    ...(feed && { feed: { scope: feed, name: title } }),
    noindex: translated,
  });
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

/**
 * The listing of a category or agency from its route params (`/th/agency/<id>` + optional tail), or null (404).
 * @param rest the segments after the id, e.g. `['translated', 'page', '2']`
 */
export function resolveFacetListing(archive: Archive, lang: Locale, kind: 'category' | 'agency', id: string, rest: readonly string[] = []): ResolvedListing | null {
  const tail = parseListingTail(rest);
  return tail ? resolveListing(archive, lang, { scope: { kind, id }, ...tail }) : null;
}
