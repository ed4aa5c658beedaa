import type { Metadata } from 'next';
import { getArchive } from '@/lib/content';
import { asLocale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { yearCounts } from '@/lib/listing';
import { yearLabel } from '@/lib/listing-labels';
import { pageMetadata } from '@/lib/seo';
import { paths } from '@/lib/site';
import { FeedLinks } from '@/components/FeedLinks';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { PeriodNav } from '@/components/PeriodNav';
import { ReleaseList } from '@/components/ReleaseList';

const LATEST = 20;

export async function generateMetadata({ params }: PageProps<'/[lang]'>): Promise<Metadata> {
  const lang = asLocale((await params).lang);
  const t = messages(lang);
  return {
    ...pageMetadata({
      lang,
      path: paths.home(lang),
      title: t.siteName,
      description: t.siteTagline,
      languagePaths: { th: paths.home('th'), en: paths.home('en') },
      feed: { scope: { kind: 'all' }, name: t.allNews },
    }),
    title: { absolute: t.siteName },
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
      <FeedLinks lang={lang} scope={{ kind: 'all' }} />
      <ReleaseList stories={archive.stories.slice(0, LATEST)} lang={lang} agencies={archive.agencies} />
      <p className="more-link">
        <a href={paths.listing(lang, { kind: 'all' })}>{t.allNews}</a>
      </p>
      <PeriodNav
        lang={lang}
        heading={t.byYear}
        links={yearCounts(archive).map(({ year, count }) => ({ label: yearLabel(lang, year), href: paths.listing(lang, { kind: 'year', year }), count }))}
      />
    </div>
  );
}
