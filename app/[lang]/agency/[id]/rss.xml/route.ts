import { feedResponse } from '@/lib/feeds';

/**
 * The RSS feed of one agency's latest releases: `/th/agency/<id>/rss.xml`.
 * Not built ahead: each renders on its first request and is then cached, like an archive page.
 */
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/[lang]/agency/[id]/rss.xml'>) {
  const { lang, id } = await params;
  return feedResponse(lang, { kind: 'agency', id }, 'rss');
}
