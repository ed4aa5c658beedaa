import { feedResponse } from '@/lib/feeds';

/**
 * The ATOM feed of one category's latest releases: `/th/category/<id>/atom.xml`.
 * Not built ahead: each renders on its first request and is then cached, like an archive page.
 */
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/[lang]/category/[id]/atom.xml'>) {
  const { lang, id } = await params;
  return feedResponse(lang, { kind: 'category', id }, 'atom');
}
