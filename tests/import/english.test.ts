import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadArchive } from '@/lib/content';
import { releaseLanguage } from '@/lib/import/language';
import { cabinetMeetingDate, likelyPairs, pairFeatures, pairSynopses, type PairCandidate } from '@/lib/import/pairs';
import { runImport } from '@/lib/import/run';

const english = 'tests/fixtures/thaigov-english';
const thai = 'tests/fixtures/thaigov';
let dir: string;
let out: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-english-'));
  out = join(dir, 'content');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files = () => readdirSync(join(out, 'news', '2023')).sort();

describe('importing English releases and translation pairs (real pages)', () => {
  it('writes English originals as .en.md, pairs the cabinet synopses of one meeting, keeps a Thai release quoting English Thai', async () => {
    const report = await runImport({ inputs: [english], out });
    expect(report.counts).toMatchObject({ read: 5, imported: 5, rejected: 0, duplicates: 0, languages: { th: 2, en: 3 }, pairs: 1 });
    expect(report.pairs).toEqual([
      {
        th: `${english}/v2/2023/03/21/สรุปข่าวการประชุม ครม_1_25ef7717-9a62-4c2f-be26-a24b24073462.txt`,
        en: `${english}/v2/2023/03/27/Cabinet Meeting Synopsis_1_def370a7-634d-49cd-b3a7-09e1f4881c5e.txt`,
        meeting: '2023-03-21',
      },
    ]);
    expect(files()).toEqual(['2023-03-08-65885.en.md', '2023-03-21-66428.en.md', '2023-03-21-66428.th.md', '2023-03-23-66507.th.md', '2023-11-14-74669.en.md']);

    const { archive, errors } = loadArchive(out);
    expect(errors).toEqual([]);
    expect(archive.stories.map((s) => [s.slug, Boolean(s.th), Boolean(s.en)])).toEqual([
      ['2023-11-14-74669', false, true],
      ['2023-03-23-66507', true, false],
      ['2023-03-21-66428', true, true],
      ['2023-03-08-65885', false, true],
    ]);
    const pair = archive.bySlug.get('2023-03-21-66428')!;
    expect(pair.th).toMatchObject({ title: 'สรุปข่าวการประชุมคณะรัฐมนตรี วันที่ 21 มีนาคม 2566', legacyId: 66428, date: '2023-03-21' });
    expect(pair.en).toMatchObject({
      title: 'The cabinet met on March 21, 2023',
      legacyId: 66617,
      source: 'https://www.thaigov.go.th/news/contents/details/66617',
      date: '2023-03-21',
      category: pair.th!.category,
    });
    expect(archive.byLegacyId.get(66617)).toEqual({ story: pair, lang: 'en' });
    expect(archive.byLegacyId.get(66428)).toEqual({ story: pair, lang: 'th' });
    expect(archive.bySlug.get('2023-11-14-74669')!.en!.title).toMatch(/^Statement by H\.E\. Mr/);
  });

  it('changes nothing on a second run: the English file of a pair is known by the id in its front matter', async () => {
    await runImport({ inputs: [english], out });
    const again = await runImport({ inputs: [english], out });
    expect(again.counts).toMatchObject({ read: 5, imported: 5, duplicates: 0, unchanged: 5, written: 0, pairs: 1 });
  });

  it('reconciles the counts over both fixture corpora with every language counted', async () => {
    const report = await runImport({ inputs: [thai, english], out });
    const { counts } = report;
    expect(counts).toMatchObject({ read: 23, imported: 18, rejected: 4, duplicates: 1, languages: { th: 14, en: 4 }, pairs: 1 });
    expect(counts.read).toBe(counts.imported + counts.rejected + counts.duplicates);
    expect(counts.languages.th + counts.languages.en).toBe(counts.imported);
  });
});

describe('releaseLanguage', () => {
  it('reads the language from the letters of the text, not its section', () => {
    expect(releaseLanguage(['The cabinet met on March 21, 2023. Some of the resolutions are as follows:'])).toBe('en');
    expect(releaseLanguage(['นายกรัฐมนตรีเข้าร่วมการประชุม ASEAN Digital Ministers’ Meeting (ADGMIN) ครั้งที่ 3'])).toBe('th');
    expect(releaseLanguage(['Prime Minister Srettha Thavisin (นายเศรษฐา ทวีสิน) met the press at Government House today and spoke about the economy and the budget.'])).toBe('en');
    expect(releaseLanguage(['1,500'])).toBe('th');
  });
});

describe('cabinetMeetingDate', () => {
  it('reads the meeting date of every title variant the corpus uses, in both languages', () => {
    const en = (title: string, first = '') => cabinetMeetingDate(title, [first], 'en');
    expect(en('The cabinet met on March 21, 2023')).toBe('2023-03-21');
    expect(en('The cabinet met on November 1, 2022. ')).toBe('2022-11-01');
    expect(en('\u200bThe cabinet met on Sep 6, 2022.')).toBe('2022-09-06');
    expect(en('The cabinet met via a video conference on June 8, 2021')).toBe('2021-06-08');
    expect(en('The cabinet met on February 2, 2021 via a video conference')).toBe('2021-02-02');
    expect(en('Cabinet meeting on September 6, 2023')).toBe('2023-09-06');
    expect(en('Cabinet Meeting Synopsis', 'The cabinet met on October 4, 2022. Some of the resolutions are as follows:')).toBe('2022-10-04');
    expect(en('Cabinet approves amendment of Fishery Act')).toBeNull();
    const th = (title: string) => cabinetMeetingDate(title, [], 'th');
    expect(th('สรุปข่าวการประชุมคณะรัฐมนตรี 21 มีนาคม 2566')).toBe('2023-03-21');
    expect(th('สรุปข่าวการประชุม ครม. 3 มกราคม 2566')).toBe('2023-01-03');
    expect(th('สรุปข่าวการประชุม ครม.3 ตุลาคม 2566')).toBe('2023-10-03');
    expect(th('สรุปข่าวการประชุมคณะรัฐมนตรี วันที่ 4 เมษายน 2566')).toBe('2023-04-04');
    expect(th('สรุปข่าวการประชุมคณะรัฐมนตรี  วันนี้ 6 มิถุนายน 2566 ')).toBe('2023-06-06');
    expect(th('สรุปข่าวการประชุมคณะรัฐมนตรี (นัดพิเศษ) 5 ตุลาคม 2566')).toBe('2023-10-05');
    expect(th('สรุปข่าวการประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่  14 สิงหาคม 2566 ')).toBe('2023-08-14');
    expect(th('นายกฯ ประชุมคณะรัฐมนตรี 21 มีนาคม 2566')).toBeNull();
  });
});

describe('pairSynopses', () => {
  it('pairs one Thai and one English synopsis of a meeting; leaves singles and ambiguous dates unpaired', () => {
    const s = (lang: 'th' | 'en', meeting: string, legacyId: number) => ({ lang, meeting, legacyId });
    const { pairs, singles } = pairSynopses([s('en', '2023-03-21', 66617), s('th', '2023-03-21', 66428), s('th', '2023-03-28', 66700), s('th', '2023-10-05', 1), s('th', '2023-10-05', 2), s('en', '2023-10-05', 3)]);
    expect(pairs).toEqual([[s('th', '2023-03-21', 66428), s('en', '2023-03-21', 66617)]]);
    expect(singles.map((x) => x.legacyId)).toEqual([66700, 1, 2, 3]);
  });
});

describe('likelyPairs', () => {
  const candidate = (lang: 'th' | 'en', legacyId: number, date: string, text: string): PairCandidate => ({ name: `${legacyId}.txt`, legacyId, lang, date, title: text.slice(0, 20), features: pairFeatures(text) });

  it('lists an English release beside the Thai one of the same day or the next that shares numbers and Latin names', () => {
    const found = likelyPairs([
      candidate('th', 1, '2023-03-21', 'นายกฯ หารือ Microsoft และ Google ลงทุน 1,500 ล้านบาท จ้างงาน 350 คน'),
      candidate('th', 2, '2023-03-25', 'นายกฯ หารือ Microsoft และ Google ลงทุน 1,500 ล้านบาท จ้างงาน 350 คน'),
      candidate('th', 3, '2023-03-22', 'ประชุม Microsoft ลงทุน 1,500 ล้านบาท'),
      candidate('en', 4, '2023-03-22', 'PM meets Microsoft and Google: 1,500 million baht, 350 jobs in 2023'),
    ]);
    expect(found).toEqual([
      {
        en: { name: '4.txt', legacyId: 4, date: '2023-03-22', title: 'PM meets Microsoft a' },
        th: { name: '1.txt', legacyId: 1, date: '2023-03-21', title: 'นายกฯ หารือ Microsof' },
        days: 1,
        sharedNumbers: ['1500', '350'],
        sharedNames: ['Microsoft', 'Google'],
      },
    ]);
  });
});
