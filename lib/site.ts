import type { Locale } from './i18n/locales';

/**
 * The site's public base URL, from `SITE_URL` (no trailing slash), used for canonical links, sitemaps and feeds.
 * Defaults to the local server so a fresh clone works as it is.
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

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

/** A page of a listing: page 1 has no `/page/1` in its address; `translated` (English only) hides Thai-only releases. */
export interface ListingPageRef {
  page?: number;
  translated?: boolean;
}

/** The feeds the site publishes: all releases of a language, or those of one category or agency. */
export type FeedScope = Extract<ListingScope, { kind: 'all' | 'category' | 'agency' }>;
export type FeedFormat = 'rss' | 'atom';

/** The path segment that turns a listing into its "translated only" view (English pages only). */
export const TRANSLATED_SEGMENT = 'translated';

function scopeBase(lang: Locale, scope: ListingScope): string {
  switch (scope.kind) {
    case 'all':
      return `/${lang}/news`;
    case 'year':
      return `/${lang}/news/${scope.year}`;
    case 'month':
      return `/${lang}/news/${scope.year}/${String(scope.month).padStart(2, '0')}`;
    case 'category':
      return `/${lang}/category/${scope.id}`;
    case 'agency':
      return `/${lang}/agency/${scope.id}`;
  }
}

/**
 * Every address the site links to is built here, so the URL scheme lives in one place:
 *
 * | page | path |
 * | --- | --- |
 * | home | `/th` |
 * | release | `/th/news/2018-12-07-telmin-18` |
 * | all news, by year, by month | `/th/news`, `/th/news/2018`, `/th/news/2018/12` |
 * | by category, by agency | `/th/category/<id>`, `/th/agency/<id>`; their indexes `/th/category`, `/th/agency` |
 * | later pages | `…/page/2` |
 * | English, translated releases only | `/en/news/translated`, `/en/agency/<id>/translated/page/2`, … |
 * | feeds | `/th/news/rss.xml`, `/th/news/atom.xml`, `/th/category/<id>/rss.xml`, `/th/agency/<id>/atom.xml` |
 * | search (GET `q`) | `/th/search` |
 * | old thaigov.go.th address | `/news/contents/details/<legacyId>` (rewritten to `/th/legacy/<id>`) → 308 to the Thai release |
 * | sitemap index, its files | `/sitemap.xml`, `/sitemaps/sitemap/0.xml` |
 */
export const paths = {
  home: (lang: Locale) => `/${lang}`,
  article: (lang: Locale, slug: string) => `/${lang}/news/${slug}`,
  listing: (lang: Locale, scope: ListingScope, { page = 1, translated = false }: ListingPageRef = {}) =>
    `${scopeBase(lang, scope)}${translated ? `/${TRANSLATED_SEGMENT}` : ''}${page > 1 ? `/page/${page}` : ''}`,
  categories: (lang: Locale) => `/${lang}/category`,
  agencies: (lang: Locale) => `/${lang}/agency`,
  feed: (lang: Locale, scope: FeedScope, format: FeedFormat) => `${scopeBase(lang, scope)}/${format}.xml`,
  search: (lang: Locale) => `/${lang}/search`,
  legacy: (legacyId: number) => `/news/contents/details/${legacyId}`,
  sitemapIndex: () => '/sitemap.xml',
  sitemapFile: (id: number) => `/sitemaps/sitemap/${id}.xml`,
};

export function absoluteUrl(path: string): string {
  return `${siteUrl}${path}`;
}
