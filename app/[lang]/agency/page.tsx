import type { Metadata } from 'next';
import { getArchive } from '@/lib/content';
import { asLocale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { facetCounts } from '@/lib/listing';
import type { Crumb } from '@/lib/listing-labels';
import { breadcrumbJsonLd, pageMetadata } from '@/lib/seo';
import { paths } from '@/lib/site';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { FacetIndex } from '@/components/FacetIndex';
import { JsonLd } from '@/components/JsonLd';
import { LanguageSwitch } from '@/components/LanguageSwitch';

/** Every agency that has releases, each linking to its listing: `/th/agency`. */
export async function generateMetadata({ params }: PageProps<'/[lang]/agency'>): Promise<Metadata> {
  const lang = asLocale((await params).lang);
  const t = messages(lang);
  return pageMetadata({
    lang,
    path: paths.agencies(lang),
    title: t.agencies,
    description: `${t.agencies} · ${t.siteTagline}`,
    languagePaths: { th: paths.agencies('th'), en: paths.agencies('en') },
  });
}

export default async function AgenciesPage({ params }: PageProps<'/[lang]/agency'>) {
  const lang = asLocale((await params).lang);
  const archive = getArchive();
  const t = messages(lang);
  const crumbs: Crumb[] = [{ name: t.home, path: paths.home(lang) }, { name: t.agencies }];
  return (
    <div className="page">
      <JsonLd data={breadcrumbJsonLd(crumbs, paths.agencies(lang))} />
      <LanguageSwitch lang={lang} href={paths.agencies(lang === 'th' ? 'en' : 'th')} />
      <Breadcrumbs crumbs={crumbs} lang={lang} />
      <h1>{t.agencies}</h1>
      <FacetIndex lang={lang} kind="agency" registry={archive.agencies} counts={facetCounts(archive, 'agency')} />
    </div>
  );
}
