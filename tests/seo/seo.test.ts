import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { articleCrumbs } from '@/lib/listing';
import { articleMetadata, breadcrumbJsonLd, buildFeed, feedXml, FEED_SIZE, indexableLanguages, jsonLdText, newsArticleJsonLd, sitemapChunk, sitemapCount, sitemapEntries, sitemapIndexXml } from '@/lib/seo';
import { absoluteUrl } from '@/lib/site';
import { isoDateTime } from '@/lib/thai';
import { archiveOf, manyReleases } from '../helpers/site';

const releases = manyReleases(60);
releases[3] = { ...releases[3]!, title: 'ข่าว </script><script>alert(1)</script> & "คำพูด"', updated: '2019-04-01' };
const { title: _thai, legacyId: _id, ...englishOnly } = releases[2]!;
releases[2] = { ...englishOnly, en: 'An English-only release', enLegacyId: 90_002 };
const archive = archiveOf(releases);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'sitemap', 'xhtml:link', 'item', 'entry'].includes(name) });

describe('JSON-LD', () => {
  it('describes a release as a NewsArticle published by its agency, with Bangkok-time dates', () => {
    const story = archive.bySlug.get('2019-03-10-release-0')!;
    const data = JSON.parse(jsonLdText(newsArticleJsonLd(archive, story, 'en')));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Release 0',
      inLanguage: 'en',
      datePublished: '2019-03-10T00:00:00+07:00',
      dateModified: '2019-03-10T00:00:00+07:00',
      url: absoluteUrl('/en/news/2019-03-10-release-0'),
      publisher: { '@type': 'GovernmentOrganization', name: 'Ministry of Digital Economy and Society', url: absoluteUrl('/en/agency/mdes') },
      articleSection: 'Government House News',
    });
    expect(newsArticleJsonLd(archive, story, 'th')).toMatchObject({ inLanguage: 'th', headline: 'ข่าวที่ 0', keywords: 'อาเซียน', publisher: { name: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม' } });
  });

  it('cannot be broken out of by a title holding </script>, and parses back to the same text', () => {
    const story = archive.bySlug.get('2019-03-07-release-3')!;
    const text = jsonLdText(newsArticleJsonLd(archive, story, 'th'));
    expect(text).not.toMatch(/<|>|&/);
    const data = JSON.parse(text);
    expect(data.headline).toBe('ข่าว </script><script>alert(1)</script> & "คำพูด"');
    expect(data.dateModified).toBe('2019-04-01T00:00:00+07:00');
  });

  it('gives a BreadcrumbList with absolute addresses, the page itself last', () => {
    const story = archive.bySlug.get('2019-03-10-release-0')!;
    const data = JSON.parse(jsonLdText(breadcrumbJsonLd(articleCrumbs('th', story), '/th/news/2019-03-10-release-0')));
    expect(data['@type']).toBe('BreadcrumbList');
    expect(data.itemListElement.map((item: { position: number; item: string }) => [item.position, item.item])).toEqual([
      [1, absoluteUrl('/th')],
      [2, absoluteUrl('/th/news')],
      [3, absoluteUrl('/th/news/2019')],
      [4, absoluteUrl('/th/news/2019/03')],
      [5, absoluteUrl('/th/news/2019-03-10-release-0')],
    ]);
  });
});

describe('indexable languages', () => {
  it('are the languages a story is written in, Thai first, and none once it is withdrawn', () => {
    const paired = archive.bySlug.get('2019-03-10-release-0')!;
    expect(indexableLanguages(paired)).toEqual(['th', 'en']);
    expect(indexableLanguages(archive.bySlug.get('2019-03-09-release-1')!)).toEqual(['th']);
    expect(indexableLanguages(archive.bySlug.get('2019-03-08-release-2')!)).toEqual(['en']);
    const withdrawn = { ...paired, en: { ...paired.en!, withdrawn: { date: '2019-03-11', reason: 'Replaced by a new release' } } };
    expect(indexableLanguages(withdrawn)).toEqual([]);
  });
});

describe('article metadata', () => {
  it('gives a release with an image og:image with its size and text alternative, a large Twitter card and a JSON-LD image', () => {
    const story = archive.bySlug.get('2019-03-10-release-0')!;
    const imageFile = { src: '/media/0123456789abcdef/telmin-18.jpg', width: 1200, height: 675, type: 'image/jpeg' as const };
    const pictured = { ...story, th: { ...story.th!, image: 'telmin-18.jpg', imageAlt: 'ภาพการประชุม', imageFile } };
    const meta = articleMetadata(archive, pictured, 'th');
    expect(meta.openGraph).toMatchObject({ images: [{ url: absoluteUrl('/media/0123456789abcdef/telmin-18.jpg'), width: 1200, height: 675, alt: 'ภาพการประชุม', type: 'image/jpeg' }] });
    expect(meta.twitter).toEqual({ card: 'summary_large_image' });
    expect(newsArticleJsonLd(archive, pictured, 'th').image).toEqual({ '@type': 'ImageObject', url: absoluteUrl('/media/0123456789abcdef/telmin-18.jpg'), width: 1200, height: 675 });
    expect(articleMetadata(archive, story, 'th').openGraph).not.toHaveProperty('images');
    expect(newsArticleJsonLd(archive, story, 'th')).not.toHaveProperty('image');
  });

  it('pairs a translated release in both languages and marks it as an Open Graph article', () => {
    const meta = articleMetadata(archive, archive.bySlug.get('2019-03-10-release-0')!, 'th');
    expect(meta.alternates?.canonical).toBe(absoluteUrl('/th/news/2019-03-10-release-0'));
    expect(meta.alternates?.languages).toEqual({ th: absoluteUrl('/th/news/2019-03-10-release-0'), en: absoluteUrl('/en/news/2019-03-10-release-0') });
    expect(meta.openGraph).toMatchObject({ type: 'article', locale: 'th_TH', alternateLocale: ['en_US'], publishedTime: isoDateTime('2019-03-10') });
    expect(meta.openGraph).toMatchObject({ title: 'ข่าวที่ 0' });
    expect(meta.twitter).toEqual({ card: 'summary' });
    expect(meta.robots).toBeUndefined();
  });

  it('keeps the English page of a Thai-only release out of the index, with no alternates', () => {
    const meta = articleMetadata(archive, archive.bySlug.get('2019-03-09-release-1')!, 'en');
    expect(meta.robots).toEqual({ index: false, follow: true });
    expect(meta.alternates?.languages).toBeUndefined();
  });

  it('mirrors it for an English-only release: its Thai page is noindex, its English page indexed, neither has alternates', () => {
    const story = archive.bySlug.get('2019-03-08-release-2')!;
    const thai = articleMetadata(archive, story, 'th');
    expect(thai.robots).toEqual({ index: false, follow: true });
    expect(thai.alternates?.languages).toBeUndefined();
    expect(thai.alternates?.canonical).toBe(absoluteUrl('/th/news/2019-03-08-release-2'));
    const english = articleMetadata(archive, story, 'en');
    expect(english.robots).toBeUndefined();
    expect(english.alternates?.languages).toBeUndefined();
    expect(english.openGraph).toMatchObject({ title: 'An English-only release', locale: 'en_US' });
    expect(newsArticleJsonLd(archive, story, 'en')).toMatchObject({ headline: 'An English-only release', inLanguage: 'en', datePublished: isoDateTime('2019-03-08') });
  });
});

describe('the sitemap', () => {
  it('splits into files of at most the limit, listed by an index with the latest lastmod of each', () => {
    const entries = sitemapEntries(archive);
    const limit = 40;
    const count = sitemapCount(archive, limit);
    expect(count).toBe(Math.ceil(entries.length / limit));
    expect(count).toBeGreaterThan(1);
    const index = parser.parse(sitemapIndexXml(archive, limit));
    const files = index.sitemapindex.sitemap as { loc: string; lastmod: string }[];
    expect(files.map((f) => f.loc)).toEqual(Array.from({ length: count }, (_, id) => absoluteUrl(`/sitemaps/sitemap/${id}.xml`)));
    for (let id = 0; id < count; id++) expect(sitemapChunk(archive, id, limit).length).toBeLessThanOrEqual(limit);
    expect(files[0]?.lastmod).toBe('2019-04-01');
  });

  it('lists each release in the languages it is written in, with symmetric hreflang pairs for real pairs only', () => {
    const entries = sitemapEntries(archive);
    const urls = new Set(entries.map((e) => e.url));
    for (const story of archive.stories) {
      expect(urls.has(absoluteUrl(`/th/news/${story.slug}`))).toBe(Boolean(story.th));
      expect(urls.has(absoluteUrl(`/en/news/${story.slug}`))).toBe(Boolean(story.en));
    }
    expect(entries.find((e) => e.url === absoluteUrl('/en/news/2019-03-08-release-2'))?.alternates).toBeUndefined();
    const byUrl = new Map(entries.map((e) => [e.url, e.alternates?.languages ?? {}]));
    for (const [url, languages] of byUrl) {
      const targets = Object.values(languages) as string[];
      if (targets.length === 0) continue;
      expect(targets).toContain(url);
      for (const target of targets) expect(byUrl.get(target), `${target} (from ${url})`).toEqual(languages);
    }
    expect(entries.find((e) => e.url === absoluteUrl('/th/news/2019-03-07-release-3'))?.lastModified).toBe('2019-04-01');
  });
});

describe('feeds', () => {
  it('writes RSS 2.0 with the latest 50 releases, newest first, in the page language', () => {
    const feed = buildFeed(archive, 'th', { kind: 'all' })!;
    const rss = parser.parse(feedXml(feed, 'rss')).rss;
    expect(rss['@version']).toBe('2.0');
    expect(rss.channel.language).toBe('th');
    expect(rss.channel.item).toHaveLength(FEED_SIZE);
    expect(rss.channel.item[0]).toMatchObject({ title: 'ข่าวที่ 0', link: absoluteUrl('/th/news/2019-03-10-release-0') });
  });

  it('writes Atom for an agency; English feeds keep Thai-only releases, labelled', () => {
    const feed = buildFeed(archive, 'en', { kind: 'agency', id: 'mfa' })!;
    const atom = parser.parse(feedXml(feed, 'atom')).feed;
    expect(atom['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(atom.title).toBe('Ministry of Foreign Affairs · Thai Government News');
    expect(atom.entry).toHaveLength(20);
    expect(atom.entry[0].title['#text']).toBe('ข่าวที่ 1 (Thai only)');
    expect(atom.entry[0].published).toBe('2019-03-08T17:00:00.000Z');
    expect(atom.entry.find((e: { id: string }) => e.id === absoluteUrl('/en/news/2019-02-28-release-10')).title['#text']).toBe('Release 10');
  });

  it('keeps English-only releases in Thai feeds, under their English title, labelled, without their text', () => {
    const feed = buildFeed(archive, 'th', { kind: 'all' })!;
    const item = (parser.parse(feedXml(feed, 'rss')).rss.channel.item as { title: string; link: string; 'content:encoded'?: string }[])[2]!;
    expect(item).toMatchObject({ title: 'An English-only release (ภาษาอังกฤษเท่านั้น)', link: absoluteUrl('/th/news/2019-03-08-release-2') });
    expect(item['content:encoded']).toBeUndefined();
  });

  it('has no feed for a scope with no releases', () => {
    expect(buildFeed(archive, 'th', { kind: 'agency', id: 'unused' })).toBeNull();
    expect(buildFeed(archive, 'th', { kind: 'category', id: 'no-such' })).toBeNull();
  });
});

describe('robots.txt', () => {
  it('keeps crawlers out of search results but not off the search page, and points to the sitemap index', async () => {
    const { default: robots } = await import('@/app/robots');
    expect(robots()).toEqual({
      rules: { userAgent: '*', allow: '/', disallow: ['/th/search?', '/en/search?'] },
      sitemap: absoluteUrl('/sitemap.xml'),
    });
  });
});
