import type { MetadataRoute } from 'next';
import { isPaired, lastChanged, type Archive, type Story } from '../content';
import { locales, type Locale } from '../i18n/locales';
import { facetCounts, facetKinds, monthCounts, paths, storiesOf, yearCounts, type ListingScope } from '../listing';
import { absoluteUrl } from '../site';
import { indexableLanguages } from './indexable';

/** The sitemaps protocol's limit of URLs in one sitemap file. */
export const SITEMAP_LIMIT = 50_000;

type Entry = MetadataRoute.Sitemap[number];

const newest = (stories: readonly Story[]) => stories.reduce((latest, story) => (lastChanged(story) > latest ? lastChanged(story) : latest), '');

/** The hreflang alternates of a page that exists in every language as a real translation. */
const alternatesOf = (path: (lang: Locale) => string) => ({ languages: Object.fromEntries(locales.map((lang) => [lang, absoluteUrl(path(lang))])) });

/** A page that exists in every language as a real translation: one entry per language, each naming all of them. */
function pair(path: (lang: Locale) => string, lastModified: string): Entry[] {
  const alternates = alternatesOf(path);
  return locales.map((lang) => ({ url: absoluteUrl(path(lang)), lastModified, alternates }));
}

/**
 * Every indexable page: home pages, the category and agency indexes, the first page of each listing, and every
 * release in each of its `indexableLanguages`, with hreflang alternates when it is a translation pair (`isPaired`).
 * `lastmod` is the latest correction, withdrawal or publication date.
 */
function buildEntries(archive: Archive): Entry[] {
  const all = newest(archive.stories);
  const scopes: ListingScope[] = [
    { kind: 'all' },
    ...yearCounts(archive).flatMap(({ year }) => [{ kind: 'year', year } as const, ...monthCounts(archive, year).map(({ month }) => ({ kind: 'month', year, month }) as const)]),
    ...facetKinds.flatMap((kind) => facetCounts(archive, kind).map(({ id }) => ({ kind, id }))),
  ];
  const entries: Entry[] = [
    ...pair(paths.home, all),
    ...facetKinds.flatMap((kind) => pair((lang) => paths.facetIndex(lang, kind), all)),
    ...scopes.flatMap((scope) => pair((lang) => paths.listing(lang, scope), newest(storiesOf(archive, scope)))),
  ];
  for (const story of archive.stories) {
    const article = (lang: Locale) => paths.article(lang, story.slug);
    const lastModified = lastChanged(story);
    const alternates = isPaired(story) ? alternatesOf(article) : undefined;
    entries.push(...indexableLanguages(story).map((lang) => ({ url: absoluteUrl(article(lang)), lastModified, ...(alternates && { alternates }) })));
  }
  return entries;
}

const built = new WeakMap<Archive, Entry[]>();

/** Every sitemap entry of the archive, computed once per process. */
export function sitemapEntries(archive: Archive): Entry[] {
  let entries = built.get(archive);
  if (!entries) {
    entries = buildEntries(archive);
    built.set(archive, entries);
  }
  return entries;
}

/** How many sitemap files the archive needs (at least one). */
export function sitemapCount(archive: Archive, limit = SITEMAP_LIMIT): number {
  return Math.max(1, Math.ceil(sitemapEntries(archive).length / limit));
}

/** The entries of sitemap file `id` (0-based). */
export function sitemapChunk(archive: Archive, id: number, limit = SITEMAP_LIMIT): Entry[] {
  return sitemapEntries(archive).slice(id * limit, (id + 1) * limit);
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The sitemap index at `/sitemap.xml`: one `<sitemap>` per file, with the latest `lastmod` of the file's entries.
 * Next.js's `generateSitemaps` serves the files but writes no index, so the index is this small document.
 */
export function sitemapIndexXml(archive: Archive, limit = SITEMAP_LIMIT): string {
  const files = Array.from({ length: sitemapCount(archive, limit) }, (_, id) => {
    const lastmod = sitemapChunk(archive, id, limit).reduce((latest, entry) => (String(entry.lastModified) > latest ? String(entry.lastModified) : latest), '');
    return `<sitemap><loc>${escapeXml(absoluteUrl(paths.sitemapFile(id)))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files.join('\n')}\n</sitemapindex>\n`;
}
