import { describe, expect, it } from 'vitest';
import { formatContentError, parseReleaseFile, releaseBody } from '@/lib/content';
import { frontMatterFields } from '@/lib/content/schema';

const known = { agencies: ['mdes'], categories: ['government-house'] };
const file = 'content/news/2018/2018-12-07-telmin-18.th.md';

describe('the unknown-field message', () => {
  it('lists the fields the schema accepts, in its order', () => {
    expect(frontMatterFields).toEqual(['title', 'date', 'agency', 'category', 'tags', 'summary', 'source', 'legacyId', 'updated', 'withdrawn', 'image', 'imageAlt', 'imageCaption']);
    const result = parseReleaseFile(file, '---\ntitle: TELMIN\ndate: 2018-12-07\ncatgory: x\n---\n\ntext\n', known);
    expect(result.errors.map(formatContentError)).toEqual([
      `${file}:4: catgory: unknown field (fields are title, date, agency, category, tags, summary, source, legacyId, updated, withdrawn, image, imageAlt, imageCaption)`,
    ]);
  });
});

describe('the body of a release file', () => {
  it('starts at the line the parser found, exactly as written, for pages and the search index alike', () => {
    const text = '---\ntitle: TELMIN\ndate: 2018-12-07\n---\n\nย่อหน้าแรก\n\nย่อหน้าที่สอง\n';
    const result = parseReleaseFile(file, text, known);
    expect(result.release?.bodyLine).toBe(5);
    expect(releaseBody(text, 5)).toBe('\nย่อหน้าแรก\n\nย่อหน้าที่สอง\n');
    expect(releaseBody(text, 1)).toBe(text);
    expect(releaseBody('one\ntwo', 2)).toBe('two');
    expect(releaseBody('one\ntwo', 3)).toBe('');
  });
});

describe('the headings of a release body', () => {
  it('reports a heading that reuses an item number at its line in the whole file', () => {
    const text = '---\ntitle: สรุปข่าว\ndate: 2018-12-07\n---\n\n## 1. เรื่อง ก\n\nข้อความ\n\n## 1. เรื่อง ข\n';
    expect(parseReleaseFile(file, text, known).errors.map(formatContentError)).toEqual([
      `${file}:10: body: heading: item number 1 is already used on the heading 4 lines up; give each item its own number (its address is #item-1)`,
    ]);
  });
});
