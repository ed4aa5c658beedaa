// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { ArticleView } from '@/components/ArticleView';
import type { Registry, Release, Story } from '@/lib/content';

afterEach(cleanup);

const agencies: Registry = { mdes: { th: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', en: 'Ministry of Digital Economy and Society' } };
const categories: Registry = { 'government-house': { th: 'ข่าวทำเนียบรัฐบาล', en: 'Government House News' } };

function release(lang: 'th' | 'en', title: string): Release {
  return {
    slug: '2018-12-07-telmin-18',
    lang,
    file: `content/news/2018/2018-12-07-telmin-18.${lang}.md`,
    title,
    date: '2018-12-07',
    agency: 'mdes',
    category: 'government-house',
    tags: [],
    source: 'https://www.thaigov.go.th/news/contents/details/17391',
    legacyId: 17391,
    excerpt: '',
    bodyLine: 9,
  };
}

const th = release('th', 'กระทรวงดิจิทัลฯ เผยที่ประชุม TELMIN ครั้งที่ 18');
const translated: Story = { slug: th.slug, date: th.date, th, en: release('en', 'TELMIN 18 backs Thailand’s proposals') };
const thaiOnly: Story = { slug: th.slug, date: th.date, th };
const englishOnly: Story = { slug: th.slug, date: th.date, en: release('en', 'The cabinet met on December 7, 2018') };

describe('ArticleView', () => {
  it('shows a Thai release with its full Buddhist-era date, names in Thai and the source', () => {
    render(<ArticleView story={translated} lang="th" bodyHtml="<p>ระหว่างวันที่ ๕-๖ ธันวาคม ๒๕๖๑</p>" agencies={agencies} categories={categories} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('กระทรวงดิจิทัลฯ เผยที่ประชุม TELMIN ครั้งที่ 18');
    const time = document.querySelector('time[datetime="2018-12-07"]');
    expect(time?.querySelector('.digits-arabic')?.textContent).toBe('วันศุกร์ที่ 7 ธันวาคม 2561');
    expect(time?.querySelector('.digits-thai')?.textContent).toBe('วันศุกร์ที่ ๗ ธันวาคม ๒๕๖๑');
    expect(screen.getByText('กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม')).toBeTruthy();
    expect(screen.getByText('ข่าวทำเนียบรัฐบาล')).toBeTruthy();
    expect(screen.getByText('ระหว่างวันที่ ๕-๖ ธันวาคม ๒๕๖๑')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Read in English' }).getAttribute('href')).toBe('/en/news/2018-12-07-telmin-18');
    expect(screen.getByRole('link', { name: 'https://www.thaigov.go.th/news/contents/details/17391' })).toBeTruthy();
  });

  it('shows the English translation with a CE date and English names', () => {
    render(<ArticleView story={translated} lang="en" bodyHtml="<p>Text.</p>" agencies={agencies} categories={categories} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('TELMIN 18 backs Thailand’s proposals');
    expect(document.querySelector('time')?.textContent).toBe('Friday 7 December 2018');
    expect(screen.getByText('Ministry of Digital Economy and Society')).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.getByRole('link', { name: 'อ่านภาษาไทย' }).getAttribute('href')).toBe('/th/news/2018-12-07-telmin-18');
  });

  it('tells an English reader plainly that a release is Thai only, with English metadata and a link to the Thai text', () => {
    render(<ArticleView story={thaiOnly} lang="en" agencies={agencies} categories={categories} />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.getAttribute('lang')).toBe('th');
    expect(heading.textContent).toBe('กระทรวงดิจิทัลฯ เผยที่ประชุม TELMIN ครั้งที่ 18');
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('This release was published in Thai only');
    expect(within(note).getByRole('link', { name: 'Read the Thai text' }).getAttribute('href')).toBe('/th/news/2018-12-07-telmin-18');
    expect(document.querySelector('time')?.textContent).toBe('Friday 7 December 2018');
    expect(screen.getByText('Government House News')).toBeTruthy();
  });

  it('tells a Thai reader plainly that a release is English only, with a Buddhist-era date, Thai names and a link to the English text', () => {
    render(<ArticleView story={englishOnly} lang="th" agencies={agencies} categories={categories} />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.getAttribute('lang')).toBe('en');
    expect(heading.textContent).toBe('The cabinet met on December 7, 2018');
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('ข่าวนี้เผยแพร่เป็นภาษาอังกฤษเท่านั้น');
    const link = within(note).getByRole('link', { name: 'อ่านฉบับภาษาอังกฤษ' });
    expect(link.getAttribute('href')).toBe('/en/news/2018-12-07-telmin-18');
    expect(link.getAttribute('hreflang')).toBe('en');
    expect(document.querySelector('time .digits-arabic')?.textContent).toBe('วันศุกร์ที่ 7 ธันวาคม 2561');
    expect(screen.getByText('กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม')).toBeTruthy();
    expect(screen.getByText('ข่าวทำเนียบรัฐบาล')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Read in English' }).getAttribute('href')).toBe('/en/news/2018-12-07-telmin-18');
  });

  it('shows the image with its size, text alternative and caption, never lazily, above the text', () => {
    const pictured: Release = {
      ...th,
      image: 'telmin-18.jpg',
      imageAlt: 'ภาพผู้แทนประเทศสมาชิกอาเซียนในที่ประชุม',
      imageCaption: 'ภาพ: กระทรวงดิจิทัลฯ',
      imageFile: { src: '/media/0123456789abcdef/telmin-18.jpg', width: 1200, height: 675, type: 'image/jpeg' },
    };
    render(<ArticleView story={{ ...translated, th: pictured }} lang="th" bodyHtml="<p>ย่อหน้าแรก</p>" agencies={agencies} categories={categories} />);
    const image = screen.getByRole('img', { name: 'ภาพผู้แทนประเทศสมาชิกอาเซียนในที่ประชุม' });
    expect([image.getAttribute('src'), image.getAttribute('width'), image.getAttribute('height')]).toEqual(['/media/0123456789abcdef/telmin-18.jpg', '1200', '675']);
    expect([image.getAttribute('loading'), image.getAttribute('decoding')]).toEqual([null, 'async']);
    expect(image.closest('figure')?.querySelector('figcaption')?.textContent).toBe('ภาพ: กระทรวงดิจิทัลฯ');
    expect(image.compareDocumentPosition(screen.getByText('ย่อหน้าแรก')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no figure for a release without an image', () => {
    render(<ArticleView story={translated} lang="th" bodyHtml="<p>ย่อหน้าแรก</p>" agencies={agencies} categories={categories} />);
    expect(document.querySelector('figure')).toBeNull();
  });
});
