import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArchive } from '@/lib/content';
import { assertLocale } from '@/lib/i18n/assert-locale';
import { locales } from '@/lib/i18n/locales';
import { dateListingSegments, parseNewsPath, resolveArticle, resolveListing } from '@/lib/listing';
import { aboutPageJsonLd, articleMetadata, breadcrumbJsonLd, listingMetadata, newsArticleJsonLd } from '@/lib/seo';
import { ArticleView } from '@/components/ArticleView';
import { JsonLd } from '@/components/JsonLd';
import { ListingView } from '@/components/ListingView';
import { PeriodNav } from '@/components/PeriodNav';

/**
 * Everything under `/<lang>/news/`: a release (`/th/news/2018-12-07-telmin-18`), or the listing of all news, a
 * year (`/th/news/2018`) or a month (`/th/news/2018/12`), each with later pages (`…/page/2`) and, in English, a
 * view with the Thai-only releases (`…/with-thai`). One catch-all route, because a release and a year share the segment after
 * `news/`; `parseNewsPath` tells them apart (slugs start with a full date).
 */

/**
 * Pre-render the releases readers hit first (about the last two days of a ministry's output) and the first page of
 * each date listing; the rest render on demand (p95 39 ms at full scale, measured 2026-12-01) and are then cached.
 */
const PRERENDERED = 50;

export function generateStaticParams() {
  const archive = getArchive();
  const segments = [...archive.stories.slice(0, PRERENDERED).map((story) => [story.slug]), ...dateListingSegments(archive)];
  return locales.flatMap((lang) => segments.map((path) => ({ lang, path })));
}

async function resolve(params: PageProps<'/[lang]/news/[[...path]]'>['params']) {
  const { lang, path } = await params;
  assertLocale(lang);
  return { lang, route: parseNewsPath(path) ?? notFound() };
}

export async function generateMetadata({ params }: PageProps<'/[lang]/news/[[...path]]'>): Promise<Metadata> {
  const { lang, route } = await resolve(params);
  const archive = getArchive();
  if (route.kind === 'article') return articleMetadata(archive, archive.bySlug.get(route.slug) ?? notFound(), lang);
  return listingMetadata(resolveListing(archive, lang, route) ?? notFound());
}

export default async function NewsPage({ params }: PageProps<'/[lang]/news/[[...path]]'>) {
  const { lang, route } = await resolve(params);
  const archive = getArchive();
  if (route.kind === 'article') {
    const article = resolveArticle(archive, lang, route.slug) ?? notFound();
    return (
      <>
        <JsonLd data={breadcrumbJsonLd(article.crumbs, article.path)} />
        {!article.inOtherLanguage && <JsonLd data={newsArticleJsonLd(archive, article.story, lang)} />}
        {article.about.length > 0 && <JsonLd data={aboutPageJsonLd(archive, article.story, lang, article.about)} />}
        <ArticleView {...article} agencies={archive.agencies} categories={archive.categories} />
      </>
    );
  }
  const listing = resolveListing(archive, lang, route) ?? notFound();
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(listing.crumbs, listing.path)} />
      <ListingView {...listing} agencies={archive.agencies}>
        {listing.periods && <PeriodNav lang={lang} {...listing.periods} />}
      </ListingView>
    </>
  );
}
