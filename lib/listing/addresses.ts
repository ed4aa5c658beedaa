import type { Locale } from '../i18n/locales';
import { slugPattern } from '../content/slug';

/**
 * The site's addresses: `paths` builds every address the site links to, and the parsers below read the listing and
 * release addresses back (a round-trip test holds them to each other). Dependency-free, so the browser can load it.
 */

/** The two ways releases are filed besides their date: by category and by agency (registry ids). */
export const facetKinds = ['category', 'agency'] as const;
export type FacetKind = (typeof facetKinds)[number];

/**
 * What a listing lists: every release, a CE year, a month of a CE year, a category or an agency (by registry id).
 * URLs always carry CE numbers; Thai pages label them in the Buddhist era.
 */
export type ListingScope =
  | { kind: 'all' }
  | { kind: 'year'; year: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'category'; id: string }
  | { kind: 'agency'; id: string };

/**
 * A page of a listing: page 1 has no `/page/1` in its address. English listings show the releases readable in English;
 * `withThai` is the English view that adds the Thai-only ones (see `listingPage`).
 */
export interface ListingPageRef {
  page?: number;
  withThai?: boolean;
}

/** The feeds the site publishes: all releases of a language, or those of one category or agency. */
export type FeedScope = Extract<ListingScope, { kind: 'all' | FacetKind }>;
export type FeedFormat = 'rss' | 'atom';

/** The path segment of an English listing's view that adds the Thai-only releases (`/en/news/with-thai`). */
export const WITH_THAI_SEGMENT = 'with-thai';

function scopeBase(lang: Locale, scope: ListingScope): string {
  switch (scope.kind) {
    case 'all':
      return `/${lang}/news`;
    case 'year':
      return `/${lang}/news/${scope.year}`;
    case 'month':
      return `/${lang}/news/${scope.year}/${String(scope.month).padStart(2, '0')}`;
    case 'category':
    case 'agency':
      return `/${lang}/${scope.kind}/${scope.id}`;
  }
}

/**
 * Every address the site links to is built here, so the URL scheme lives in one place. The table of addresses, page
 * by page, is the README's "Addresses" section: change the two together.
 * @example paths.listing('en', { kind: 'agency', id: 'mfa' }, { page: 2, withThai: true }) // '/en/agency/mfa/with-thai/page/2'
 */
export const paths = {
  home: (lang: Locale) => `/${lang}`,
  article: (lang: Locale, slug: string) => `/${lang}/news/${slug}`,
  listing: (lang: Locale, scope: ListingScope, { page = 1, withThai = false }: ListingPageRef = {}) =>
    `${scopeBase(lang, scope)}${withThai ? `/${WITH_THAI_SEGMENT}` : ''}${page > 1 ? `/page/${page}` : ''}`,
  /** The index of every category (`/th/category`) or every agency (`/th/agency`). */
  facetIndex: (lang: Locale, kind: FacetKind) => `/${lang}/${kind}`,
  feed: (lang: Locale, scope: FeedScope, format: FeedFormat) => `${scopeBase(lang, scope)}/${format}.xml`,
  search: (lang: Locale) => `/${lang}/search`,
  data: (lang: Locale) => `/${lang}/data`,
  /**
   * An old thaigov.go.th address, which next.config.ts rewrites to `/th/legacy/<id>`; that page redirects to the
   * release in the id's own language (thaigov.go.th gave its English pages ids of their own).
   */
  legacy: (legacyId: number) => `/news/contents/details/${legacyId}`,
  sitemapIndex: () => '/sitemap.xml',
  sitemapFile: (id: number) => `/sitemaps/sitemap/${id}.xml`,
};

/** A listing address read back: its scope, page (1-based) and whether it is the English view with Thai-only releases. */
export interface ListingRoute {
  kind: 'listing';
  scope: ListingScope;
  page: number;
  withThai: boolean;
}

export type NewsRoute = { kind: 'article'; slug: string } | ListingRoute;

const YEAR = /^\d{4}$/;
const MONTH = /^(0[1-9]|1[0-2])$/;
const PAGE = /^[1-9]\d*$/;

/**
 * The optional tail of a listing address: `with-thai`, then `page/<n>` with n ≥ 2 (page 1 has no tail, so every
 * page has exactly one address). Returns null for anything else.
 * @example parseListingTail(['with-thai', 'page', '3']) // { page: 3, withThai: true }
 */
export function parseListingTail(segments: readonly string[]): { page: number; withThai: boolean } | null {
  let rest = segments;
  const withThai = rest[0] === WITH_THAI_SEGMENT;
  if (withThai) rest = rest.slice(1);
  if (rest.length === 0) return { page: 1, withThai };
  if (rest.length !== 2 || rest[0] !== 'page' || !PAGE.test(rest[1] ?? '')) return null;
  const page = Number(rest[1]);
  return page >= 2 ? { page, withThai } : null;
}

/**
 * What an address under `/<lang>/news/` names: a release (`2018-12-07-telmin-18`), or a listing of all news,
 * a year (`2018`) or a month (`2018/12`), with an optional tail (see `parseListingTail`). Null is a 404.
 * @example parseNewsPath(['2018', '12', 'page', '2']) // { kind: 'listing', scope: { kind: 'month', year: 2018, month: 12 }, page: 2, withThai: false }
 */
export function parseNewsPath(segments: readonly string[] = []): NewsRoute | null {
  const [first, second] = segments;
  if (first !== undefined && slugPattern.test(first)) return segments.length === 1 ? { kind: 'article', slug: first } : null;
  let scope: ListingScope = { kind: 'all' };
  let used = 0;
  if (first !== undefined && YEAR.test(first)) {
    if (second !== undefined && MONTH.test(second)) {
      scope = { kind: 'month', year: Number(first), month: Number(second) };
      used = 2;
    } else {
      scope = { kind: 'year', year: Number(first) };
      used = 1;
    }
  }
  const tail = parseListingTail(segments.slice(used));
  return tail ? { kind: 'listing', scope, ...tail } : null;
}

/**
 * What an address under `/<lang>/<kind>/<id>/` names: the listing of that category or agency, with an optional
 * tail (see `parseListingTail`). Null is a 404.
 * @example parseFacetPath('agency', 'mfa', ['page', '2']) // { kind: 'listing', scope: { kind: 'agency', id: 'mfa' }, page: 2, withThai: false }
 */
export function parseFacetPath(kind: FacetKind, id: string, rest: readonly string[] = []): ListingRoute | null {
  const tail = parseListingTail(rest);
  return tail ? { kind: 'listing', scope: { kind, id }, ...tail } : null;
}
