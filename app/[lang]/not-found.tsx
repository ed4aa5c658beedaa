import { lang as rootLang } from 'next/root-params';
import { getArchive } from '@/lib/content';
import { asLocale } from '@/lib/i18n/locales';
import { NotFoundView } from '@/components/NotFoundView';

/** Latest releases a 404 offers. */
const LATEST = 5;

/** A 404 inside a language (an unknown release, an empty listing): in that language, read from the root param. */
export default async function NotFound() {
  const lang = asLocale((await rootLang()) ?? '');
  const archive = getArchive();
  return <NotFoundView langs={[lang]} latest={archive.stories.slice(0, LATEST)} agencies={archive.agencies} />;
}
