import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArchive, readBody } from '@/lib/content';
import { asLocale, locales } from '@/lib/i18n/locales';
import { renderMarkdown } from '@/lib/markdown';
import { absoluteUrl, paths } from '@/lib/site';
import { ArticleView } from '@/components/ArticleView';

/** Pre-render the releases readers hit first; the rest render on first request and are then cached. */
const PRERENDERED = 100;

export function generateStaticParams() {
  const stories = getArchive().stories.slice(0, PRERENDERED);
  return locales.flatMap((lang) => stories.map((story) => ({ lang, slug: story.slug })));
}

async function load(params: PageProps<'/[lang]/news/[slug]'>['params']) {
  const { lang, slug } = await params;
  const story = getArchive().bySlug.get(slug);
  if (!story) notFound();
  return { lang: asLocale(lang), story };
}

export async function generateMetadata({ params }: PageProps<'/[lang]/news/[slug]'>): Promise<Metadata> {
  const { lang, story } = await load(params);
  const release = story[lang] ?? story.th;
  const translated = Boolean(story.en);
  return {
    title: release.title,
    description: release.excerpt,
    alternates: {
      canonical: absoluteUrl(paths.article(lang, story.slug)),
      ...(translated && {
        languages: Object.fromEntries(locales.map((l) => [l, absoluteUrl(paths.article(l, story.slug))])),
      }),
    },
    ...(!story[lang] && { robots: { index: false, follow: true } }),
  };
}

export default async function ArticlePage({ params }: PageProps<'/[lang]/news/[slug]'>) {
  const { lang, story } = await load(params);
  const archive = getArchive();
  const release = story[lang];
  const bodyHtml = release ? renderMarkdown(readBody(archive, release)) : undefined;
  return <ArticleView story={story} lang={lang} bodyHtml={bodyHtml} agencies={archive.agencies} categories={archive.categories} />;
}
