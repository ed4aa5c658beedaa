import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entriesAbout, entryAbout, pageAbout, pageText } from '@/lib/listing';
import { testSite } from '../helpers/site';

/**
 * Three real Thai-only releases of thaigov.go.th (tests/fixtures/about/README.md says where each comes from), in a
 * tiny site with the project's own registries, read through the shipped vocabulary (lib/search/dictionary/bilingual.tsv).
 */
const fixture = (slug: string) => readFileSync(`tests/fixtures/about/${slug}.th.md`, 'utf8');
const slugs = ['2022-12-29-63255', '2023-02-06-64595', '2025-07-22-98653'];
const { archive, errors } = testSite({
  'agencies.yaml': readFileSync('content/agencies.yaml', 'utf8'),
  'categories.yaml': readFileSync('content/categories.yaml', 'utf8'),
  ...Object.fromEntries(slugs.map((slug) => [`news/${slug.slice(0, 4)}/${slug}.th.md`, fixture(slug)])),
});
const story = (slug: string) => archive.bySlug.get(slug)!;

describe('About lines of real Thai-only releases', () => {
  it('loads the fixtures', () => {
    expect(errors).toEqual([]);
  });

  it('names the people, organisations, places and topics of the whole Thai text on the English page, agencies linked', () => {
    const moph = { english: 'Ministry of Public Health', kind: 'organisation', href: '/en/agency/moph' };
    expect(pageAbout(archive, story('2022-12-29-63255'), 'en')).toEqual([
      moph,
      { english: 'Sa Kaeo', kind: 'place' },
      { english: 'Cambodia', kind: 'place' },
      { english: 'Chonburi', kind: 'place' },
      { english: 'Nakhon Ratchasima', kind: 'place' },
      { english: 'Rayong', kind: 'place' },
      { english: 'hospital', kind: 'topic' },
      { english: 'patient', kind: 'topic' },
    ]);
    // แม่น้ำท่าจีน is the Tha Chin River, not China (จีน) on its own; กรมทางหลวงชนบท is one agency, not "highway".
    expect(pageAbout(archive, story('2023-02-06-64595'), 'en').map((term) => term.english)).toEqual([
      'Ministry of Transport',
      'Department of Rural Roads',
      'Nakhon Pathom',
      'Tha Chin River',
      'bridge',
      'agriculture',
      'community',
      'economy',
    ]);
    expect(pageAbout(archive, story('2025-07-22-98653'), 'en').map((term) => term.english)).toEqual([
      'Ministry of Agriculture and Cooperatives',
      'Mukdahan',
      'Mekong',
      'Laos',
      'Nakhon Phanom',
      'import',
      'community',
      'law',
    ]);
  });

  it('gives a listing entry at most four terms, from the title and excerpt alone, a topic named once counting', () => {
    expect(entryAbout(archive, story('2022-12-29-63255'), 'en')).toEqual([
      { english: 'Ministry of Public Health', kind: 'organisation', href: '/en/agency/moph' },
      { english: 'Sa Kaeo', kind: 'place' },
      { english: 'Cambodia', kind: 'place' },
      { english: 'injured', kind: 'topic' },
    ]);
    expect(entryAbout(archive, story('2025-07-22-98653'), 'en').map((term) => term.english)).toEqual(['Ministry of Agriculture and Cooperatives', 'Mukdahan']);
    expect([...entriesAbout(archive, archive.stories, 'en').keys()]).toEqual(['2025-07-22-98653', '2023-02-06-64595', '2022-12-29-63255']);
  });

  it('gives none on the Thai page, and none to a story with an English text', () => {
    expect(pageAbout(archive, story('2022-12-29-63255'), 'th')).toEqual([]);
    expect(entriesAbout(archive, archive.stories, 'th').size).toBe(0);
    const translated = { ...story('2022-12-29-63255'), en: { ...story('2022-12-29-63255').th!, lang: 'en' as const } };
    expect(pageAbout(archive, translated, 'en')).toEqual([]);
    expect(entryAbout(archive, translated, 'en')).toEqual([]);
  });
});

describe('pageText', () => {
  it('leaves out the closing credit lines of the Government Spokesperson Bureau, which say who published a release', () => {
    const body = 'รัฐบาลขับเคลื่อนโครงการ\n\n“รวมไทยสร้างชาติ” กับสำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี\nกลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก';
    expect(pageText('ตั้ง ทีมประเทศไทย', body)).toBe('ตั้ง ทีมประเทศไทย\nรัฐบาลขับเคลื่อนโครงการ\n');
    const long = `สำนักโฆษก ${'ก'.repeat(120)}`;
    expect(pageText('t', long)).toBe(`t\n${long}`);
  });
});
