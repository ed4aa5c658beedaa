import { getArchive } from '@/lib/content';
import { sitemapIndexXml } from '@/lib/seo';

/** `/sitemap.xml`: the sitemap index pointing to `/sitemaps/sitemap/<n>.xml`. Built once, at build time. */
export const dynamic = 'force-static';

export function GET() {
  return new Response(sitemapIndexXml(getArchive()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
