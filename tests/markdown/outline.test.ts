import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { headingProblems, outlineRelease, type OutlineHeading } from '@/lib/markdown';

/** The body of a real release kept in tests/fixtures/sections/ (copied from the full import). */
const body = (name: string) => matter(readFileSync(`tests/fixtures/sections/${name}`, 'utf8')).content;
const ids = (headings: readonly OutlineHeading[]) => headings.map((heading) => heading.id);
const items = (headings: readonly OutlineHeading[]) => headings.filter((heading) => heading.kind === 'item');
/** `item-1` … `item-<count>`. */
const itemIds = (count: number) => Array.from({ length: count }, (_, i) => `item-${i + 1}`);

describe('outlineRelease on real cabinet summaries', () => {
  it('finds the 68 items and 4 groups of the largest summary, 28 February 2566, where its text repeats them', () => {
    const { headings, agenda } = outlineRelease(body('2023-03-01-65574.th.md'));
    expect(headings.filter((heading) => heading.kind === 'group').map(({ id, text, level }) => [id, text, level])).toEqual([
      ['part-1', 'กฎหมาย', 2],
      ['part-2', 'เศรษฐกิจ-สังคม', 2],
      ['part-3', 'ต่างประเทศ', 2],
      ['part-4', 'แต่งตั้ง', 2],
    ]);
    expect(ids(items(headings))).toEqual(itemIds(68));
    expect(ids(headings).slice(0, 6)).toEqual(['part-1', 'item-1', 'item-2', 'item-3', 'item-4', 'part-2']);
    const seventeen = headings.find((heading) => heading.id === 'item-17')!;
    expect(seventeen).toEqual({
      kind: 'item',
      id: 'item-17',
      level: 3,
      number: 17,
      marker: '17.',
      text: 'เรื่อง รายงานเปรียบเทียบประโยชน์ที่ได้รับกับการสูญเสียรายได้ที่เกิดขึ้นจริงกับประมาณการตามมาตรา 27 แห่งพระราชบัญญัติวินัยการเงินการคลังของรัฐ พ.ศ. 2561',
      title: 'รายงานเปรียบเทียบประโยชน์ที่ได้รับกับการสูญเสียรายได้ที่เกิดขึ้นจริงกับประมาณการตามมาตรา 27 แห่งพระราชบัญญัติวินัยการเงินการคลังของรัฐ พ.ศ. 2561',
      line: 825,
      lines: 1,
    });
    const lines = body('2023-03-01-65574.th.md').split('\n');
    expect(lines[825]!.replace(/\s+/g, ' ')).toBe('17. เรื่อง รายงานเปรียบเทียบประโยชน์ที่ได้รับกับการสูญเสียรายได้ที่เกิดขึ้นจริงกับประมาณการตามมาตรา 27 แห่งพระราชบัญญัติวินัยการเงินการคลังของรัฐ พ.ศ. 2561');
    // The agenda: from its first group line to the end of item 68's title, wrapped onto a line of its own.
    expect(agenda).toEqual({ start: 9, end: 154 });
    expect([lines[9], lines[153]]).toEqual(['กฎหมาย', 'การฟอกเงินแทนตำแหน่งที่ว่าง']);
  });

  it('gives every Thai summary kept as a fixture as many item headings as its agenda numbers', () => {
    const counts = ['2025-02-18-93537.th.md', '2024-09-09-87824.th.md', '2024-08-20-87267.th.md'].map((name) => {
      const text = body(name);
      const numbered = new Set(text.split('\n').map((line) => /^([0-9]+)\.\s+เรื่อง/.exec(line)?.[1]).filter(Boolean)).size;
      return [name, numbered, items(outlineRelease(text).headings).length];
    });
    expect(counts).toEqual([
      ['2025-02-18-93537.th.md', 10, 10],
      ['2024-09-09-87824.th.md', 4, 4],
      ['2024-08-20-87267.th.md', 7, 7],
    ]);
  });

  it('keeps the agenda of a summary whose text stops early, and heads the items the text has', () => {
    // 19 May 2563 lists 23 subjects but carries the text of the first 9 only.
    const { headings, agenda } = outlineRelease(body('2020-05-19-31114.th.md'));
    expect(agenda).toBeUndefined();
    expect(ids(items(headings))).toEqual(itemIds(9));
    expect(ids(headings).filter((id) => id.startsWith('part'))).toEqual(['part-1', 'part-2']);
  });

  it('numbers the Title: items of an English synopsis in their order, without a number of their own', () => {
    const { headings, agenda } = outlineRelease(body('2021-07-06-43490.en.md'));
    expect(agenda).toBeUndefined();
    expect(ids(headings)).toEqual(itemIds(12));
    expect(headings.map((heading) => heading.marker)).toEqual(Array(12).fill(undefined));
    expect(headings[6]).toEqual({ kind: 'item', id: 'item-7', level: 2, text: '“Im Jai” loan scheme', title: '“Im Jai” loan scheme', line: 93, lines: 1 });
  });

  it('takes a Title: line of 1,024 characters as a title', () => {
    expect(ids(outlineRelease(body('2024-08-06-86778.en.md')).headings)).toEqual(itemIds(6));
  });

  it('finds the agenda of any release that lists its points and then answers each one', () => {
    const { headings, agenda } = outlineRelease(body('2018-06-10-12904.th.md'));
    expect(headings.map(({ id, marker }) => [id, marker])).toEqual([
      ['item-1', '1.'],
      ['item-2', '2.'],
      ['item-3', '3.'],
    ]);
    expect(agenda).toEqual({ start: 5, end: 10 });
  });
});

describe('outlineRelease on small bodies', () => {
  const summary = [
    'คำนำ',
    '',
    'กฎหมาย',
    '',
    '1. เรื่อง ร่างกฎหมาย ก',
    '',
    '2. เรื่อง ร่างกฎหมาย ข',
    '',
    'แต่งตั้ง',
    '',
    '3. เรื่อง การแต่งตั้ง ค',
    '',
    'กฎหมาย',
    '',
    '1. เรื่อง ร่างกฎหมาย ก',
    '',
    'ข้อความของเรื่องที่หนึ่ง',
    '',
    '2. เรื่อง ร่างกฎหมาย ข',
    '',
    'ข้อความของเรื่องที่สอง',
    '',
    '3. เรื่อง การแต่งตั้ง ค',
    '',
    'ข้อความของเรื่องที่สาม',
  ].join('\n');

  it('heads each repeat and each group line, and adds a group line the text leaves out before its first item', () => {
    const { headings, agenda } = outlineRelease(summary);
    expect(headings.map(({ id, level, line, lines, text }) => [id, level, line, lines, text])).toEqual([
      ['part-1', 2, 12, 1, 'กฎหมาย'],
      ['item-1', 3, 14, 1, 'เรื่อง ร่างกฎหมาย ก'],
      ['item-2', 3, 18, 1, 'เรื่อง ร่างกฎหมาย ข'],
      ['part-2', 2, 22, 0, 'แต่งตั้ง'],
      ['item-3', 3, 22, 1, 'เรื่อง การแต่งตั้ง ค'],
    ]);
    expect(agenda).toEqual({ start: 2, end: 11 });
  });

  it('keeps #item-N when a correction changes the text, adds a paragraph or fixes a title', () => {
    const corrected = summary
      .replace('ข้อความของเรื่องที่หนึ่ง', 'ข้อความของเรื่องที่หนึ่ง (แก้ไข)\n\nย่อหน้าที่เพิ่ม')
      .replaceAll('การแต่งตั้ง ค', 'การแต่งตั้ง ค (แก้ชื่อ)');
    expect(ids(outlineRelease(corrected).headings)).toEqual(['part-1', 'item-1', 'item-2', 'part-2', 'item-3']);
  });

  it('finds the repeat of an item whose title the text words differently', () => {
    const typo = summary.replace('2. เรื่อง ร่างกฎหมาย ข\n\nข้อความของเรื่องที่สอง', '2. เรื่อง ร่างกฏหมาย ข (ฉบับแก้ไข)\n\nข้อความของเรื่องที่สอง');
    expect(ids(items(outlineRelease(typo).headings))).toEqual(['item-1', 'item-2', 'item-3']);
  });

  it('makes no headings of a numbered list, a table repeated twice or a list of one-line subjects', () => {
    expect(outlineRelease('ขั้นตอน\n\n1. ยื่นคำขอ\n\n2. ชำระเงิน\n\n3. รับบัตร').headings).toEqual([]);
    const table = '1. รายได้ 10\n\n2. รายจ่าย 20\n\n3. ดุล 30';
    expect(outlineRelease(`${table}\n\nตารางเดิม\n\n${table}`).headings).toEqual([]);
    expect(outlineRelease('1. เรื่อง ข่าวปลอม ก\n\n2. เรื่อง ข่าวปลอม ข\n\n3. เรื่อง ข่าวปลอม ค').headings).toEqual([]);
  });

  it('uses the headings an editor wrote, highest level first, numbered ones as items, and only those', () => {
    const written = '## กฎหมาย\n\n### 1. ร่าง ก\n\nข้อความ\n\n### 2. ร่าง ข\n\n```\n## not a heading\n```\n\n## แต่งตั้ง\n\n### 2. ซ้ำ\n\nTitle: not a heading here';
    expect(outlineRelease(written).headings.map(({ kind, id, level, marker, title, line }) => [kind, id, level, marker, title, line])).toEqual([
      ['group', 'part-1', 2, undefined, 'กฎหมาย', 0],
      ['item', 'item-1', 3, '1.', 'ร่าง ก', 2],
      ['item', 'item-2', 3, '2.', 'ร่าง ข', 6],
      ['group', 'part-2', 2, undefined, 'แต่งตั้ง', 12],
      ['item', 'item-2-2', 3, '2.', 'ซ้ำ', 14],
    ]);
  });

  it('reads Thai digits in an item number as the number for its id', () => {
    expect(ids(outlineRelease('## ๑๗. เรื่อง ก').headings)).toEqual(['item-17']);
  });
});

describe('headingProblems', () => {
  it('names a heading that reuses an item number, at its line, with what to do', () => {
    expect(headingProblems('## 1. ร่าง ก\n\nข้อความ\n\n## 1. ร่าง ข\n\n## 2. ร่าง ค')).toEqual([
      { line: 4, message: 'heading: item number 1 is already used on the heading 4 lines up; give each item its own number (its address is #item-1)' },
    ]);
    expect(headingProblems('1. เรื่อง ก\n\n1. เรื่อง ก')).toEqual([]);
  });
});
