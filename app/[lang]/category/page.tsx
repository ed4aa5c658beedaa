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

/** Every category that has releases, each linking to its listing: `/th/category`. */
export async function generateMetadata({ params }: PageProps<'/[lang]/category'>): Promise<Metadata> {
  const lang = asLocale((await params).lang);
  const t = messages(lang);
  return pageMetadata({
    lang,
    path: paths.categories(lang),
    title: t.categories,
    description: `${t.categories} · ${t.siteTagline}`,
    languagePaths: { th: paths.categories('th'), en: paths.categories('en') },
  });
}

export default async function CategoriesPage({ params }: PageProps<'/[lang]/category'>) {
  const lang = asLocale((await params).lang);
  const archive = getArchive();
  const t = messages(lang);
  const crumbs: Crumb[] = [{ name: t.home, path: paths.home(lang) }, { name: t.categories }];
  return (
    <div className="page">
      <JsonLd data={breadcrumbJsonLd(crumbs, paths.categories(lang))} />
      <LanguageSwitch lang={lang} href={paths.categories(lang === 'th' ? 'en' : 'th')} />
      <Breadcrumbs crumbs={crumbs} lang={lang} />
      <h1>{t.categories}</h1>
      <FacetIndex lang={lang} kind="category" registry={archive.categories} counts={facetCounts(archive, 'category')} />
    </div>
  );
}
