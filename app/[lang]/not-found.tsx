import type { Metadata } from 'next';
import { lang as rootLang } from 'next/root-params';
import { isLocale, locales } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { NotFoundView } from '@/components/NotFoundView';

/**
 * A 404 inside a language (an unknown release, an empty listing): in that language, read from the root param.
 * It links to the latest news rather than listing it, since Next.js sends this view in every page's payload.
 * Server-rendered, so it reads without JavaScript: the routes call notFound() from their pages only, never from
 * generateMetadata, where it would escape this boundary and leave the HTML empty.
 */
export async function generateMetadata(): Promise<Metadata> {
  const lang = (await rootLang()) ?? '';
  return { title: messages(isLocale(lang) ? lang : 'th').notFoundTitle };
}

export default async function NotFound() {
  const lang = (await rootLang()) ?? '';
  return <NotFoundView langs={isLocale(lang) ? [lang] : locales} />;
}
