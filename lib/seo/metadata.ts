import type { Metadata } from 'next';
import { isPaired, lastChanged, releaseFor, type Archive, type ImageFile, type Story } from '../content';
import { locales, type Locale } from '../i18n/locales';
import { fill, messages } from '../i18n/dictionaries';
import { paths, type FeedFormat, type FeedScope, type ResolvedFacetIndex, type ResolvedListing } from '../listing';
import { absoluteUrl } from '../site';
import { isoDateTime } from '../thai';
import { indexableLanguages } from './indexable';

const ogLocale: Record<Locale, string> = { th: 'th_TH', en: 'en_US' };
const feedTypes: Record<FeedFormat, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml' };

/** The feeds a page announces with `<link rel="alternate">`: RSS and Atom of one feed scope. */
function feedLinks(lang: Locale, scope: FeedScope, name: string): NonNullable<Metadata['alternates']>['types'] {
  const title = fill(messages(lang).feedTitle, { name });
  return Object.fromEntries(
    (['rss', 'atom'] as const).map((format) => [feedTypes[format], [{ url: absoluteUrl(paths.feed(lang, scope, format)), title: `${title} (${format === 'rss' ? 'RSS' : 'Atom'})` }]]),
  );
}

/** The same page in every language, for a page that is a real translation pair. */
const inEveryLanguage = (path: (lang: Locale) => string) => Object.fromEntries(locales.map((lang) => [lang, path(lang)])) as Record<Locale, string>;

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
  /** The picture link previews show (`og:image`), with its description. */
  image?: { file: ImageFile; alt: string };
}

/** Metadata every page shares: canonical, hreflang alternates, feeds, Open Graph and Twitter card. */
export function pageMetadata({ lang, path, title, description, languagePaths, feed, noindex, image }: PageSeo): Metadata {
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
      ...(image && { images: [{ url: absoluteUrl(image.file.src), width: image.file.width, height: image.file.height, alt: image.alt, type: image.file.type }] }),
    },
    // X reads the title, description and image from Open Graph; repeating them as twitter:* would only add bytes.
    twitter: { card: image ? 'summary_large_image' : 'summary' },
    ...(noindex && { robots: { index: false, follow: true } }),
  };
}

/** Metadata of a home page: the site's name alone as its title, and the feed of all news. */
export function homeMetadata(lang: Locale): Metadata {
  const t = messages(lang);
  return {
    ...pageMetadata({
      lang,
      path: paths.home(lang),
      title: t.siteName,
      description: t.siteTagline,
      languagePaths: inEveryLanguage(paths.home),
      feed: { scope: { kind: 'all' }, name: t.allNews },
    }),
    title: { absolute: t.siteName },
  };
}

/** Metadata of the index of every category or every agency: a translation pair. */
export function facetIndexMetadata({ lang, kind, title, path }: ResolvedFacetIndex): Metadata {
  return pageMetadata({
    lang,
    path,
    title,
    description: `${title} · ${messages(lang).siteTagline}`,
    languagePaths: inEveryLanguage((other) => paths.facetIndex(other, kind)),
  });
}

/**
 * Metadata of a listing page: its own canonical address (later pages too), hreflang to the same page in the other
 * language, and its feed. The English view with the Thai-only releases added is mostly Thai titles: `noindex`.
 */
export function listingMetadata({ lang, listing, title, path, feed }: ResolvedListing): Metadata {
  const t = messages(lang);
  const { scope, page, withThai, total } = listing;
  return pageMetadata({
    lang,
    path,
    title: page > 1 ? fill(t.pageTitle, { title, page }) : title,
    description: `${title}: ${fill(total === 1 ? t.releaseCountOne : t.releaseCount, { count: total })}. ${t.siteTagline}`,
    ...(!withThai && page === 1 && { languagePaths: inEveryLanguage((other) => paths.listing(other, scope)) }),
    ...(feed && { feed: { scope: feed, name: title } }),
    noindex: withThai,
  });
}

/**
 * Metadata of a release page: hreflang alternates when the story is a translation pair (`isPaired`), `noindex` unless
 * `lang` is one of its `indexableLanguages` (the page of a language it has no text in, or of a withdrawn release).
 */
export function articleMetadata(archive: Archive, story: Story, lang: Locale): Metadata {
  const { release } = releaseFor(story, lang);
  const category = release.category ? archive.categories[release.category]?.[lang] : undefined;
  const base = pageMetadata({
    lang,
    path: paths.article(lang, story.slug),
    title: release.title,
    description: release.excerpt,
    ...(isPaired(story) && { languagePaths: inEveryLanguage((other) => paths.article(other, story.slug)) }),
    feed: { scope: { kind: 'all' }, name: messages(lang).allNews },
    noindex: !indexableLanguages(story).includes(lang),
    ...(release.imageFile && release.imageAlt && { image: { file: release.imageFile, alt: release.imageAlt } }),
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
