import { lang as rootLang } from 'next/root-params';
import { isLocale, locales } from '@/lib/i18n/locales';
import { NotFoundView } from '@/components/NotFoundView';

/**
 * A 404 inside a language (an unknown release, an empty listing): in that language, read from the root param.
 * It links to the latest news rather than listing it, since Next.js sends this view in every page's payload.
 */
export default async function NotFound() {
  const lang = (await rootLang()) ?? '';
  return <NotFoundView langs={isLocale(lang) ? [lang] : locales} />;
}
