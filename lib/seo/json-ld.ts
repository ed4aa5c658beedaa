import { filedRelease, lastUpdate, releaseFor, type Archive, type Story } from '../content';
import { otherLocale, type Locale } from '../i18n/locales';
import { messages } from '../i18n/dictionaries';
import { paths, type AboutLink, type Crumb } from '../listing';
import { absoluteUrl } from '../site';
import { isoDateTime } from '../thai';

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
  const id = filedRelease(story).agency;
  const agency = id ? archive.agencies[id] : undefined;
  if (!id || !agency) return { '@type': 'GovernmentOrganization', name: messages(lang).governmentName, url: absoluteUrl(paths.home(lang)) };
  return {
    '@type': 'GovernmentOrganization',
    name: agency[lang],
    alternateName: agency[otherLocale(lang)],
    url: absoluteUrl(paths.listing(lang, { kind: 'agency', id })),
  };
}

/**
 * schema.org `NewsArticle` of a release in the language it is written in (`lang` must have a text).
 * Dates are full ISO date-times at midnight Bangkok time, as search engines ask for a time zone. No `description`:
 * Google does not use it for articles, and the page's meta description already carries the excerpt.
 */
export function newsArticleJsonLd(archive: Archive, story: Story, lang: Locale) {
  const { release } = releaseFor(story, lang);
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
    dateModified: isoDateTime(lastUpdate(release)),
    publisher: organisation,
    author: organisation,
    isAccessibleForFree: true,
    ...(category && { articleSection: category }),
    ...(release.tags.length > 0 && { keywords: release.tags.join(', ') }),
    ...(release.source && { isBasedOn: release.source }),
    ...(release.imageFile && { image: { '@type': 'ImageObject', url: absoluteUrl(release.imageFile.src), width: release.imageFile.width, height: release.imageFile.height } }),
  };
}

/** The schema.org type of each kind of About term. */
const ABOUT_TYPES: Record<AboutLink['kind'], string> = { person: 'Person', place: 'Place', organisation: 'Organization', position: 'Thing', topic: 'Thing' };

/**
 * schema.org `WebPage` of the English page of a Thai-only release: the page is in English and is about what the
 * Thai text names (`about`, `keywords`: the About line's terms, derived from the Thai text, not a translation); its
 * main entity is the Thai `NewsArticle`, at the Thai page's address.
 */
export function aboutPageJsonLd(archive: Archive, story: Story, lang: Locale, about: readonly AboutLink[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url: absoluteUrl(paths.article(lang, story.slug)),
    inLanguage: lang,
    about: about.map((term) => ({ '@type': ABOUT_TYPES[term.kind], name: term.english, ...(term.href && { url: absoluteUrl(term.href) }) })),
    keywords: about.map((term) => term.english).join(', '),
    // The outer object's context covers it: undefined leaves the key out of the JSON.
    mainEntity: { ...newsArticleJsonLd(archive, story, otherLocale(lang)), '@context': undefined },
  };
}
