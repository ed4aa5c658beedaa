/**
 * What search engines and feed readers read: page metadata (canonical, hreflang, Open Graph), JSON-LD, the
 * sitemap and the RSS/Atom feeds. Built from `lib/listing`'s resolved pages; routes compose them.
 */
export { indexableLanguages } from './indexable';
export { articleMetadata, facetIndexMetadata, homeMetadata, listingMetadata, pageMetadata, type PageSeo } from './metadata';
export { aboutPageJsonLd, breadcrumbJsonLd, jsonLdText, newsArticleJsonLd } from './json-ld';
export { SITEMAP_LIMIT, sitemapChunk, sitemapCount, sitemapEntries, sitemapIndexXml } from './sitemap';
export { buildFeed, FEED_SIZE, feedHandler, feedParams, feedResponse, feedXml } from './feeds';
