import { readBody, releaseFor, type Archive, type Registry, type Release, type Story } from '../content';
import type { Locale } from '../i18n/locales';
import { messages } from '../i18n/dictionaries';
import { renderReleaseBody } from '../markdown';
import { parseFacetPath, paths, type FacetKind, type FeedScope, type ListingRoute, type ListingScope } from './addresses';
import { entriesAbout, pageAbout, type AboutLink } from './about';
import { facetCounts } from './indexes';
import { facetIndexCrumbs, facetIndexTitle, listingCrumbs, articleCrumbs, scopeTitle, type Crumb } from './labels';
import { neighbours } from './neighbours';
import { listingPage, type ListingPage } from './page';
import { periodNavigation, type PeriodNavigation } from './periods';
import { relatedStories } from './related';

/** Everything a listing page renders, resolved from its address. */
export interface ResolvedListing {
  lang: Locale;
  listing: ListingPage;
  title: string;
  crumbs: Crumb[];
  /** The page's own address: its canonical path. */
  path: string;
  /** Listings that have feeds (all news, a category, an agency). */
  feed?: FeedScope;
  /** All news lists its years, a year its months. */
  periods?: PeriodNavigation;
  /** The About line of each Thai-only entry of an English listing, by slug (`entriesAbout`). */
  about: Map<string, AboutLink[]>;
}

function feedScopeOf(scope: ListingScope): FeedScope | undefined {
  return scope.kind === 'all' || scope.kind === 'category' || scope.kind === 'agency' ? scope : undefined;
}

/** The listing an address names, or null when it is a 404 (see `listingPage`). */
export function resolveListing(archive: Archive, lang: Locale, route: Omit<ListingRoute, 'kind'>): ResolvedListing | null {
  const listing = listingPage(archive, lang, route);
  if (!listing) return null;
  const feed = feedScopeOf(route.scope);
  const periods = periodNavigation(archive, lang, route.scope);
  return {
    lang,
    listing,
    title: scopeTitle(lang, route.scope, archive),
    crumbs: listingCrumbs(lang, route.scope, archive),
    path: paths.listing(lang, route.scope, route),
    about: entriesAbout(archive, listing.stories, lang),
    ...(feed && { feed }),
    ...(periods && { periods }),
  };
}

/**
 * The listing of a category or agency from its route params (`/th/agency/<id>` + optional tail), or null (404).
 * @param rest the segments after the id, e.g. `['with-thai', 'page', '2']`
 */
export function resolveFacetListing(archive: Archive, lang: Locale, kind: FacetKind, id: string, rest: readonly string[] = []): ResolvedListing | null {
  const route = parseFacetPath(kind, id, rest);
  return route ? resolveListing(archive, lang, route) : null;
}

/** Everything the index of every category or every agency renders. */
export interface ResolvedFacetIndex {
  lang: Locale;
  kind: FacetKind;
  title: string;
  crumbs: Crumb[];
  path: string;
  registry: Registry;
  /** The categories or agencies that have releases, with their counts. */
  counts: { id: string; count: number }[];
}

/** The index of every category (`/th/category`) or every agency (`/th/agency`). */
export function resolveFacetIndex(archive: Archive, lang: Locale, kind: FacetKind): ResolvedFacetIndex {
  return {
    lang,
    kind,
    title: facetIndexTitle(lang, kind),
    crumbs: facetIndexCrumbs(lang, kind),
    path: paths.facetIndex(lang, kind),
    registry: kind === 'category' ? archive.categories : archive.agencies,
    counts: facetCounts(archive, kind),
  };
}

/** Everything a release page renders, resolved from its address. */
export interface ResolvedArticle {
  lang: Locale;
  story: Story;
  /** The version shown (see `releaseFor`) and whether it is in another language than the page. */
  release: Release;
  inOtherLanguage: boolean;
  /** The body as sanitized HTML, with its headings and contents list; absent when the story has no text in the page's language. */
  bodyHtml?: string;
  crumbs: Crumb[];
  path: string;
  older?: Story;
  newer?: Story;
  related: Story[];
  /** The English page of a Thai-only release: what its Thai text names, in English (`pageAbout`); else []. */
  about: AboutLink[];
}

/** The release page `/<lang>/news/<slug>` names, or null (404) for an unknown slug. */
export function resolveArticle(archive: Archive, lang: Locale, slug: string): ResolvedArticle | null {
  const story = archive.bySlug.get(slug);
  if (!story) return null;
  const { release, inOtherLanguage } = releaseFor(story, lang);
  return {
    lang,
    story,
    release,
    inOtherLanguage,
    ...(!inOtherLanguage && { bodyHtml: renderReleaseBody(readBody(archive, release), messages(lang)) }),
    crumbs: articleCrumbs(lang, story),
    path: paths.article(lang, slug),
    ...neighbours(archive, story),
    related: relatedStories(archive, story),
    about: pageAbout(archive, story, lang),
  };
}
