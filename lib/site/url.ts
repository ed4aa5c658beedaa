/**
 * The site's public base URL, from `SITE_URL` (no trailing slash), used for canonical links, sitemaps and feeds.
 * Defaults to the local server so a fresh clone works as it is.
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** @example absoluteUrl('/th/news') // 'http://localhost:3000/th/news' */
export function absoluteUrl(path: string): string {
  return `${siteUrl}${path}`;
}
