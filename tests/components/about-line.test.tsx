// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { ArticleView } from '@/components/ArticleView';
import { ReleaseList } from '@/components/ReleaseList';
import type { Registry, Release, Story } from '@/lib/content';
import type { AboutLink } from '@/lib/listing';

afterEach(cleanup);

const agencies: Registry = { moph: { th: 'กระทรวงสาธารณสุข', en: 'Ministry of Public Health' } };
const th: Release = {
  slug: '2022-12-29-63255',
  lang: 'th',
  file: 'content/news/2022/2022-12-29-63255.th.md',
  title: 'ปลัด สธ. เผย รพ.ในสระแก้วให้การรักษาผู้บาดเจ็บเหตุเพลิงไหม้บ่อนปอยเปต 32 ราย',
  date: '2022-12-29',
  agency: 'moph',
  tags: [],
  excerpt: 'ปลัดกระทรวงสาธารณสุข เผย ได้รับการประสานดูแลผู้บาดเจ็บจากเหตุเพลิงไหม้',
  bodyLine: 8,
};
const thaiOnly: Story = { slug: th.slug, date: th.date, th };
const about: AboutLink[] = [
  { english: 'Ministry of Public Health', kind: 'organisation', href: '/en/agency/moph' },
  { english: 'Sa Kaeo', kind: 'place' },
  { english: 'injured', kind: 'topic' },
];

describe('the About line', () => {
  it('tells an English reader what a Thai-only release is about, labelled as derived, agencies linked, the Thai kept as Thai', () => {
    render(<ArticleView story={thaiOnly} lang="en" agencies={agencies} categories={{}} about={about} />);
    const note = screen.getByRole('note');
    const line = note.querySelector('.about-line')!;
    expect(line.textContent).toBe('About (derived from the Thai text, not a translation): Ministry of Public Health, Sa Kaeo, injured');
    expect(within(line as HTMLElement).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['Ministry of Public Health', '/en/agency/moph']]);
    expect(line.closest('[lang]')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('th');
    expect(note.querySelector('.notice__hint')?.textContent).toBe('The Thai text is marked as Thai, so on its page your browser can offer to translate it.');
  });

  it('is left out when the Thai text names nothing the vocabulary knows', () => {
    render(<ArticleView story={thaiOnly} lang="en" agencies={agencies} categories={{}} />);
    expect(document.querySelector('.about-line')).toBeNull();
    expect(screen.getByRole('note').textContent).toContain('This release was published in Thai only');
  });

  it('shows under a Thai-only entry of an English list, in English, above the Thai excerpt', () => {
    render(<ReleaseList stories={[thaiOnly]} lang="en" agencies={agencies} about={new Map([[th.slug, about]])} />);
    const item = screen.getByRole('listitem');
    expect(item.querySelector('.release-list__about')?.textContent).toBe('About (derived from the Thai text, not a translation): Ministry of Public Health, Sa Kaeo, injured');
    expect(item.querySelector('.release-list__about')?.nextElementSibling?.getAttribute('lang')).toBe('th');
    expect(within(item).getByRole('link', { name: 'Ministry of Public Health' }).getAttribute('href')).toBe('/en/agency/moph');
  });
});
