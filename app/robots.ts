import type { MetadataRoute } from 'next';
import { locales } from '@/lib/i18n/locales';
import { paths } from '@/lib/listing';
import { absoluteUrl } from '@/lib/site';

/**
 * Everything may be crawled except search results (endless, thin pages): `/th/search?q=…` is disallowed, the search
 * page itself (`/th/search`, the empty form) is not, so it can be found. The sitemap index lists the rest.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: locales.map((lang) => `${paths.search(lang)}?`) },
    sitemap: absoluteUrl(paths.sitemapIndex()),
  };
}
