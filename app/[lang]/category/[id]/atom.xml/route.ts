import { feedParams, feedResponse } from '@/lib/feeds';

/** The ATOM feed of one category's latest releases: `/th/category/<id>/atom.xml`. Built once, at build time. */
export const dynamicParams = false;

export function generateStaticParams() {
  return feedParams('category');
}

export async function GET(_request: Request, { params }: RouteContext<'/[lang]/category/[id]/atom.xml'>) {
  const { lang, id } = await params;
  return feedResponse(lang, { kind: 'category', id }, 'atom');
}
