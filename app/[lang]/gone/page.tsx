import type { Metadata } from 'next';
import { assertLocale } from '@/lib/i18n/assert-locale';
import { messages } from '@/lib/i18n/dictionaries';
import { NotFoundView } from '@/components/NotFoundView';

/**
 * What the address of a deleted release shows: the proxy (`proxy.ts`) answers such an address with this page's HTML
 * and the status 410 Gone. Static: it lists no releases, so no publication changes it.
 */
export const dynamic = 'force-static';

export async function generateMetadata({ params }: PageProps<'/[lang]/gone'>): Promise<Metadata> {
  const { lang } = await params;
  assertLocale(lang);
  return { title: messages(lang).goneTitle, robots: { index: false, follow: true } };
}

export default async function GonePage({ params }: PageProps<'/[lang]/gone'>) {
  const { lang } = await params;
  assertLocale(lang);
  return <NotFoundView langs={[lang]} gone />;
}
