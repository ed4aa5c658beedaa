import { feedParams, feedResponse } from '@/lib/feeds';

/** The RSS feed of one category's latest releases: `/th/category/<id>/rss.xml`. Built once, at build time. */
export const dynamicParams = false;

export function generateStaticParams() {
  return feedParams('category');
}

export async function GET(_request: Request, { params }: RouteContext<'/[lang]/category/[id]/rss.xml'>) {
  const { lang, id } = await params;
  return feedResponse(lang, { kind: 'category', id }, 'rss');
}
