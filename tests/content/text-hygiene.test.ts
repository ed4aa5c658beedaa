import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError, loadArchive } from '@/lib/content';
import { decodeUtf8, stripUnsafeCharacters, unsafeCharacter } from '@/lib/text';

const registries = {
  'agencies.yaml': 'mdes:\n  th: กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม\n  en: Ministry of Digital Economy and Society\n',
  'categories.yaml': 'government-house:\n  th: ข่าวทำเนียบรัฐบาล\n  en: Government House News\n',
};
const name = 'news/2018/2018-12-07-telmin-18.th.md';
const file = `content/${name}`;

/** The report of a tiny site holding one release file with these bytes. */
function report(bytes: string | Buffer): string[] {
  const root = join(mkdtempSync(join(tmpdir(), 'hygiene-')), 'content');
  for (const [path, text] of Object.entries({ ...registries, [name]: bytes })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return loadArchive(root).errors.map(formatContentError);
}

const release = (title: string, rest = '', body = 'ย่อหน้าแรก\n') => `---\ntitle: ${title}\ndate: 2018-12-07\n${rest}---\n\n${body}`;

describe('text hygiene', () => {
  it('rejects a title made only of a bidi override, or only of invisible characters', () => {
    expect(report(release('"\\u202E"'))).toEqual([`${file}:2: title: control or bidi-override character U+202E; delete it (it is invisible in most editors)`]);
    expect(report(release('"\\u200B\\u200E\\u2060"'))).toEqual([`${file}:2: title: only invisible characters; write text readers can see`]);
  });

  it('rejects escape, NUL, vertical tab and C1 characters in titles, tags and summaries, at their lines', () => {
    expect(report(release('"ข่าว\\e[31m"'))).toEqual([`${file}:2: title: control or bidi-override character U+001B; delete it (it is invisible in most editors)`]);
    expect(report(release('ข่าว', 'tags: ["a\\0b"]\nsummary: "x\\vy\\x85"\n'))).toEqual([
      `${file}:4: tags.0: control or bidi-override character U+0000; delete it (it is invisible in most editors)`,
      `${file}:5: summary: control or bidi-override character U+000B; delete it (it is invisible in most editors)`,
    ]);
  });

  it('rejects a control character in the body at its line', () => {
    expect(report(release('ข่าว', '', 'ย่อหน้าแรก\n\nก\u0000ข\n'))).toEqual([
      `${file}:8: body: control or bidi-override character U+0000; delete it (it is invisible in most editors)`,
    ]);
    expect(report(release('ข่าว', '', 'ย่อหน้าแรก\u2067\n'))).toEqual([
      `${file}:6: body: control or bidi-override character U+2067; delete it (it is invisible in most editors)`,
    ]);
  });

  it('accepts tabs, the direction marks LRM, RLM and ALM, and zero-width characters beside visible text', () => {
    expect(report(release('"ข่าว\\u200E (English)\\u200F"', 'summary: "ก\\u061Cข\\u200Bค"\n', 'ก\tข\u200E\r\n'))).toEqual([]);
  });

  it('rejects a file that is not UTF-8 at the line of its first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from(release('ข่าว', '', 'ย่อหน้าแรก\n\n')), Buffer.from([0xa2, 0xe8, 0xd2, 0xc7, 0x0a])]);
    expect(report(bytes)).toEqual([`${file}:8: file: not UTF-8 text (an invalid byte on this line); save the file as UTF-8`]);
  });
});

describe('lib/text', () => {
  it('finds, removes and locates unsafe characters', () => {
    expect(unsafeCharacter('ab\u009Fc')).toEqual({ codePoint: 'U+009F', index: 2 });
    expect(unsafeCharacter('ก\tข\r\n\u200E')).toBeNull();
    expect(stripUnsafeCharacters('a\u0000b\u202Ac\u202Cd\u2066e\u007F')).toBe('abcde');
  });

  it('decodes UTF-8, keeps a byte-order mark, and finds the line of a bad byte', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFก\nข'))).toEqual({ text: '\uFEFFก\nข' });
    expect(decodeUtf8(Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xe0, 0xb8]))).toEqual({ line: 3 });
    expect(decodeUtf8(Buffer.from([0xff]))).toEqual({ line: 1 });
  });
});
