import { describe, expect, it } from 'vitest';
import { articleCrumbs, facetCounts, HOME_LATEST, homeLists, listingCrumbs, listingPage, monthCounts, monthLabel, neighbours, RELEASES_PER_PAGE, relatedStories, scopeTitle, storiesOf, yearCounts, yearLabel } from '@/lib/listing';
import { archiveOf, manyReleases } from '../helpers/site';

// 45 releases, one a day back from 2019-03-10: 2019-03 (10), 2019-02 (28), 2019-01 (7); every fifth translated.
const archive = archiveOf(manyReleases(45));

describe('listings', () => {
  it('pages 20 releases at a time, newest first, and knows the last page', () => {
    const first = listingPage(archive, 'th', { scope: { kind: 'all' }, page: 1, withThai: false });
    const last = listingPage(archive, 'th', { scope: { kind: 'all' }, page: 3, withThai: false });
    expect(first?.stories.map((s) => s.date).slice(0, 2)).toEqual(['2019-03-10', '2019-03-09']);
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 45 });
    expect(first?.stories).toHaveLength(RELEASES_PER_PAGE);
    expect(last?.stories).toHaveLength(5);
    expect(listingPage(archive, 'th', { scope: { kind: 'all' }, page: 4, withThai: false })).toBeNull();
  });

  it('groups by year, month, category and agency', () => {
    expect(yearCounts(archive)).toEqual([{ year: 2019, count: 45 }]);
    expect(monthCounts(archive, 2019)).toEqual([
      { month: 3, count: 10 },
      { month: 2, count: 28 },
      { month: 1, count: 7 },
    ]);
    expect(storiesOf(archive, { kind: 'month', year: 2019, month: 1 }).map((s) => s.date)).toEqual(['2019-01-31', '2019-01-30', '2019-01-29', '2019-01-28', '2019-01-27', '2019-01-26', '2019-01-25']);
    expect(facetCounts(archive, 'agency')).toEqual([
      { id: 'mdes', count: 15 },
      { id: 'mfa', count: 15 },
      { id: 'moph', count: 15 },
    ]);
    expect(facetCounts(archive, 'category')).toEqual([
      { id: 'government-house', count: 23 },
      { id: 'foreign-affairs', count: 22 },
    ]);
  });

  it('is a 404 (null), never an empty page, for a combination with no releases', () => {
    const none = [
      { scope: { kind: 'year' as const, year: 2017 } },
      { scope: { kind: 'month' as const, year: 2019, month: 4 } },
      { scope: { kind: 'agency' as const, id: 'unused' } },
      { scope: { kind: 'agency' as const, id: 'no-such-agency' } },
      { scope: { kind: 'category' as const, id: 'empty' } },
    ];
    for (const { scope } of none) expect(listingPage(archive, 'en', { scope, page: 1, withThai: false }), JSON.stringify(scope)).toBeNull();
  });

  it('leads English listings with the releases readable in English; the with-thai view adds the Thai-only ones, labelled', () => {
    const english = listingPage(archive, 'en', { scope: { kind: 'agency', id: 'mdes' }, page: 1, withThai: false });
    const withThai = listingPage(archive, 'en', { scope: { kind: 'agency', id: 'mdes' }, page: 1, withThai: true });
    expect(english).toMatchObject({ total: 3, allTotal: 15, englishTotal: 3, pageCount: 1 });
    expect(english?.stories.map((s) => s.slug)).toEqual(['2019-03-10-release-0', '2019-02-23-release-15', '2019-02-08-release-30']);
    expect(withThai).toMatchObject({ total: 15, allTotal: 15, englishTotal: 3 });
    expect(withThai?.stories.filter((s) => !s.en)).toHaveLength(12);
    expect(listingPage(archive, 'th', { scope: { kind: 'all' }, page: 1, withThai: true })).toBeNull();
    expect(listingPage(archive, 'th', { scope: { kind: 'agency', id: 'mdes' }, page: 1, withThai: false })).toMatchObject({ total: 15 });
  });

  it('shows a scope with no English release in full, with no separate with-thai view', () => {
    const site = archiveOf([
      { slug: '2019-03-10-thai', title: 'ข่าวภาษาไทย', agency: 'moph' },
      { slug: '2019-03-09-english', en: 'An English-only release', agency: 'mfa' },
    ]);
    expect(listingPage(site, 'en', { scope: { kind: 'agency', id: 'moph' }, page: 1, withThai: false })).toMatchObject({ total: 1, englishTotal: 0, allTotal: 1 });
    expect(listingPage(site, 'en', { scope: { kind: 'agency', id: 'moph' }, page: 1, withThai: true })).toBeNull();
    expect(listingPage(site, 'en', { scope: { kind: 'all' }, page: 1, withThai: false })?.stories.map((s) => s.slug)).toEqual(['2019-03-09-english']);
    expect(listingPage(site, 'th', { scope: { kind: 'all' }, page: 1, withThai: false })?.stories.map((s) => s.slug)).toEqual(['2019-03-10-thai', '2019-03-09-english']);
  });
});

describe('home pages', () => {
  it('lead in English with the releases readable in English, then a few Thai-only ones; in Thai with everything', () => {
    const english = homeLists(archive, 'en');
    expect(english.latest.map((s) => s.slug)).toEqual(archive.stories.filter((s) => s.en).slice(0, HOME_LATEST).map((s) => s.slug));
    expect(english.otherLanguage.map((s) => s.slug)).toEqual(['2019-03-09-release-1', '2019-03-08-release-2', '2019-03-07-release-3', '2019-03-06-release-4', '2019-03-04-release-6']);
    expect(english.otherLanguageTotal).toBe(36);
    const thai = homeLists(archive, 'th');
    expect(thai.latest).toHaveLength(HOME_LATEST);
    expect(thai.latest[1]!.slug).toBe('2019-03-09-release-1');
    expect(thai.otherLanguage).toEqual([]);
  });
});

describe('an article’s neighbours and related releases', () => {
  const story = archive.bySlug.get('2019-03-03-release-7')!;

  it('links the releases published just before and after', () => {
    const { older, newer } = neighbours(archive, story);
    expect(older?.slug).toBe('2019-03-02-release-8');
    expect(newer?.slug).toBe('2019-03-04-release-6');
    expect(neighbours(archive, archive.stories[0]!).newer).toBeUndefined();
    expect(neighbours(archive, archive.stories.at(-1)!).older).toBeUndefined();
  });

  it('ranks shared tags first, then shared agency and category, nearest in date first', () => {
    // release-7 is mfa, foreign-affairs, tagged อาเซียน. Releases 21, 28, 35 share the tag and one more (score 3);
    // release-1 (mfa, foreign-affairs, no tag) ties with 0, 13 and 14 at 2 and is the nearest (6 days away).
    const related = relatedStories(archive, story).map((s) => s.slug);
    expect(related).toEqual(['2019-02-17-release-21', '2019-02-10-release-28', '2019-02-03-release-35', '2019-03-09-release-1']);
    expect(related).not.toContain(story.slug);
  });
});

describe('labels', () => {
  it('names years and months in the Buddhist era on Thai pages, CE on English ones', () => {
    expect(yearLabel('th', 2018)).toBe('พ.ศ. 2561');
    expect(yearLabel('en', 2018)).toBe('2018');
    expect(monthLabel('th', 2018, 12)).toBe('ธันวาคม 2561');
    expect(monthLabel('en', 2018, 12)).toBe('December 2018');
    expect(scopeTitle('th', { kind: 'month', year: 2018, month: 12 }, archive)).toBe('ข่าวเดือนธันวาคม 2561');
    expect(scopeTitle('th', { kind: 'year', year: 2018 }, archive)).toBe('ข่าวปี พ.ศ. 2561');
    expect(scopeTitle('en', { kind: 'agency', id: 'mfa' }, archive)).toBe('Ministry of Foreign Affairs');
  });

  it('builds breadcrumb trails that end on the page itself', () => {
    expect(listingCrumbs('th', { kind: 'month', year: 2018, month: 12 }, archive)).toEqual([
      { name: 'หน้าแรก', path: '/th' },
      { name: 'ข่าวทั้งหมด', path: '/th/news' },
      { name: 'พ.ศ. 2561', path: '/th/news/2018' },
      { name: 'ธันวาคม' },
    ]);
    expect(articleCrumbs('en', archive.bySlug.get('2019-03-10-release-0')!).map((c) => c.path ?? c.name)).toEqual(['/en', '/en/news', '/en/news/2019', '/en/news/2019/03', 'Release 0']);
  });
});
