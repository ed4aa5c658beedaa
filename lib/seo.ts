import type { Metadata } from 'next';
import type { Archive, Story } from './content';
import { locales, type Locale } from './i18n/locales';
import { fill, messages } from './i18n/dictionaries';
import type { Crumb } from './listing-labels';
import { lastChanged } from './listing';
import { absoluteUrl, paths, type FeedFormat, type FeedScope } from './site';

/** Releases are dated in Thailand: a calendar day starts at midnight Bangkok time (UTC+7, no daylight saving). */
export const THAI_OFFSET = '+07:00';

/** @example isoDateTime('2018-12-07') // '2018-12-07T00:00:00+07:00' */
export function isoDateTime(date: string): string {
  return `${date}T00:00:00${THAI_OFFSET}`;
}

const ogLocale: Record<Locale, string> = { th: 'th_TH', en: 'en_US' };
const feedTypes: Record<FeedFormat, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml' };

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`. `<`, `>` and `&` are escaped as JSON unicode
 * escapes, so a title holding `</script>` cannot end the script early; the JSON itself is unchanged.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** schema.org `BreadcrumbList` of a trail; the last step is the page itself, at `path`. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[], path: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path ?? path),
    })),
  };
}

/** The organisation that published a release: its agency, or the government when the release names none. */
function publisher(archive: Archive, story: Story, lang: Locale) {
  const id = story.th.agency;
  const agency = id ? archive.agencies[id] : undefined;
  if (!id || !agency) return { '@type': 'GovernmentOrganization', name: messages(lang).governmentName, url: absoluteUrl(paths.home(lang)) };
  return {
    '@type': 'GovernmentOrganization',
    name: agency[lang],
    alternateName: agency[lang === 'th' ? 'en' : 'th'],
    url: absoluteUrl(paths.listing(lang, { kind: 'agency', id })),
  };
}

/**
 * schema.org `NewsArticle` of a release in the language it is written in (`lang` must have a text).
 * Dates are full ISO date-times at midnight Bangkok time, as search engines ask for a time zone. No `description`:
 * Google does not use it for articles, and the page's meta description already carries the excerpt.
 */
export function newsArticleJsonLd(archive: Archive, story: Story, lang: Locale) {
  const release = story[lang] ?? story.th;
  const url = absoluteUrl(paths.article(lang, story.slug));
  const category = release.category ? archive.categories[release.category]?.[lang] : undefined;
  const organisation = publisher(archive, story, lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.title,
    url,
    mainEntityOfPage: url,
    inLanguage: release.lang,
    datePublished: isoDateTime(story.date),
    dateModified: isoDateTime(release.updated ?? story.date),
    publisher: organisation,
    author: organisation,
    isAccessibleForFree: true,
    ...(category && { articleSection: category }),
    ...(release.tags.length > 0 && { keywords: release.tags.join(', ') }),
    ...(release.source && { isBasedOn: release.source }),
  };
}

/** The feeds a page announces with `<link rel="alternate">`: RSS and Atom of one feed scope. */
function feedLinks(lang: Locale, scope: FeedScope, name: string): NonNullable<Metadata['alternates']>['types'] {
  const title = fill(messages(lang).feedTitle, { name });
  return Object.fromEntries(
    (['rss', 'atom'] as const).map((format) => [feedTypes[format], [{ url: absoluteUrl(paths.feed(lang, scope, format)), title: `${title} (${format === 'rss' ? 'RSS' : 'Atom'})` }]]),
  );
}

export interface PageSeo {
  lang: Locale;
  /** The page's own path: its canonical address. */
  path: string;
  title: string;
  description: string;
  /** The same page in each language, when the page is a real translation pair (hreflang alternates). */
  languagePaths?: Record<Locale, string>;
  /** The feed the page belongs to, announced for autodiscovery. */
  feed?: { scope: FeedScope; name: string };
  noindex?: boolean;
}

/** Metadata every page shares: canonical, hreflang alternates, feeds, Open Graph and Twitter card. */
export function pageMetadata({ lang, path, title, description, languagePaths, feed, noindex }: PageSeo): Metadata {
  const url = absoluteUrl(path);
  return {
    title,
    description,
    alternates: {
      canonical: url,
      ...(languagePaths && { languages: Object.fromEntries(locales.map((l) => [l, absoluteUrl(languagePaths[l])])) }),
      ...(feed && { types: feedLinks(lang, feed.scope, feed.name) }),
    },
    openGraph: {
      type: 'website',
      url,
      title,
      description,
      siteName: messages(lang).siteName,
      locale: ogLocale[lang],
      ...(languagePaths && { alternateLocale: locales.filter((l) => l !== lang).map((l) => ogLocale[l]) }),
    },
    // X reads the title and description from Open Graph; repeating them as twitter:* would only add bytes to every page.
    twitter: { card: 'summary' },
    ...(noindex && { robots: { index: false, follow: true } }),
  };
}

/**
 * Metadata of a release page. A translated release is an hreflang pair; the English page of a Thai-only release
 * is `noindex` (it has no text of its own) and claims no alternate.
 */
export function articleMetadata(archive: Archive, story: Story, lang: Locale): Metadata {
  const release = story[lang] ?? story.th;
  const category = release.category ? archive.categories[release.category]?.[lang] : undefined;
  const base = pageMetadata({
    lang,
    path: paths.article(lang, story.slug),
    title: release.title,
    description: release.excerpt,
    ...(story.en && { languagePaths: { th: paths.article('th', story.slug), en: paths.article('en', story.slug) } }),
    feed: { scope: { kind: 'all' }, name: messages(lang).allNews },
    noindex: !story[lang],
  });
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: isoDateTime(story.date),
      modifiedTime: isoDateTime(lastChanged(story)),
      ...(category && { section: category }),
      ...(release.tags.length > 0 && { tags: release.tags }),
    },
  };
}
