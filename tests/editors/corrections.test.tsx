// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ArticleView } from '@/components/ArticleView';
import { ReleaseList } from '@/components/ReleaseList';
import { lastChanged, withdrawalOf } from '@/lib/content';
import { articleMetadata, buildFeed, feedXml, newsArticleJsonLd, sitemapEntries } from '@/lib/seo';
import { absoluteUrl } from '@/lib/site';
import { searchRecords } from '@/lib/search/index/records';
import { releaseFiles, testSite, type TestRelease } from '../helpers/site';

afterEach(cleanup);

const corrected: TestRelease = {
  slug: '2019-03-01-budget',
  title: 'ครม. อนุมัติงบประมาณ',
  updated: [
    { date: '2019-03-02', note: 'แก้ไขตัวเลขงบประมาณจาก 10 เป็น 12 ล้านบาท' },
    { date: '2019-03-05', note: 'เพิ่มชื่อหน่วยงานที่รับผิดชอบ' },
  ],
};
const withdrawn: TestRelease = { slug: '2019-02-01-jobs', title: 'ประกาศรับสมัครงาน', withdrawn: { date: '2019-02-10', reason: 'ประกาศฉบับนี้ถูกยกเลิก ดูประกาศฉบับใหม่' } };
const plain: TestRelease = { slug: '2019-01-15-plain', title: 'ข่าวธรรมดา', updated: '2019-01-20' };

function site() {
  const { archive, errors } = testSite(releaseFiles([corrected, withdrawn, plain]));
  expect(errors).toEqual([]);
  return archive;
}

describe('corrections', () => {
  it('reads a list of dated change notes newest first, and a single date as one change without a note', () => {
    const archive = site();
    expect(archive.bySlug.get('2019-03-01-budget')!.th!.updated).toEqual([
      { date: '2019-03-05', note: 'เพิ่มชื่อหน่วยงานที่รับผิดชอบ' },
      { date: '2019-03-02', note: 'แก้ไขตัวเลขงบประมาณจาก 10 เป็น 12 ล้านบาท' },
    ]);
    expect(archive.bySlug.get('2019-01-15-plain')!.th!.updated).toEqual([{ date: '2019-01-20' }]);
  });

  it('raises dateModified, the sitemap lastmod, the feed entry and og:modified_time to the latest change', () => {
    const archive = site();
    const story = archive.bySlug.get('2019-03-01-budget')!;
    expect(lastChanged(story)).toBe('2019-03-05');
    expect(newsArticleJsonLd(archive, story, 'th').dateModified).toBe('2019-03-05T00:00:00+07:00');
    expect(sitemapEntries(archive).find((entry) => entry.url === absoluteUrl('/th/news/2019-03-01-budget'))?.lastModified).toBe('2019-03-05');
    const atom = feedXml(buildFeed(archive, 'th', { kind: 'all' })!, 'atom');
    expect(atom).toContain('<updated>2019-03-04T17:00:00.000Z</updated>');
    expect((articleMetadata(archive, story, 'th').openGraph as { modifiedTime?: string }).modifiedTime).toBe('2019-03-05T00:00:00+07:00');
  });

  it('shows "last updated" and the history of changes on the page, in the page language', () => {
    const archive = site();
    const story = archive.bySlug.get('2019-03-01-budget')!;
    render(<ArticleView story={story} lang="th" bodyHtml="<p>เนื้อข่าว</p>" agencies={archive.agencies} categories={archive.categories} />);
    expect(screen.getByText('ปรับปรุงล่าสุด').nextElementSibling?.querySelector('time')?.getAttribute('datetime')).toBe('2019-03-05');
    const history = screen.getByRole('heading', { name: 'ประวัติการแก้ไข' }).nextElementSibling!;
    expect([...history.querySelectorAll('li')].map((li) => li.querySelector('.digits-arabic')?.textContent + li.textContent!.replace(/^[^:]*/, ''))).toEqual([
      '5 มีนาคม 2562: เพิ่มชื่อหน่วยงานที่รับผิดชอบ',
      '2 มีนาคม 2562: แก้ไขตัวเลขงบประมาณจาก 10 เป็น 12 ล้านบาท',
      '1 มีนาคม 2562: เผยแพร่',
    ]);
  });

  it('rejects a correction dated before the release, with its line', () => {
    const { errors } = testSite(releaseFiles([{ ...corrected, updated: [{ date: '2019-02-27', note: 'แก้ไขตัวเลข' }] }]));
    expect(errors).toEqual(['content/news/2019/2019-03-01-budget.th.md:4: updated: a correction cannot be dated before the release (date:)']);
  });
});

describe('withdrawal', () => {
  it('keeps the page with a prominent notice of when and why, noindex', () => {
    const archive = site();
    const story = archive.bySlug.get('2019-02-01-jobs')!;
    expect(withdrawalOf(story)).toEqual({ date: '2019-02-10', reason: 'ประกาศฉบับนี้ถูกยกเลิก ดูประกาศฉบับใหม่' });
    render(<ArticleView story={story} lang="en" agencies={archive.agencies} categories={archive.categories} />);
    const notice = screen.getByRole('alert');
    expect(notice.querySelector('strong')!.textContent!.replace(/Sunday.*$/, '')).toBe('This release was withdrawn on ');
    expect(notice.querySelector('time')!.getAttribute('datetime')).toBe('2019-02-10');
    expect(notice.textContent).toContain('Reason: ประกาศฉบับนี้ถูกยกเลิก ดูประกาศฉบับใหม่');
    expect(articleMetadata(archive, story, 'th').robots).toEqual({ index: false, follow: true });
  });

  it('is labelled in listings and search, and left out of feeds and the sitemap', () => {
    const archive = site();
    render(<ReleaseList stories={archive.stories} lang="th" agencies={archive.agencies} />);
    const items = [...document.querySelectorAll('.release-list__item')];
    expect(items.map((item) => [item.querySelector('a')!.textContent, item.querySelector('.badge--withdrawn')?.textContent ?? null])).toEqual([
      ['ครม. อนุมัติงบประมาณ', null],
      ['ประกาศรับสมัครงาน', 'ถอนแล้ว'],
      ['ข่าวธรรมดา', null],
    ]);
    expect(searchRecords(archive, 'th').map((record) => [record.slug, record.withdrawn])).toEqual([
      ['2019-01-15-plain', undefined],
      ['2019-02-01-jobs', '2019-02-10'],
      ['2019-03-01-budget', undefined],
    ]);
    const rss = feedXml(buildFeed(archive, 'th', { kind: 'all' })!, 'rss');
    expect(rss).not.toContain('2019-02-01-jobs');
    expect(rss).toContain('2019-03-01-budget');
    expect(sitemapEntries(archive).filter((entry) => entry.url.includes('2019-02-01-jobs'))).toEqual([]);
  });

  it('needs a reason', () => {
    const { errors } = testSite(releaseFiles([{ ...withdrawn, withdrawn: { date: '2019-02-10' } }]));
    expect(errors).toEqual(['content/news/2019/2019-02-01-jobs.th.md:4: withdrawn.reason: required field is missing']);
  });
});
