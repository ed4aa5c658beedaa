import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError, loadArchive } from '@/lib/content';
import { bangkokToday, newSlug, writeNewRelease } from '@/lib/content/scaffold';
import { releaseFiles, testSite } from '../helpers/site';

describe('newSlug', () => {
  it('takes the ASCII words of a title, else the agency and the first free number of the day', () => {
    const none = () => false;
    expect(newSlug('กระทรวงดิจิทัลฯ เผยที่ประชุม TELMIN ครั้งที่ 18', '2018-12-07', 'mdes', none)).toBe('2018-12-07-telmin-18');
    expect(newSlug('Prime Minister meets the Ambassador of Japan to Thailand today', '2026-12-01', undefined, none)).toBe('2026-12-01-prime-minister-meets-the-ambassador-of');
    expect(newSlug('นายกรัฐมนตรีประชุมคณะรัฐมนตรี', '2026-12-01', 'mfa', (slug) => slug === '2026-12-01-mfa-1')).toBe('2026-12-01-mfa-2');
    expect(newSlug('ข่าวไม่มีหน่วยงาน', '2026-12-01', undefined, none)).toBe('2026-12-01-news-1');
    expect(newSlug('Café COVID-19', '2026-12-01', undefined, (slug) => slug === '2026-12-01-cafe-covid-19')).toBe('2026-12-01-cafe-covid-19-2');
  });

  it('dates a release in Bangkok time', () => {
    expect(bangkokToday(new Date('2026-12-01T17:30:00Z'))).toBe('2026-12-02');
  });
});

describe('writeNewRelease', () => {
  it('writes a file the content check accepts, then a translation beside it, and refuses to overwrite', () => {
    const { root } = testSite(releaseFiles([{ slug: '2019-03-01-old', title: 'ข่าวเก่า' }]));
    const file = writeNewRelease(root, { title: 'นายกฯ ประชุมหารือ', lang: 'th', date: '2026-12-01', agency: 'mfa', category: 'foreign-affairs' });
    expect(file).toBe('content/news/2026/2026-12-01-mfa-1.th.md');
    expect(readFileSync(join(root, 'news/2026/2026-12-01-mfa-1.th.md'), 'utf8')).toBe(
      '---\ntitle: "นายกฯ ประชุมหารือ"\ndate: 2026-12-01\nagency: mfa\ncategory: foreign-affairs\n---\n\nเขียนเนื้อข่าวที่นี่\n',
    );
    expect(writeNewRelease(root, { title: 'PM holds talks', lang: 'en', date: '2000-01-01', translationOf: '2026-12-01-mfa-1' })).toBe('content/news/2026/2026-12-01-mfa-1.en.md');
    const { archive, errors } = loadArchive(root);
    expect(errors.map(formatContentError)).toEqual([]);
    expect(archive.bySlug.get('2026-12-01-mfa-1')?.en?.title).toBe('PM holds talks');
    expect(() => writeNewRelease(root, { title: 'PM holds talks', lang: 'en', date: '2026-12-01', translationOf: '2026-12-01-mfa-1' })).toThrow(
      'content/news/2026/2026-12-01-mfa-1.en.md already exists; edit it, or choose another title or date',
    );
    expect(() => writeNewRelease(root, { title: 'x', lang: 'th', date: '2026-12-01', agency: 'nope' })).toThrow('--agency nope: unknown agency (known: mdes, mfa, moph, unused)');
  });

  it('runs as npm run new, printing the path', () => {
    const { root } = testSite(releaseFiles([{ slug: '2019-03-01-old', title: 'ข่าวเก่า' }]));
    const out = execFileSync('npx', ['tsx', 'scripts/new.ts', '--title', 'Cabinet approves budget', '--lang', 'en', '--date', '2026-12-01'], {
      env: { ...process.env, CONTENT_DIR: root },
      encoding: 'utf8',
    });
    expect(out).toBe('content/news/2026/2026-12-01-cabinet-approves-budget.en.md\n');
  }, 60_000);
});
