import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseReleaseFile } from '@/lib/content';
import { fieldLimits, registrySchema } from '@/lib/content/schema';
import { agencyFinder } from '@/lib/import/agencies';
import { parseThaigov } from '@/lib/import/parse-thaigov';
import { renderMarkdown } from '@/lib/markdown';
import { buildFeed, feedXml } from '@/lib/seo';
import { unsafeCharacter } from '@/lib/text';
import { isIsoDate, parseThaiDate } from '@/lib/thai';
import { archiveOf } from '../helpers/site';

/**
 * Properties that hold for any input, however hostile: nothing throws, and what is accepted stays within limits.
 * A fixed seed and a bounded number of runs keep `npm test` reproducible and short; a failure prints the shrunk
 * counterexample (re-run it with `{ seed, path }` from the report).
 */
const runs = { seed: 15_2026, numRuns: 200 } as const;

/** Strings mixing the pieces each parser cares about with arbitrary text, so both deep and random paths are hit. */
const textOf = (pieces: readonly string[], maxLength = 40) =>
  fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength }).map((parts) => parts.join(''));

const datePieces = ['วันศุกร์ที่ ', '7', '๗', '31', '0', '99', ' ธันวาคม ', ' ธ.ค. ', ' กุมภาพันธ์ ', ' พ.ศ. ', ' ค.ศ. ', '2561', '๒๕๖๑', '2483', '1', ' – ', '-', ' ', '\u00A0', '\u0E31'];

describe('parseThaiDate on any text', () => {
  it('never throws and returns null or real ISO dates, the start not after the end', () => {
    fc.assert(
      fc.property(fc.oneof(textOf(datePieces), fc.string()), (text) => {
        const parsed = parseThaiDate(text);
        if (parsed === null) return;
        expect(isIsoDate(parsed.start)).toBe(true);
        if (parsed.end !== undefined) {
          expect(isIsoDate(parsed.end)).toBe(true);
          expect(parsed.start <= parsed.end).toBe(true);
        }
      }),
      runs,
    );
  });
});

const file = 'content/news/2018/2018-12-07-telmin-18.th.md';
const known = { agencies: ['mdes'], categories: ['government-house'] };
const fieldNames = ['title', 'date', 'agency', 'category', 'tags', 'summary', 'source', 'legacyId', 'updated', 'image', 'imageAlt', 'catgory', '<<', '? x'];
const yamlPieces = ['---\n', '---js\n', '\n', ': ', '- ', '&a ', '*a', '!!js/function ', '!!binary ', '"', "'", '[', ']', '{', '}', '#', '|\n  ', '2018-12-07', '\\u202E', '\\0', '\t', '\uFEFF', '\r\n'];

/** Every error of a result names the file and a line of it. */
function expectLocatedErrors(text: string, result: ReturnType<typeof parseReleaseFile>) {
  if (result.release) {
    expect(result.errors).toEqual([]);
    expect(result.release.title.length).toBeLessThanOrEqual(fieldLimits.title);
    expect(unsafeCharacter(result.release.title)).toBeNull();
    expect(result.release.tags.length).toBeLessThanOrEqual(fieldLimits.tags);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  const lines = text.split('\n').length;
  for (const error of result.errors) {
    expect(error.file).toBe(file);
    expect(Number.isInteger(error.line) && error.line >= 1 && error.line <= lines).toBe(true);
    expect(error.message.length).toBeGreaterThan(0);
  }
}

describe('parseReleaseFile on any text', () => {
  it('never throws, and returns a release or errors located at a line of the file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), textOf([...yamlPieces, ...fieldNames], 60)), (text) => {
        expectLocatedErrors(text, parseReleaseFile(file, text, known));
      }),
      runs,
    );
  });

  it('never throws on arbitrary front matter above a body', () => {
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), textOf(yamlPieces, 8), fc.constantFrom('2018-12-07', 'mdes', '/images/x.jpg', 'javascript:alert(1)'));
    const frontMatter = fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames), fc.string({ maxLength: 5 })), value, { maxKeys: 8 });
    const asYaml = (data: Record<string, unknown>, raw: boolean) => (raw ? Object.entries(data).map(([key, v]) => `${key}: ${String(v)}`).join('\n') : yaml.dump(data));
    // A title in YAML double quotes, where `\u202E`, `\e` and `\x85` are escapes for invisible characters.
    const title = fc.oneof(
      fc.array(fc.constantFrom('ข่าว', ' ', '\\u202E', '\\e', '\\u200B', '\\x85', '\\0'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
      fc.integer({ min: 490, max: 510 }).map((length) => 'ก'.repeat(length)),
    );
    fc.assert(
      fc.property(title, frontMatter, fc.boolean(), textOf(['ย่อหน้า', '\n', '- ', '> ', '*', '[', '\u0000', '\u202E'], 20), (heading, data, raw, body) => {
        const text = `---\ntitle: "${heading}"\ndate: 2018-12-07\n${asYaml(data, raw)}\n---\n\n${body}`;
        expectLocatedErrors(text, parseReleaseFile(file, text, known));
      }),
      runs,
    );
  });
});

const markdownPieces = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '![x](javascript:alert(1))',
  '[x]: javascript:alert(1)\n\n[x]',
  '<svg onload=alert(1)>',
  '<iframe src="data:text/html,x">',
  '&#x6A;avascript:',
  '<https://x.test>',
  '\n',
  '\n\n',
  '- ',
  '> ',
  '1. ',
  '    ',
  '*',
  '_',
  '`',
  '![',
  '[',
  '](',
  ')',
  '<',
  '\u0000',
  '\u202E',
];

describe('renderMarkdown on any text', () => {
  it('never throws, and its tags carry no script, event handler or javascript: URL', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), textOf(markdownPieces, 60)), (markdown) => {
        const html = renderMarkdown(markdown);
        expect(html).not.toMatch(/<script/i);
        for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
          expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
          expect(tag).not.toMatch(/javascript:|data:/i);
        }
        expect(unsafeCharacter(html)).toBeNull();
      }),
      runs,
    );
  });
});

describe('the importer page parser on any text', () => {
  const finder = agencyFinder(registrySchema.parse(yaml.load(readFileSync('content/agencies.yaml', 'utf8'), { schema: yaml.CORE_SCHEMA })));
  const line = textOf(['รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-', 'ข่าว', '&#0;', '&#99999999;', '&#55357;', '&amp;', '&#3585;', '#แท็ก', ' ', '\u202A', '\u009F', '*****', 'ข่าวที่เกี่ยวข้อง'], 12);
  const page = fc
    .tuple(line, fc.constantFrom('วันศุกร์ที่ 7 ธันวาคม 2561', 'วันพฤหัสบดีที่ 1 มกราคม 2513', 'x'), fc.array(line, { maxLength: 6 }), fc.constantFrom('ที่มา : https://www.thaigov.go.th/news/contents/details/17391', ''))
    .map(([title, date, body, source]) => [`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, date, ...body, 'ย่อหน้า'.repeat(20), source].join('\n'));
  it('never throws; an imported release has a clean title and an ISO date', () => {
    fc.assert(
      fc.property(fc.oneof(page, fc.string({ unit: 'binary' })), fc.string({ maxLength: 20 }), (text, path) => {
        const result = parseThaigov(text, path, finder);
        if (!result.ok) return;
        expect(isIsoDate(result.release.date)).toBe(true);
        expect(result.release.title.length).toBeGreaterThan(0);
        expect(unsafeCharacter([result.release.title, ...result.release.tags, ...result.release.paragraphs].join('\n'))).toBeNull();
      }),
      runs,
    );
  });
});

describe('the feed writer on any title and summary an editor can publish', () => {
  const archive = archiveOf([{ slug: '2019-03-10-any', title: 'ข่าว', en: 'News' }]);
  const story = archive.stories[0]!;
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false });
  const htmlText = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const publishable = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((text) => unsafeCharacter(text) === null && text.trim() !== '');

  it('writes valid XML whose titles and summaries read back as the text, never as markup', () => {
    fc.assert(
      fc.property(fc.oneof(publishable, textOf(['<b>', '</b>', '<script>', ']]>', '&amp;', '&', '"', 'ข่าว', ' '])).filter((text) => text.trim() !== ''), publishable, (title, summary) => {
        Object.assign(story.en!, { title, excerpt: summary });
        for (const format of ['rss', 'atom'] as const) {
          const xml = feedXml(buildFeed(archive, 'en', { kind: 'all' })!, format);
          expect(XMLValidator.validate(xml)).toBe(true);
          const entry = format === 'rss' ? parser.parse(xml).rss.channel.item : parser.parse(xml).feed.entry;
          const written = format === 'rss' ? entry.title : entry.title['#text'];
          expect(htmlText(String(written))).toBe(title);
        }
      }),
      { ...runs, numRuns: 100 },
    );
  });
});
