import { feedHandler } from '@/lib/seo';

/**
 * The RSS feed of one agency's latest releases: `/th/agency/<id>/rss.xml`.
 * Not built ahead: each renders on its first request and is then cached, like an archive page.
 */
export function generateStaticParams() {
  return [];
}

export const GET = feedHandler('agency', 'rss');
