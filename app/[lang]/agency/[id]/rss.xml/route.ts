import { feedParams, feedResponse } from '@/lib/feeds';

/** The RSS feed of one agency's latest releases: `/th/agency/<id>/rss.xml`. Built once, at build time. */
export const dynamicParams = false;

export function generateStaticParams() {
  return feedParams('agency');
}

export async function GET(_request: Request, { params }: RouteContext<'/[lang]/agency/[id]/rss.xml'>) {
  const { lang, id } = await params;
  return feedResponse(lang, { kind: 'agency', id }, 'rss');
}
