import type { MetadataRoute } from 'next';
import { getArchive } from '@/lib/content';
import { sitemapChunk, sitemapCount } from '@/lib/seo';

/** The sitemap files `/sitemaps/sitemap/<n>.xml`, at most 50,000 URLs each; `/sitemap.xml` indexes them. */
export function generateSitemaps() {
  return Array.from({ length: sitemapCount(getArchive()) }, (_, id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  return sitemapChunk(getArchive(), Number(await id));
}
