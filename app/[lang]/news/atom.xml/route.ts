import { feedParams, feedResponse } from '@/lib/feeds';

/** The ATOM feed of a language's latest releases: `/th/news/atom.xml`. Built once, at build time. */
export const dynamicParams = false;

export function generateStaticParams() {
  return feedParams();
}

export async function GET(_request: Request, { params }: RouteContext<'/[lang]/news/atom.xml'>) {
  const { lang } = await params;
  return feedResponse(lang, { kind: 'all' }, 'atom');
}
