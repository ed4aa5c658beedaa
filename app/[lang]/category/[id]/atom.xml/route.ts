import { feedHandler } from '@/lib/seo';

/**
 * The Atom feed of one category's latest releases: `/th/category/<id>/atom.xml`.
 * Not built ahead: each renders on its first request and is then cached, like an archive page.
 */
export function generateStaticParams() {
  return [];
}

export const GET = feedHandler('category', 'atom');
