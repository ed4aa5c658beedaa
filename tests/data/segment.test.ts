import { stringify } from 'csv-stringify/sync';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { csvField, csvHead, csvRecords, encodeSegment, jsonLines } from '@/lib/data/segment';
import { releaseRowSchema, rowFields, type ReleaseRow } from '@/lib/data/row';
import { testSite } from '../helpers/site';

/** A row whose cells hold every case of RFC 4180 quoting. */
const row: ReleaseRow = releaseRowSchema.parse({
  slug: '2018-12-07-telmin-18',
  language: 'th',
  title: 'ประกาศ "ด่วน", วันนี้',
  summary: null,
  date: '2018-12-07',
  buddhistYear: 2561,
  agencyId: 'mdes',
  agencyNameTh: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม',
  agencyNameEn: 'Ministry of Digital Economy and Society',
  categoryId: null,
  categoryNameTh: null,
  categoryNameEn: null,
  tags: ['ก', 'ข,ค'],
  legacyId: 17391,
  sourceUrl: 'https://www.thaigov.go.th/news/contents/details/17391',
  updates: [{ date: '2018-12-10', note: 'แก้ "ตัวเลข"' }],
  withdrawnDate: null,
  withdrawnReason: 'CR\ralone',
  translationSlug: '2018-12-07-telmin-18',
  lastChanged: '2018-12-10',
  url: 'http://localhost:3000/th/news/2018-12-07-telmin-18',
  bodyMarkdown: '  leading spaces, then a CRLF\r\nand a quote " at the end"',
  bodyText: '',
});

describe('the bulk files encoder', () => {
  it('quotes a CSV field only when it holds a comma, a quote, CR or LF, and doubles its quotes', () => {
    expect(['plain', 'a,b', 'say "hi"', 'one\ntwo', 'one\rtwo', 'one\r\ntwo', '', ' spaced ', 'ไทย'].map(csvField)).toEqual([
      'plain',
      '"a,b"',
      '"say ""hi"""',
      '"one\ntwo"',
      '"one\rtwo"',
      '"one\r\ntwo"',
      '',
      ' spaced ',
      'ไทย',
    ]);
  });

  it('writes the bytes csv-stringify writes for the same cells (RFC 4180, CRLF records)', () => {
    const cells = (r: ReleaseRow) => rowFields.map((field) => (r[field] === null ? '' : typeof r[field] === 'object' ? JSON.stringify(r[field]) : String(r[field])));
    const options = { record_delimiter: 'windows', quote_record_delimiter: true } as const;
    expect(csvRecords([row, row]).toString('utf8')).toBe(stringify([cells(row), cells(row)], options));
    expect(csvHead.toString('utf8')).toBe(`\uFEFF${stringify([rowFields], options)}`);
  });

  it('writes JSON Lines as each row\'s JSON and a line feed, and one gzip member of them per day', () => {
    expect(jsonLines([row, row]).toString('utf8')).toBe(`${JSON.stringify(row)}\n${JSON.stringify(row)}\n`);
    const { archive } = testSite({ 'news/2018/2018-12-07-a.th.md': '---\ntitle: ก\ndate: 2018-12-07\n---\n\nเนื้อ\n' });
    const encoded = encodeSegment({ key: '2018-12-07', root: archive.root, stories: archive.stories, context: archive });
    const lines = gunzipSync(encoded.jsonl).toString('utf8').split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ slug: '2018-12-07-a', title: 'ก', bodyMarkdown: 'เนื้อ' });
    expect(lines[1]).toBe('');
    expect(encoded.rows).toBe(1);
  });
});
