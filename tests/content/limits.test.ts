import { describe, expect, it } from 'vitest';
import { formatContentError, parseReleaseFile } from '@/lib/content';
import { fieldLimits } from '@/lib/content/schema';
import { markdownLimits } from '@/lib/markdown';

const file = 'content/news/2018/2018-12-07-telmin-18.th.md';
const known = { agencies: ['mdes'], categories: [] };

/** The errors of a release whose front matter holds `fields` (from line 4 on) above `body` (from line 7 on). */
function check(fields: string, body = 'ย่อหน้าแรก\n'): string[] {
  const text = `---\ntitle: ข่าว\ndate: 2018-12-07\n${fields}\n---\n\n${body}`;
  return parseReleaseFile(file, text, known).errors.map(formatContentError);
}

describe('content limits', () => {
  it('accepts fields and a body at their limits', () => {
    const tags = Array.from({ length: fieldLimits.tags }, (_, i) => `"${'ก'.repeat(fieldLimits.tag - 3)}${i}"`);
    expect(check(`summary: "${'ส'.repeat(fieldLimits.summary)}"\ntags: [${tags.join(', ')}]`, `${'ข'.repeat(markdownLimits.chars - 2)}\n`)).toEqual([]);
  });

  it('rejects a title over 500 characters at its line, and a 200,000-character one before parsing it', () => {
    const title = (length: number) => `---\ndate: 2018-12-07\ntitle: "${'ก'.repeat(length)}"\n---\n\nข่าว\n`;
    expect(parseReleaseFile(file, title(501), known).errors.map(formatContentError)).toEqual([`${file}:3: title: 501 characters, at most 500; shorten it`]);
    expect(parseReleaseFile(file, title(200_000), known).errors.map(formatContentError)).toEqual([
      `${file}:1: front matter: 200027 characters (at most 32768); shorten its fields`,
    ]);
  });

  it('rejects a long summary, too many tags and a long tag, each at its line', () => {
    const many = Array.from({ length: 51 }, (_, i) => `t${i}`).join(', ');
    expect(check(`summary: "${'x'.repeat(1001)}"`)).toEqual([`${file}:4: summary: 1001 characters, at most 1000; shorten it`]);
    expect(check(`tags: [${many}]`)).toEqual([`${file}:4: tags: 51 tags, at most 50; keep the ones readers search for`]);
    expect(check(`agency: mdes\ntags: [a, "${'x'.repeat(301)}"]`)).toEqual([`${file}:5: tags.1: 301 characters, at most 300; shorten it`]);
  });

  it('rejects a body over 400,000 characters at the line where the body starts', () => {
    expect(check('agency: mdes', 'x'.repeat(markdownLimits.chars))).toEqual([
      `${file}:6: body: 400,001 characters (at most 400,000); split the release in two or cut pasted material`,
    ]);
  });

  it('rejects a 50 MB file before parsing it', () => {
    // Decoded from bytes, as the loader reads it (a string built by concatenation costs a second to flatten).
    const text = Buffer.from(`---\ntitle: ข่าว\ndate: 2018-12-07\n---\n\n${'x'.repeat(50_000_000)}`).toString('utf8');
    expect(parseReleaseFile(file, text, known).errors.map(formatContentError)).toEqual([
      `${file}:1: file: 50,000,038 characters, more than a release can hold (a body of at most 400,000 and front matter of at most 32,768); split the release or cut pasted material`,
    ]);
  });

  it('rejects a list nested 750 deep (one 1,501-character line) at its line', () => {
    expect(check('agency: mdes', `ย่อหน้าแรก\n\n${'- '.repeat(750)}x\n`)).toEqual([
      `${file}:9: body: lists and quotes nested 750 deep (at most 16); flatten them`,
    ]);
    expect(check('agency: mdes', `> ${'  '.repeat(20)}- x\n`)).toEqual([`${file}:7: body: lists and quotes nested 22 deep (at most 16); flatten them`]);
  });

  it('accepts lists and quotes nested 16 deep', () => {
    expect(check('agency: mdes', `${'> '.repeat(8)}${'- '.repeat(8)}x\n`)).toEqual([]);
  });

  it('rejects 257 nested images in one paragraph at the line the paragraph starts', () => {
    expect(check('agency: mdes', `ย่อหน้าแรก\n\nภาพ\n${'!['.repeat(257)}x${'](a.png)'.repeat(257)}\n`)).toEqual([
      `${file}:9: body: more than 256 "[", "*" and "_" characters in the block of lines starting here (lines with no blank line between them); remove stray markup or put blank lines between paragraphs`,
    ]);
  });

  it('rejects YAML anchors and aliases at the anchor, before expanding them', () => {
    const billion = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(',')}]`)];
    expect(check(billion.join('\n'))).toEqual([`${file}:4: front matter: YAML anchors (&a) and aliases are not allowed; write the value out`]);
    expect(check('tags: [x]\nsummary: *a')).toEqual([`${file}:5: front matter: YAML aliases ("a") and anchors are not allowed; write the value out`]);
  });

  it('rejects front matter over 32,768 characters before parsing it', () => {
    expect(check(`# ${'x'.repeat(40_000)}`)).toEqual([`${file}:1: front matter: 40032 characters (at most 32768); shorten its fields`]);
  });
});
