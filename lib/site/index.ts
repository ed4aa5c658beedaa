/**
 * What every page of the site shares beyond its content: the public base URL (`url.ts`: `SITE_URL`, for canonical
 * links, sitemaps and feeds) and the font files every page preloads (`fonts.ts`: Sarabun, copied under its version).
 */
export { absoluteUrl, siteUrl } from './url';
export { FONT_DIR, fontFiles, preloadedFonts } from './fonts';
