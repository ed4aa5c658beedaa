import type { Locale } from './i18n/locales';

/**
 * The site's public base URL, from `SITE_URL` (no trailing slash), used for canonical links, sitemaps and feeds.
 * Defaults to the local server so a fresh clone works as it is.
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** Every address the site links to is built here, so the URL scheme lives in one place. */
export const paths = {
  home: (lang: Locale) => `/${lang}`,
  article: (lang: Locale, slug: string) => `/${lang}/news/${slug}`,
};

export function absoluteUrl(path: string): string {
  return `${siteUrl}${path}`;
}
