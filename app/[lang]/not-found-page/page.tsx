import type { Metadata } from 'next';
import { assertLocale } from '@/lib/i18n/assert-locale';
import { messages } from '@/lib/i18n/dictionaries';
import { locales } from '@/lib/i18n/locales';
import { NotFoundView } from '@/components/NotFoundView';

/**
 * The 404 of a language as a page of its own, rendered in full on the server. Next.js 16 sends a 404 thrown by a
 * page (`notFound()`: an unknown release, an empty listing) as an empty HTML shell whose text is only in the script
 * payload, blank without JavaScript; nginx answers every such 404 with this page instead, keeping the status 404
 * (deploy/nginx.conf, `error_page 404`). Static, and never listed or indexed.
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: PageProps<'/[lang]/not-found-page'>): Promise<Metadata> {
  const { lang } = await params;
  assertLocale(lang);
  return { title: messages(lang).notFoundTitle, robots: { index: false, follow: true } };
}

export default async function NotFoundPage({ params }: PageProps<'/[lang]/not-found-page'>) {
  const { lang } = await params;
  assertLocale(lang);
  return <NotFoundView langs={[lang]} />;
}
