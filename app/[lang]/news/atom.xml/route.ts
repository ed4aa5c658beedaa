import { feedHandler, feedParams } from '@/lib/seo';

/** The Atom feed of a language's latest releases: `/th/news/atom.xml`. Built once, at build time. */
export const dynamicParams = false;

export const generateStaticParams = feedParams;
export const GET = feedHandler('all', 'atom');
