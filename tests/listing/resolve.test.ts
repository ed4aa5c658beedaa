import { describe, expect, it } from 'vitest';
import { resolveArticle, resolveFacetIndex, resolveFacetListing, resolveListing } from '@/lib/listing';
import { archiveOf, manyReleases } from '../helpers/site';

// 45 releases, one a day back from 2019-03-10; every fifth translated (release-0 is, release-1 is not).
const archive = archiveOf(manyReleases(45));

describe('resolveListing', () => {
  it('gives a listing its title, trail, own address, feed and the way down to its months', () => {
    const year = resolveListing(archive, 'th', { scope: { kind: 'year', year: 2019 }, page: 2, withThai: false })!;
    expect(year.title).toBe('ข่าวปี พ.ศ. 2562');
    expect(year.path).toBe('/th/news/2019/page/2');
    expect(year.crumbs.map((c) => c.path ?? c.name)).toEqual(['/th', '/th/news', 'พ.ศ. 2562']);
    expect(year.feed).toBeUndefined();
    expect(year.periods).toEqual({
      heading: 'ข่าวรายเดือน',
      links: [
        { label: 'มีนาคม', href: '/th/news/2019/03', count: 10 },
        { label: 'กุมภาพันธ์', href: '/th/news/2019/02', count: 28 },
        { label: 'มกราคม', href: '/th/news/2019/01', count: 7 },
      ],
    });
    expect(year.listing.stories).toHaveLength(20);
    const all = resolveListing(archive, 'en', { scope: { kind: 'all' }, page: 1, withThai: false })!;
    expect(all.feed).toEqual({ kind: 'all' });
    expect(all.periods).toEqual({ heading: 'News by year', links: [{ label: '2019', href: '/en/news/2019', count: 45 }] });
    expect(resolveListing(archive, 'th', { scope: { kind: 'year', year: 2017 }, page: 1, withThai: false })).toBeNull();
  });

  it('reads a category or agency listing from its route params, with its feed and no period links', () => {
    const agency = resolveFacetListing(archive, 'en', 'agency', 'mfa', ['with-thai'])!;
    expect(agency.path).toBe('/en/agency/mfa/with-thai');
    expect(agency.title).toBe('Ministry of Foreign Affairs');
    expect(agency.crumbs).toEqual([{ name: 'Home', path: '/en' }, { name: 'Agencies', path: '/en/agency' }, { name: 'Ministry of Foreign Affairs' }]);
    expect(agency.feed).toEqual({ kind: 'agency', id: 'mfa' });
    expect(agency.periods).toBeUndefined();
    expect(agency.listing.stories.some((story) => !story.en)).toBe(true);
    expect(resolveFacetListing(archive, 'en', 'agency', 'mfa')!.listing.stories.every((story) => story.en)).toBe(true);
    expect(resolveFacetListing(archive, 'en', 'agency', 'mfa', ['page', '1'])).toBeNull();
    expect(resolveFacetListing(archive, 'th', 'category', 'empty')).toBeNull();
  });

  it('gives the index of every agency that has releases, in registry order', () => {
    expect(resolveFacetIndex(archive, 'th', 'agency')).toEqual({
      lang: 'th',
      kind: 'agency',
      title: 'หน่วยงาน',
      crumbs: [{ name: 'หน้าแรก', path: '/th' }, { name: 'หน่วยงาน' }],
      path: '/th/agency',
      registry: archive.agencies,
      counts: [
        { id: 'mdes', count: 15 },
        { id: 'mfa', count: 15 },
        { id: 'moph', count: 15 },
      ],
    });
  });
});

describe('resolveArticle', () => {
  it('gives a translated release its own text, trail, neighbours and related releases', () => {
    const article = resolveArticle(archive, 'en', '2019-03-10-release-0')!;
    expect(article.release.title).toBe('Release 0');
    expect(article.inOtherLanguage).toBe(false);
    expect(article.bodyHtml).toBe('<p>Text of Release 0</p>\n');
    expect(article.path).toBe('/en/news/2019-03-10-release-0');
    expect(article.crumbs.map((c) => c.path ?? c.name)).toEqual(['/en', '/en/news', '/en/news/2019', '/en/news/2019/03', 'Release 0']);
    expect(article.older?.slug).toBe('2019-03-09-release-1');
    expect(article.newer).toBeUndefined();
    expect(article.related).toHaveLength(4);
  });

  it('gives the English page of a Thai-only release its Thai version, marked, and no body', () => {
    const article = resolveArticle(archive, 'en', '2019-03-09-release-1')!;
    expect(article.release.lang).toBe('th');
    expect(article.inOtherLanguage).toBe(true);
    expect(article.bodyHtml).toBeUndefined();
    expect(article.crumbs.at(-1)).toEqual({ name: 'ข่าวที่ 1' });
  });

  it('is null (a 404) for an unknown slug', () => {
    expect(resolveArticle(archive, 'th', '2019-03-10-no-such-release')).toBeNull();
  });
});
