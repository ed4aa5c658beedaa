import type { MetadataRoute } from 'next';
import { locales } from '@/lib/i18n/locales';
import { absoluteUrl, paths } from '@/lib/site';

/** Everything may be crawled except search results (endless, thin pages); the sitemap index lists the rest. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: locales.map(paths.search) },
    sitemap: absoluteUrl(paths.sitemapIndex()),
  };
}
