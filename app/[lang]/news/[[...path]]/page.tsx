import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArchive, readBody, type Archive } from '@/lib/content';
import { asLocale, locales, type Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { renderMarkdown } from '@/lib/markdown';
import { monthCounts, neighbours, relatedStories, yearCounts } from '@/lib/listing';
import { parseNewsPath, type ListingRoute } from '@/lib/listing-path';
import { articleCrumbs, monthName, yearLabel } from '@/lib/listing-labels';
import { dateListingSegments, listingMetadata, resolveListing } from '@/lib/listing-route';
import { articleMetadata, breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo';
import { paths } from '@/lib/site';
import { ArticleView } from '@/components/ArticleView';
import { JsonLd } from '@/components/JsonLd';
import { ListingView } from '@/components/ListingView';
import { PeriodNav } from '@/components/PeriodNav';

/**
 * Everything under `/<lang>/news/`: a release (`/th/news/2018-12-07-telmin-18`), or the listing of all news, a
 * year (`/th/news/2018`) or a month (`/th/news/2018/12`), each with later pages (`…/page/2`) and, in English, a
 * translated-only view (`…/translated`). One catch-all route, because a release and a year share the segment after
 * `news/`; `parseNewsPath` tells them apart (slugs start with a full date).
 */

/** Pre-render the releases readers hit first and the first page of each date listing; the rest render on demand. */
const PRERENDERED = 100;

export function generateStaticParams() {
  const archive = getArchive();
  const segments = [...archive.stories.slice(0, PRERENDERED).map((story) => [story.slug]), ...dateListingSegments(archive)];
  return locales.flatMap((lang) => segments.map((path) => ({ lang, path })));
}

async function resolve(params: PageProps<'/[lang]/news/[[...path]]'>['params']) {
  const { lang, path } = await params;
  const route = parseNewsPath(path);
  if (!route) notFound();
  return { lang: asLocale(lang), route };
}

function storyOf(archive: Archive, slug: string) {
  return archive.bySlug.get(slug) ?? notFound();
}

export async function generateMetadata({ params }: PageProps<'/[lang]/news/[[...path]]'>): Promise<Metadata> {
  const { lang, route } = await resolve(params);
  const archive = getArchive();
  if (route.kind === 'article') return articleMetadata(archive, storyOf(archive, route.slug), lang);
  return listingMetadata(resolveListing(archive, lang, route) ?? notFound());
}

export default async function NewsPage({ params }: PageProps<'/[lang]/news/[[...path]]'>) {
  const { lang, route } = await resolve(params);
  const archive = getArchive();
  return route.kind === 'article' ? <Article archive={archive} lang={lang} slug={route.slug} /> : <DateListing archive={archive} lang={lang} route={route} />;
}

function Article({ archive, lang, slug }: { archive: Archive; lang: Locale; slug: string }) {
  const story = storyOf(archive, slug);
  const release = story[lang];
  const crumbs = articleCrumbs(lang, story);
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs, paths.article(lang, slug))} />
      {release && <JsonLd data={newsArticleJsonLd(archive, story, lang)} />}
      <ArticleView
        story={story}
        lang={lang}
        bodyHtml={release ? renderMarkdown(readBody(archive, release)) : undefined}
        agencies={archive.agencies}
        categories={archive.categories}
        crumbs={crumbs}
        {...neighbours(archive, story)}
        related={relatedStories(archive, story)}
      />
    </>
  );
}

function DateListing({ archive, lang, route }: { archive: Archive; lang: Locale; route: ListingRoute }) {
  const resolved = resolveListing(archive, lang, route) ?? notFound();
  const t = messages(lang);
  const { scope } = route;
  const nav =
    scope.kind === 'all' ? (
      <PeriodNav
        lang={lang}
        heading={t.byYear}
        links={yearCounts(archive).map(({ year, count }) => ({ label: yearLabel(lang, year), href: paths.listing(lang, { kind: 'year', year }), count }))}
      />
    ) : scope.kind === 'year' ? (
      <PeriodNav
        lang={lang}
        heading={t.byMonth}
        links={monthCounts(archive, scope.year).map(({ month, count }) => ({ label: monthName(lang, month), href: paths.listing(lang, { kind: 'month', year: scope.year, month }), count }))}
      />
    ) : null;
  return (
    <>
      <JsonLd data={resolved.jsonLd} />
      <ListingView {...resolved} agencies={archive.agencies}>
        {nav}
      </ListingView>
    </>
  );
}
