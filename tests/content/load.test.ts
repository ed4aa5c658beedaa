import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError, loadArchive, readBody } from '@/lib/content';
import { testSite } from '../helpers/site';

/** One agency and one category, so that an unknown id's message lists exactly the known one. */
const registries = {
  'agencies.yaml': 'mdes:\n  th: กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม\n  en: Ministry of Digital Economy and Society\n',
  'categories.yaml': 'government-house:\n  th: ข่าวทำเนียบรัฐบาล\n  en: Government House News\n',
};

/** A tiny site of these release files beside the two registries above. */
const site = (files: Record<string, string>) => testSite({ ...registries, ...files });

const telmin = `---
title: กระทรวงดิจิทัลฯ เผยที่ประชุม TELMIN ครั้งที่ 18
date: 2018-12-07
agency: mdes
category: government-house
---

ย่อหน้าแรก
`;

describe('loading content', () => {
  it('loads a valid story with dates kept as strings', () => {
    const { archive, errors } = site({ 'news/2018/2018-12-07-telmin-18.th.md': telmin });
    expect(errors).toEqual([]);
    const story = archive.bySlug.get('2018-12-07-telmin-18');
    expect(story?.date).toBe('2018-12-07');
    expect(story?.th).toMatchObject({ date: '2018-12-07', agency: 'mdes', lang: 'th', excerpt: 'ย่อหน้าแรก', bodyLine: 7 });
    expect(story?.en).toBeUndefined();
    expect(readBody(archive, story!.th!)).toBe('\nย่อหน้าแรก\n');
  });

  it('accepts a Thai date and normalizes it to ISO', () => {
    const { archive, errors } = site({
      'news/2018/2018-12-07-telmin-18.th.md': telmin.replace('date: 2018-12-07', 'date: วันศุกร์ที่ ๗ ธันวาคม ๒๕๖๑'),
    });
    expect(errors).toEqual([]);
    expect(archive.stories[0]?.date).toBe('2018-12-07');
  });

  it('reports a YAML syntax error at its line in the whole file', () => {
    const { errors } = site({ 'news/2018/2018-12-07-telmin-18.th.md': telmin.replace('agency: mdes', 'agency: mdes: x') });
    expect(errors).toEqual([
      'content/news/2018/2018-12-07-telmin-18.th.md:4: front matter: YAML syntax error: bad indentation of a mapping entry (check quotes, colons and indentation)',
    ]);
  });

  it('reports a missing title', () => {
    const { errors } = site({ 'news/2018/2018-12-07-telmin-18.th.md': telmin.replace(/^title: .*\n/m, '') });
    expect(errors).toEqual(['content/news/2018/2018-12-07-telmin-18.th.md:1: title: required field is missing']);
  });

  it('reports an impossible date at the line of the date', () => {
    const { errors } = site({ 'news/2018/2018-12-07-telmin-18.th.md': telmin.replace('date: 2018-12-07', 'date: 2018-02-30') });
    expect(errors).toEqual([
      'content/news/2018/2018-12-07-telmin-18.th.md:3: date: "2018-02-30" is not a calendar date: write YYYY-MM-DD (e.g. 2018-12-07) or a Thai date (e.g. 7 ธันวาคม 2561)',
    ]);
  });

  it('reports an unknown agency with the known ids', () => {
    const { errors } = site({ 'news/2018/2018-12-07-telmin-18.th.md': telmin.replace('agency: mdes', 'agency: mdx') });
    expect(errors).toEqual(['content/news/2018/2018-12-07-telmin-18.th.md:4: agency: unknown agency "mdx" (known: mdes)']);
  });

  it('reports an unknown category and an unknown field together, each at its line', () => {
    const { errors } = site({
      'news/2018/2018-12-07-telmin-18.th.md': telmin.replace('category: government-house', 'category: sport\ncatgory: x'),
    });
    expect(errors).toEqual([
      'content/news/2018/2018-12-07-telmin-18.th.md:5: category: unknown category "sport" (known: government-house)',
      expect.stringMatching(/^content\/news\/2018\/2018-12-07-telmin-18\.th\.md:6: catgory: unknown field/),
    ]);
  });

  it('reports a date that disagrees with the slug and the year folder', () => {
    const { errors } = site({ 'news/2018/2018-12-07-telmin-18.th.md': telmin.replace('date: 2018-12-07', 'date: 2019-01-02') });
    expect(errors).toEqual([
      'content/news/2018/2018-12-07-telmin-18.th.md:3: date: 2019-01-02 belongs in news/2019/, not news/2018/',
      'content/news/2018/2018-12-07-telmin-18.th.md:3: date: 2019-01-02 does not match the date the slug starts with (2018-12-07); rename the file or fix the date',
    ]);
  });

  it('names both files of a duplicate slug', () => {
    const { errors } = site({
      'news/2018/2018-12-07-telmin-18.th.md': telmin,
      'news/2019/2018-12-07-telmin-18.th.md': telmin,
    });
    expect(errors).toContain(
      'content/news/2019/2018-12-07-telmin-18.th.md:1: duplicate slug "2018-12-07-telmin-18": content/news/2018/2018-12-07-telmin-18.th.md uses it too; rename one of them',
    );
  });

  it('reports a translation whose date or agency disagrees with its original', () => {
    const en = `---\ntitle: TELMIN 18\ndate: 2018-12-08\ncategory: government-house\n---\n\nText.\n`;
    const { errors } = site({
      'news/2018/2018-12-07-telmin-18.th.md': telmin,
      'news/2018/2018-12-07-telmin-18.en.md': en,
    });
    expect(errors).toContain(
      'content/news/2018/2018-12-07-telmin-18.en.md:3: date: 2018-12-08 does not match the date the slug starts with (2018-12-07); rename the file or fix the date',
    );
    const pair = site({
      'news/2018/2018-12-07-telmin-18.th.md': telmin,
      'news/2018/2018-12-07-telmin-18.en.md': en.replace('2018-12-08', '2018-12-07'),
    });
    expect(pair.errors).toEqual([
      'content/news/2018/2018-12-07-telmin-18.en.md:1: agency: "" differs from the Thai version content/news/2018/2018-12-07-telmin-18.th.md ("mdes"); the two versions of a release share its agency',
    ]);
  });

  it('pairs a translation with its original', () => {
    const en = `---\ntitle: TELMIN 18\ndate: 2018-12-07\nagency: mdes\ncategory: government-house\n---\n\nText.\n`;
    const { archive, errors } = site({
      'news/2018/2018-12-07-telmin-18.th.md': telmin,
      'news/2018/2018-12-07-telmin-18.en.md': en,
    });
    expect(errors).toEqual([]);
    expect(archive.bySlug.get('2018-12-07-telmin-18')?.en?.title).toBe('TELMIN 18');
  });

  it('loads an English-only release as a story with no Thai version, its legacyId leading to the English page', () => {
    const en = `---\ntitle: The cabinet met on March 21, 2023\ndate: 2023-03-21\nagency: mdes\nlegacyId: 66583\n---\n\nText.\n`;
    const { archive, errors } = site({ 'news/2023/2023-03-21-66583.en.md': en });
    expect(errors).toEqual([]);
    const story = archive.bySlug.get('2023-03-21-66583')!;
    expect(story.th).toBeUndefined();
    expect(story.en).toMatchObject({ title: 'The cabinet met on March 21, 2023', lang: 'en', agency: 'mdes' });
    expect(archive.byLegacyId.get(66583)).toEqual({ story, lang: 'en' });
  });

  it('maps both legacy ids of a pair, each to its own language, and reports one id used twice', () => {
    const en = `---\ntitle: TELMIN 18\ndate: 2018-12-07\nagency: mdes\ncategory: government-house\nlegacyId: 5001\n---\n\nText.\n`;
    const { archive, errors } = site({
      'news/2018/2018-12-07-telmin-18.th.md': telmin.replace('agency: mdes', 'agency: mdes\nlegacyId: 17391'),
      'news/2018/2018-12-07-telmin-18.en.md': en,
    });
    expect(errors).toEqual([]);
    const story = archive.bySlug.get('2018-12-07-telmin-18')!;
    expect(archive.byLegacyId.get(17391)).toEqual({ story, lang: 'th' });
    expect(archive.byLegacyId.get(5001)).toEqual({ story, lang: 'en' });
    const twice = site({
      'news/2018/2018-12-07-telmin-18.th.md': telmin.replace('agency: mdes', 'agency: mdes\nlegacyId: 5001'),
      'news/2018/2018-12-07-telmin-18.en.md': en,
    });
    expect(twice.errors).toEqual([
      'content/news/2018/2018-12-07-telmin-18.en.md:6: legacyId: 5001 is already used by content/news/2018/2018-12-07-telmin-18.th.md; one release, one legacyId',
    ]);
  });

  it('gives the same archive and errors from its parse cache as without it', () => {
    const files = { 'news/2018/2018-12-07-telmin-18.th.md': telmin, 'news/2018/2018-12-08-x.th.md': telmin };
    const { root } = site(files);
    const cacheFile = join(root, '..', '.cache', 'content.json');
    const fresh = loadArchive(root);
    const first = loadArchive(root, { cacheFile });
    const same = ({ archive, errors }: ReturnType<typeof loadArchive>) => ({ archive, errors });
    expect(same(loadArchive(root, { cacheFile }))).toEqual(same(fresh));
    expect(same(loadArchive(root, { previous: first.cache }))).toEqual(same(fresh));
    expect(fresh.errors.map(formatContentError)).toEqual([
      'content/news/2018/2018-12-08-x.th.md:3: date: 2018-12-07 does not match the date the slug starts with (2018-12-08); rename the file or fix the date',
    ]);
  });

  it('collects the problems of every file in one run', () => {
    const { errors } = site({
      'news/2018/2018-12-07-telmin-18.th.md': telmin.replace('agency: mdes', 'agency: mdx'),
      'news/2018/2018-12-08-other.th.md': telmin.replace('date: 2018-12-07', 'date: 2018-12-08').replace(/^title: .*\n/m, ''),
      'news/2018/Bad_Name.th.md': telmin,
      'news/2018/2018-12-09-x.th.markdown': telmin,
      'news/notes.txt': 'a stray file',
    });
    expect(errors.map((line) => line.split(': ')[0])).toEqual([
      'content/news/2018/2018-12-07-telmin-18.th.md:4',
      'content/news/2018/2018-12-08-other.th.md:1',
      'content/news/2018/2018-12-09-x.th.markdown:1',
      'content/news/2018/Bad_Name.th.md:1',
      'content/news/notes.txt:1',
    ]);
  });
});
