import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArchive, type Archive } from '@/lib/content';
import {
  decodeLexiconPage,
  decodeManifest,
  encodeLexiconPage,
  indexFiles,
  lexiconKey,
  lexiconPageOf,
  lexiconPagesOf,
  lexiconTerm,
  separatorBetween,
  skeleton,
  type Files,
} from '@/lib/search/format';
import { diskFiles } from '@/lib/search/index/disk';
import { updateIndex } from '@/lib/search/index/generations';
import { layOutLexicon, LEXICON_PAGE_TARGET } from '@/lib/search/index/lexicon-pages';
import { searchRecords } from '@/lib/search/index/records';
import { SearchEngine } from '@/lib/search/query/engine';
import { LexiconReader, oneSlip } from '@/lib/search/query/lexicon';
import { SearchIndex } from '@/lib/search/query/search-index';
import { terms } from '@/lib/search/tokenizer';
import { buildIndexInto } from '../helpers/search-index';
import { testSite } from '../helpers/site';

const byKey = (list: string[]) => [...list].sort((a, b) => (lexiconKey(a) < lexiconKey(b) ? -1 : 1));

describe('the lexicon format', () => {
  it('front-codes each term against the one before it, then its df', () => {
    expect([...encodeLexiconPage(['ab', 'abc'], [3, 1])]).toEqual([2, 0, 2, 0x61, 0x62, 3, 2, 1, 0x63, 1]);
  });

  it('reads back real terms: Thai with vowel and tone marks, English, numbers inside words, any df', () => {
    const list = byKey(['กรุงเทพมหานคร', 'กรุงเทพ', 'กรุงเทพฯ', 'จันทร์โอชา', 'จันทร', 'ส่าง', 'สาง', 'ฝุ่นละออง', 'ฝุ่น', 'ไฟแนนซ์', 'ออนไลน์', 'corporation', 'cooperation', 'pm2.5', 'covid-19', 'โควิด']);
    const df = Uint32Array.from(list, (_, i) => [1, 2, 127, 128, 90_781][i % 5]!);
    expect(decodeLexiconPage(encodeLexiconPage(list, df))).toEqual({ terms: list, df });
  });

  it('never splits a surrogate pair between the shared part and the rest', () => {
    const list = ['a\u{1D465}', 'a\u{1D466}'];
    const data = encodeLexiconPage(list, [1, 1]);
    expect([...data.subarray(0, 10)]).toEqual([2, 0, 5, 0x61, 0xf0, 0x9d, 0x91, 0xa5, 1, 1]); // the second term shares 'a' only, not half of 𝑥
    expect(decodeLexiconPage(data).terms).toEqual(list);
  });

  it('sorts by the letters first, so terms that differ only in their marks sit together', () => {
    expect(skeleton('ส่าง')).toBe('สาง');
    expect(skeleton('น้ำ')).toBe(skeleton('นำ้'));
    expect(byKey(['สางลอง', 'ส่าง', 'สว่าง', 'สาง'])).toEqual(['สว่าง', 'สาง', 'ส่าง', 'สางลอง']);
  });

  it('finds the page of a key and the pages of a prefix from the separators', () => {
    expect(separatorBetween(lexiconKey('กรุงเทพ'), lexiconKey('กรุณา'))).toBe('กรณ');
    expect(separatorBetween('ab', 'abc')).toBe('abc');
    const separators = ['', 'ก', 'กรณ', 'ข'];
    expect(lexiconPageOf(separators, 'abc')).toBe(0);
    expect(lexiconPageOf(separators, lexiconKey('กรุงเทพ'))).toBe(1);
    expect(lexiconPageOf(separators, 'กรณ')).toBe(2);
    expect(lexiconPageOf(separators, lexiconKey('ไฟ'))).toBe(3);
    expect(lexiconPageOf([], 'a')).toBe(-1);
    expect(lexiconPagesOf(separators, 'กร')).toEqual([1, 2]);
    expect(lexiconPagesOf(separators, 'กรง')).toEqual([1, 1]);
    expect(lexiconPagesOf([], 'กร')).toBeNull();
  });

  it('holds words of two characters or more that do not start with a digit', () => {
    expect(['กรุงเทพ', 'pm2.5', 'ก', '2561', '2.5'].map(lexiconTerm)).toEqual([true, true, false, false, false]);
  });
});

/** Every term of a layout's pages with its df, in page order. */
const entriesOf = (pages: Uint8Array[]) =>
  pages.flatMap((page) => {
    const { terms: list, df } = decodeLexiconPage(page);
    return list.map((term, i) => [term, df[i]] as const);
  });

describe('laying out the lexicon', () => {
  it('keeps the terms of two releases or more that fit, in key order', () => {
    const list = ['ส่าง', 'ก', '2561', 'สาง', 'ครั้ง', 'x1'];
    const df = [3, 9, 9, 1, 5, 2];
    const { separators, pages, terms: count } = layOutLexicon(list, (id) => df[id]!);
    expect(separators).toEqual(['']);
    expect(count).toBe(3);
    expect(entriesOf(pages)).toEqual([['x1', 2], ['ครั้ง', 5], ['ส่าง', 3]]);
  });

  const many = Array.from({ length: 6000 }, (_, i) => `term${(i * 7919) % 6000}`);
  const manyDf = (id: number) => 2 + (id % 50);

  it('cuts pages at the target size, each findable by its separator', () => {
    const { separators, pages } = layOutLexicon(many, manyDf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(separators[0]).toBe('');
    expect(separators).toEqual([...separators].sort());
    for (const page of pages.slice(0, -1)) expect(page.length).toBeGreaterThanOrEqual(LEXICON_PAGE_TARGET - 200);
    for (const page of pages) expect(page.length).toBeLessThan(LEXICON_PAGE_TARGET + 100);
    const misplaced = pages.flatMap((page, n) => decodeLexiconPage(page).terms.filter((term) => lexiconPageOf(separators, lexiconKey(term)) !== n));
    expect(misplaced).toEqual([]);
    const idOf = new Map(many.map((term, id) => [term, id]));
    expect(entriesOf(pages)).toEqual(byKey(many).map((term) => [term, manyDf(idOf.get(term)!)]));
  });

  it('keeps the previous separators, so a changed count rewrites one page and new terms only the pages they join', () => {
    const before = layOutLexicon(many, manyDf);
    expect(layOutLexicon(many, manyDf, before.separators)).toEqual(before);

    const bumped = layOutLexicon(many, (id) => manyDf(id) + (id === 1234 ? 1 : 0), before.separators);
    const changed = bumped.pages.flatMap((page, n) => (Buffer.from(page).equals(before.pages[n]!) ? [] : [n]));
    expect(changed).toEqual([lexiconPageOf(before.separators, lexiconKey(many[1234]!))]);

    const added = Array.from({ length: 400 }, (_, i) => `term10${i}x`);
    const grown = [...many, ...added];
    const after = layOutLexicon(grown, manyDf, before.separators);
    expect(before.separators.every((separator) => after.separators.includes(separator))).toBe(true);
    for (const page of after.pages) expect(page.length).toBeLessThan(2 * LEXICON_PAGE_TARGET + 100);
    expect(entriesOf(after.pages).map(([term]) => term)).toEqual(byKey(grown));
    const fresh = new Set(added);
    const untouched = after.pages.filter((page) => !decodeLexiconPage(page).terms.some((term) => fresh.has(term)));
    expect(untouched.length).toBeGreaterThan(0);
    for (const page of untouched) expect(before.pages.some((earlier) => Buffer.from(earlier).equals(page))).toBe(true);
  });
});

describe('one typing slip', () => {
  it('is one character replaced, added, left out, or two neighbours swapped, marks counted as characters', () => {
    expect(oneSlip('ธุรกิด', 'ธุรกิจ')).toBe(true);
    expect(oneSlip('จันทร', 'จันทร์')).toBe(true);
    expect(oneSlip('จันทร์', 'จันทร')).toBe(true);
    expect(oneSlip('นำ้', 'น้ำ')).toBe(true);
    expect(oneSlip('chaing', 'chiang')).toBe(true);
    expect(oneSlip('ละอองง', 'ละออง')).toBe(true);
  });

  it('is not two slips, nor no slip', () => {
    expect(oneSlip('บันทุก', 'บรรทุก')).toBe(false);
    expect(oneSlip('ไฟแนน', 'ไฟแนนซ์')).toBe(false);
    expect(oneSlip('abcd', 'badc')).toBe(false);
    expect(oneSlip('ข่าว', 'ข่าว')).toBe(false);
  });
});

/** The files of the real releases in tests/fixtures/lexicon, by path relative to it. */
function fixtureFiles(): Record<string, string> {
  const root = 'tests/fixtures/lexicon';
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry !== 'README.md') files[relative(root, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return files;
}

const facets = (archive: Archive, lang: 'th' | 'en') => ({
  agencies: Object.entries(archive.agencies).map(([id, names]) => ({ id, name: names[lang] })),
  categories: Object.entries(archive.categories).map(([id, names]) => ({ id, name: names[lang] })),
});

/** Files that count the lexicon pages read. */
function countingFiles(root: string): Files & { pages: string[] } {
  const disk = diskFiles(root);
  const pages: string[] = [];
  return {
    pages,
    read: (path) => {
      if (/\/(lexicon|sounds)\//.test(path)) pages.push(path);
      return disk.read(path);
    },
    gunzip: disk.gunzip,
  };
}

const manifestOf = (out: string, lang: string) => decodeManifest(readFileSync(join(out, indexFiles.manifest(lang))));

describe('the lexicon of a tiny real index', () => {
  let out: string;
  const lexicon = (lang: 'th' | 'en') => {
    const files = countingFiles(out);
    return { files, lexicon: new LexiconReader(lang, files, manifestOf(out, lang)) };
  };

  beforeAll(async () => {
    const { root, archive, errors } = testSite(fixtureFiles());
    expect(errors).toEqual([]);
    out = join(dirname(root), 'index');
    await buildIndexInto(out, archive, 'th');
    await buildIndexInto(out, archive, 'en');
  });

  it('finds the full name from its first part, most releases first, in one page', async () => {
    const { files, lexicon: th } = lexicon('th');
    const found = await th.prefixed('กรุงเทพ', 5);
    expect(found[0]).toBe('กรุงเทพมหานคร');
    expect(found.every((term) => term.startsWith('กรุงเทพ') && term !== 'กรุงเทพ')).toBe(true);
    expect(files.pages).toEqual([`th/${manifestOf(out, 'th').gen}/lexicon/0.bin`]);
    expect(await th.prefixed('กรุงเทพมหานคร', 5)).toEqual([]);
  });

  it('finds a name typed without its ์, and a tone mark typed before its vowel', async () => {
    const { lexicon: th } = lexicon('th');
    // The segmenter cuts จันทร์โอชา (and the typed จันทรโอชา) after จันทร์ (จันทร).
    expect(terms('จันทรโอชา')).toEqual(['จันทร', 'โอชา']);
    expect(await th.near('จันทร', 3)).toEqual(['จันทร์']);
    expect(await th.near('ประยุทธ', 3)).toEqual(['ประยุทธ์']);
    expect(await th.near('หอ้ง', 3)).toEqual(['ห้อง']);
  });

  it('finds an English word with a letter left out, in the form the index holds it', async () => {
    const { lexicon: en } = lexicon('en');
    const [typed] = terms('ceremny');
    const [meant] = terms('ceremony');
    expect(await en.near(typed!, 3)).toEqual([meant]);
  });

  it('answers nothing for numbers, one letter, words too short for slips, or a limit of 0', async () => {
    const { files, lexicon: th } = lexicon('th');
    expect(await th.prefixed('25', 5)).toEqual([]);
    expect(await th.prefixed('ก', 5)).toEqual([]);
    expect(await th.near('ห้อ', 5)).toEqual([]);
    expect(await th.near('จันทร', 0)).toEqual([]);
    expect(files.pages).toEqual([]);
  });

  it('is what the search engine asks by default: a slip finds the releases of the word meant, and says so', async () => {
    const search = (expander?: null) => new SearchEngine([new SearchIndex('th', diskFiles(out), { expander })]).search({ q: 'หอ้ง', sort: 'relevance', page: 1 });
    const withLexicon = await search();
    expect(withLexicon.corrections).toEqual([{ word: 'หอ้ง', instead: 'ห้อง' }]);
    expect(withLexicon.hits.length).toBeGreaterThan(0);
    expect(withLexicon.hits.every((hit) => `${hit.doc.title} ${hit.doc.text}`.includes('ห้อง'))).toBe(true);
    const without = await search(null);
    expect([without.total, without.missing]).toEqual([0, ['หอ้ง']]);
  });

  it('never answers the word itself', async () => {
    const { lexicon: th } = lexicon('th');
    expect(await th.near('จันทร์', 5)).toEqual([]);
    expect(await th.near('ห้อง', 5)).toEqual([]);
  });
});

/** Every term of an index's lexicon with its df, in order. */
function lexiconContent(out: string, lang: string): [string, number][] {
  const manifest = manifestOf(out, lang);
  return manifest.lexicon.flatMap((_, n) => {
    const { terms: list, df } = decodeLexiconPage(gunzipSync(readFileSync(join(out, indexFiles.lexicon(lang, manifest.gen, n)))));
    return list.map((term, i): [string, number] => [term, df[i]!]);
  });
}

describe('updating the lexicon', () => {
  it('after adding a release, holds what a build from nothing holds', async () => {
    const files = fixtureFiles();
    const added = 'news/2024/2024-11-12-90126.th.md';
    const { [added]: addedText, ...rest } = files;
    const { root } = testSite(rest);
    const out = join(dirname(root), 'index');
    const cacheFile = join(dirname(root), 'cache', 'search-th.bin');
    const update = async () => {
      const { archive } = loadArchive(root);
      return updateIndex({ out, lang: 'th', records: searchRecords(archive, 'th'), ...facets(archive, 'th'), cacheFile });
    };
    await update();
    const before = lexiconContent(out, 'th');
    writeFileSync(join(root, added), addedText!);
    const { stats } = await update();
    expect(stats.analyzed).toBe(1);
    const updated = lexiconContent(out, 'th');
    expect(updated).not.toEqual(before);

    const fresh = join(dirname(root), 'fresh');
    await buildIndexInto(fresh, loadArchive(root).archive, 'th');
    expect(updated).toEqual(lexiconContent(fresh, 'th'));
  });
});

describe('a name typed in Latin letters that the dictionary has no row for', () => {
  const release = (title: string, date: string, body: string) => `---\ntitle: "${title}"\ndate: ${date}\nagency: moph\ncategory: government-house\n---\n\n${body}\n`;
  let out: string;

  beforeAll(async () => {
    const { root, archive, errors } = testSite({
      'news/2024/2024-02-22-hair-dye.th.md': release('คารม เผย อย. ยืนยันยาย้อมผมปลอดภัย', '2024-02-22', 'นายคารม รองโฆษกประจำสำนักนายกรัฐมนตรี เผยว่ายาย้อมผมที่มีเลขจดแจ้งปลอดภัย'),
      'news/2023/2023-11-20-south.th.md': release('คารม เผย รัฐบาลหนุนการศึกษาในชายแดนใต้', '2023-11-20', 'นายคารม กล่าวว่ารัฐบาลสนับสนุนสถาบันการศึกษาในพื้นที่ชายแดนใต้'),
      'news/2023/2023-11-21-rice.th.md': release('ราคาข้าวสูงขึ้น', '2023-11-21', 'ราคาข้าวเปลือกสูงขึ้นทั่วประเทศ'),
      'news/2023/2023-11-21-rice.en.md': release('Rice prices rise', '2023-11-21', 'Paddy prices rose across the country.'),
      'news/2018/2018-08-10-meet-the-press.th.md': release('นายกอบศักดิ์ ภูตระกูล แถลงข่าว Meet the Press', '2018-08-10', 'นายกอบศักดิ์ ภูตระกูล รัฐมนตรีประจำสำนักนายกรัฐมนตรี แถลงข่าว'),
      'news/2018/2018-08-17-economy.th.md': release('รัฐบาลชี้แจงภาวะเศรษฐกิจ', '2018-08-17', 'นายกอบศักดิ์ ภูตระกูล ชี้แจงภาวะเศรษฐกิจ'),
      'news/2023/2023-11-22-pao-tang.th.md': release('เติมเงินเป๋าตังได้แล้ว', '2023-11-22', 'ประชาชนเติมเงินในแอปเป๋าตังได้ทั้งวัน'),
      'news/2023/2023-11-23-pao-tang.th.md': release('แอปเป๋าตังรองรับบัตรสวัสดิการ', '2023-11-23', 'ผู้ถือบัตรใช้แอปเป๋าตังได้ทั้งประเทศ'),
      // 50 more releases that write ทั้ง (tang, "all"), a word too common to be a name's spelling
      ...Object.fromEntries(
        Array.from({ length: 50 }, (_, i) => [`news/2022/2022-01-${String((i % 28) + 1).padStart(2, '0')}-all-${i}.th.md`, release(`ข่าวที่ ${i + 1}`, `2022-01-${String((i % 28) + 1).padStart(2, '0')}`, 'หน่วยงานทั้งหมดร่วมกันทั้งวัน')]),
      ),
    });
    expect(errors).toEqual([]);
    out = join(dirname(root), 'index');
    await buildIndexInto(out, archive, 'th');
    await buildIndexInto(out, archive, 'en');
  });

  it('finds its Thai spelling by how its RTGS romanization sounds, in one sound page', async () => {
    const files = countingFiles(out);
    const th = new LexiconReader('th', files, manifestOf(out, 'th'));
    expect(await th.sounding('Karom', 2)).toEqual(['คารม']);
    expect(await th.sounding('Kharom', 2)).toEqual(['คารม']);
    expect(files.pages).toEqual([`th/${manifestOf(out, 'th').gen}/sounds/0.bin`]);
    expect(await th.sounding('คารม', 2)).toEqual([]);
    // ตัง of เป๋าตัง (Pao Tang) sounds like ทั้ง too, which 52 of the 55 releases hold: a common word, never a name.
    expect(terms('เป๋าตัง ทั้ง')).toEqual(['เป๋า', 'ตัง', 'ทั้ง']);
    expect(await th.sounding('Tang', 2)).toEqual(['ตัง']);
    expect(manifestOf(out, 'en').sounds).toBeUndefined();
    expect(await new LexiconReader('en', countingFiles(out), manifestOf(out, 'en')).sounding('Karom', 2)).toEqual([]);
  });

  it('finds a name the segmenter cuts into fragments, which the index holds whole too', async () => {
    expect(terms('นายกอบศักดิ์')).toEqual(['นายก', 'อบ', 'ศักดิ์']);
    const th = new LexiconReader('th', countingFiles(out), manifestOf(out, 'th'));
    expect(await th.sounding('Kobsak', 2)).toEqual(['กอบศักดิ์']);
    const english = new SearchEngine([new SearchIndex('en', diskFiles(out)), new SearchIndex('th', diskFiles(out))]);
    const result = await english.search({ q: 'Kobsak Meet the Press', sort: 'relevance', page: 1 });
    expect(result.hits[0] && [`${result.hits[0].source}:${result.hits[0].doc.slug}`, result.hits[0].translated]).toEqual(['th:2018-08-10-meet-the-press', [{ word: 'Kobsak', as: 'กอบศักดิ์' }]]);
  });

  it('on the English page, finds the Thai-only releases naming the person, and says which spelling matched', async () => {
    const english = new SearchEngine([new SearchIndex('en', diskFiles(out)), new SearchIndex('th', diskFiles(out))]);
    const result = await english.search({ q: 'Karom', sort: 'relevance', page: 1 });
    expect(result.hits.map((hit) => [`${hit.source}:${hit.doc.slug}`, hit.translated]).sort()).toEqual([
      ['th:2023-11-20-south', [{ word: 'Karom', as: 'คารม' }]],
      ['th:2024-02-22-hair-dye', [{ word: 'Karom', as: 'คารม' }]],
    ]);
  });
});
