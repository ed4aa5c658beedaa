import type { Metadata } from 'next';
import { getArchive } from '@/lib/content';
import { assertLocale } from '@/lib/i18n/assert-locale';
import { otherLocale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { fill } from '@/lib/i18n/dictionaries';
import { homeLists, paths, yearLinks } from '@/lib/listing';
import { homeMetadata } from '@/lib/seo';
import { FeedLinks } from '@/components/FeedLinks';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { PeriodNav } from '@/components/PeriodNav';
import { ReleaseList } from '@/components/ReleaseList';

export async function generateMetadata({ params }: PageProps<'/[lang]'>): Promise<Metadata> {
  const { lang } = await params;
  assertLocale(lang);
  return homeMetadata(lang);
}

export default async function HomePage({ params }: PageProps<'/[lang]'>) {
  const { lang } = await params;
  assertLocale(lang);
  const archive = getArchive();
  const t = messages(lang);
  const { latest, otherLanguage, otherLanguageTotal, about } = homeLists(archive, lang);
  return (
    <div className="page">
      <LanguageSwitch lang={lang} href={paths.home(otherLocale(lang))} />
      <h1>{t.latestNews}</h1>
      <FeedLinks lang={lang} scope={{ kind: 'all' }} />
      <ReleaseList stories={latest} lang={lang} agencies={archive.agencies} about={about} />
      <p className="more-link">
        <a href={paths.listing(lang, { kind: 'all' })}>{t.allNews}</a>
      </p>
      {otherLanguage.length > 0 && (
        <section aria-labelledby="other-language-heading">
          <h2 id="other-language-heading">{t.latestOtherLanguageOnly}</h2>
          <ReleaseList stories={otherLanguage} lang={lang} agencies={archive.agencies} headingLevel={3} about={about} />
          <p className="more-link">
            <a href={paths.listing(lang, { kind: 'all' }, { withThai: true })}>{fill(t.allOtherLanguageOnly, { count: otherLanguageTotal.toLocaleString('en') })}</a>
          </p>
        </section>
      )}
      <PeriodNav lang={lang} heading={t.byYear} links={yearLinks(archive, lang)} />
    </div>
  );
}
