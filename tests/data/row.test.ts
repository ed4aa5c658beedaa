import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readBody } from '@/lib/content';
import { fieldRows, typeLabel } from '@/lib/data/page';
import { releaseRowSchema, rowFields, rowJsonSchema, THAI_DESCRIPTION, toRow } from '@/lib/data/row';
import { testSite } from '../helpers/site';

const site = testSite({
  'news/2018/2018-12-07-telmin-18.th.md': [
    '---',
    'title: "กระทรวงดิจิทัลฯ เผยที่ประชุม TELMIN ครั้งที่ 18"',
    'date: 2018-12-07',
    'agency: mdes',
    'category: government-house',
    'tags: [ไทยคู่ฟ้า, TELMIN]',
    'summary: "ที่ประชุมเห็นพ้องข้อเสนอไทย"',
    'source: https://www.thaigov.go.th/news/contents/details/17391',
    'legacyId: 17391',
    'updated:',
    '  - { date: 2018-12-10, note: แก้ตัวเลข }',
    '---',
    '',
    '**ย่อหน้าแรก** มี [ลิงก์](https://example.org)',
    '',
    'ย่อหน้าที่สอง',
    '',
  ].join('\n'),
  'news/2018/2018-12-07-telmin-18.en.md': [
    '---',
    'title: "MDES: TELMIN 18 agrees with Thailand"',
    'date: 2018-12-07',
    'agency: mdes',
    'category: government-house',
    'withdrawn: { date: 2018-12-20, reason: Superseded }',
    '---',
    '',
    'The text.',
    '',
  ].join('\n'),
});

describe('release rows', () => {
  it('gives each language version its own row, with the facts the story is filed under', () => {
    expect(site.errors).toEqual([]);
    const story = site.archive.bySlug.get('2018-12-07-telmin-18')!;
    const th = toRow(site.archive, story, story.th!, readBody(site.archive, story.th!));
    expect(th).toEqual({
      slug: '2018-12-07-telmin-18',
      language: 'th',
      title: 'กระทรวงดิจิทัลฯ เผยที่ประชุม TELMIN ครั้งที่ 18',
      summary: 'ที่ประชุมเห็นพ้องข้อเสนอไทย',
      date: '2018-12-07',
      buddhistYear: 2561,
      agencyId: 'mdes',
      agencyNameTh: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม',
      agencyNameEn: 'Ministry of Digital Economy and Society',
      categoryId: 'government-house',
      categoryNameTh: 'ข่าวทำเนียบรัฐบาล',
      categoryNameEn: 'Government House News',
      tags: ['ไทยคู่ฟ้า', 'TELMIN'],
      legacyId: 17391,
      sourceUrl: 'https://www.thaigov.go.th/news/contents/details/17391',
      updates: [{ date: '2018-12-10', note: 'แก้ตัวเลข' }],
      withdrawnDate: null,
      withdrawnReason: null,
      translationSlug: '2018-12-07-telmin-18',
      lastChanged: '2018-12-20',
      url: 'http://localhost:3000/th/news/2018-12-07-telmin-18',
      bodyMarkdown: '**ย่อหน้าแรก** มี [ลิงก์](https://example.org)\n\nย่อหน้าที่สอง',
      bodyText: 'ย่อหน้าแรก มี ลิงก์\nย่อหน้าที่สอง',
    });
    const en = toRow(site.archive, story, story.en!, readBody(site.archive, story.en!));
    // Tags come from the Thai version, as the site files the story; the withdrawal is the English version's own.
    expect(en).toMatchObject({ language: 'en', tags: ['ไทยคู่ฟ้า', 'TELMIN'], summary: null, legacyId: null, sourceUrl: null, updates: [], withdrawnDate: '2018-12-20', withdrawnReason: 'Superseded', url: 'http://localhost:3000/en/news/2018-12-07-telmin-18' });
    expect(releaseRowSchema.parse(th)).toEqual(th);
    expect(releaseRowSchema.parse(en)).toEqual(en);
  });

  it('describes every field in English and Thai in the published JSON Schema', () => {
    const schema = rowJsonSchema() as { properties: Record<string, Record<string, unknown>>; required: string[]; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).toEqual(rowFields);
    expect(schema.required).toEqual(rowFields);
    expect(schema.additionalProperties).toBe(false);
    for (const [name, property] of Object.entries(schema.properties)) {
      expect(String(property.description), name).toMatch(/\S{2}/);
      expect(String(property[THAI_DESCRIPTION]), name).toMatch(/[\u0E00-\u0E7F]/);
    }
  });

  it('writes the data page field table from the schema, in the page language', () => {
    expect(fieldRows('en').map(({ name, type }) => `${name}: ${type}`)).toEqual([
      'slug: text',
      'language: th or en',
      'title: text',
      'summary: text or null',
      'date: date (YYYY-MM-DD)',
      'buddhistYear: integer',
      'agencyId: text or null',
      'agencyNameTh: text or null',
      'agencyNameEn: text or null',
      'categoryId: text or null',
      'categoryNameTh: text or null',
      'categoryNameEn: text or null',
      'tags: list of text',
      'legacyId: integer or null',
      'sourceUrl: URL or null',
      'updates: list of {date, note}',
      'withdrawnDate: date (YYYY-MM-DD) or null',
      'withdrawnReason: text or null',
      'translationSlug: text or null',
      'lastChanged: date (YYYY-MM-DD)',
      'url: URL',
      'bodyMarkdown: text',
      'bodyText: text',
    ]);
    expect(fieldRows('th')[3]).toEqual({ name: 'summary', type: 'ข้อความ หรือ null', description: 'สรุปข่าวสั้น ๆ ที่บรรณาธิการเขียน หรือ null (ข่าวที่นำเข้าจากเว็บเดิมไม่มี)' });
    expect(typeLabel(z.toJSONSchema(z.array(z.int()).nullable()) as never, 'th')).toBe('รายการของ จำนวนเต็ม หรือ null');
  });
});
