import type { Metadata } from 'next';
import { getArchive } from '@/lib/content';
import { asLocale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { absoluteUrl, paths } from '@/lib/site';
import { ReleaseList } from '@/components/ReleaseList';
import { LanguageSwitch } from '@/components/LanguageSwitch';

const LATEST = 20;

export async function generateMetadata({ params }: PageProps<'/[lang]'>): Promise<Metadata> {
  const lang = asLocale((await params).lang);
  return {
    title: { absolute: messages(lang).siteName },
    alternates: {
      canonical: absoluteUrl(paths.home(lang)),
      languages: { th: absoluteUrl(paths.home('th')), en: absoluteUrl(paths.home('en')) },
    },
  };
}

export default async function HomePage({ params }: PageProps<'/[lang]'>) {
  const lang = asLocale((await params).lang);
  const archive = getArchive();
  const t = messages(lang);
  return (
    <div className="page">
      <LanguageSwitch lang={lang} href={paths.home(lang === 'th' ? 'en' : 'th')} />
      <h1>{t.latestNews}</h1>
      <ReleaseList stories={archive.stories.slice(0, LATEST)} lang={lang} agencies={archive.agencies} />
    </div>
  );
}
