import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { diskFiles } from '@/lib/search/index/disk';
import { docSections } from '@/lib/search/index/sections';
import { SearchEngine } from '@/lib/search/query/engine';
import { SearchIndex } from '@/lib/search/query/search-index';
import { heldInOnePlace, sectionOf } from '@/lib/search/query/sections';
import { buildIndexInto } from '../helpers/search-index';
import { registries, testSite } from '../helpers/site';

/** The real cabinet summaries and synopses of tests/fixtures/sections/, as a site. */
const fixtures = ['2023-03-01-65574.th.md', '2023-03-01-65574.en.md', '2025-02-18-93537.th.md', '2024-09-09-87824.th.md', '2021-07-06-43490.en.md', '2018-06-10-12904.th.md'];
const site = Object.fromEntries([
  ['categories.yaml', `${registries['categories.yaml']}\ncabinet-summary:\n  th: สรุปข่าวการประชุม ครม.\n  en: Cabinet Meeting Summary\nhighlights:\n  th: ประเด็นเด่น\n  en: Highlights`],
  ...fixtures.map((name) => [`news/${name.slice(0, 4)}/${name}`, readFileSync(`tests/fixtures/sections/${name}`, 'utf8')]),
  // A short release about what items 13 and 14 of the summary of 28 February 2566 are about, apart.
  [
    'news/2023/2023-03-05-99001.th.md',
    '---\ntitle: "กฟผ. เดินเครื่องเขื่อนศรีนครินทร์ ส่งไฟถึงเกาะสมุย"\ndate: 2023-03-05\ncategory: highlights\nlegacyId: 99001\n---\n\nไฟฟ้าจากเขื่อนศรีนครินทร์ส่งถึงเกาะสมุยทางสายเคเบิลใต้น้ำ\n',
  ],
]);

let out: string;
beforeAll(async () => {
  const { root, archive, errors } = testSite(site);
  expect(errors).toEqual([]);
  out = join(dirname(root), 'index');
  for (const lang of locales) await buildIndexInto(out, archive, lang);
}, 120_000);

/** The results of a search on the page of `lang`. */
async function hitsOf(lang: 'th' | 'en', q: string) {
  const engine = new SearchEngine(lang === 'th' ? [new SearchIndex('th', diskFiles(out))] : [new SearchIndex('en', diskFiles(out)), new SearchIndex('th', diskFiles(out))]);
  return (await engine.search({ q, sort: 'relevance', page: 1 })).hits;
}

/** The first result of a search: its release and the item it names. */
async function first(lang: 'th' | 'en', q: string) {
  const [hit] = await hitsOf(lang, q);
  return hit && { slug: hit.doc.slug, section: hit.section };
}

/** The result of a search that is release `slug`, and the item it names. */
async function resultFor(lang: 'th' | 'en', q: string, slug: string) {
  const hit = (await hitsOf(lang, q)).find((each) => each.doc.slug === slug);
  return hit && { slug, section: hit.section };
}

describe('search lands on the item', () => {
  it('finds words only item 17 of the largest summary holds, far past the first 12,000 characters, and names item 17', async () => {
    expect(await first('th', 'เบนซิน จักรยานยนต์')).toEqual({
      slug: '2023-03-01-65574',
      section: {
        id: 'item-17',
        label: '17. รายงานเปรียบเทียบประโยชน์ที่ได้รับกับการสูญเสียรายได้ที่เกิดขึ้นจริงกับประมาณการตามมาตรา 27 แห่งพระราชบัญญัติวินัยการเงินการคลังของรัฐ พ.ศ. 2561',
      },
    });
    expect((await first('th', 'น้ำนม ชะงัก'))?.section?.id).toBe('item-12');
    expect((await first('th', 'เชียงแสน ลวดลาย'))?.section?.id).toBe('item-31');
  });

  it('names the item whose heading holds the word', async () => {
    // ผ้าขาวม้า is in the agenda, in the heading of item 31 and in its text.
    expect((await first('th', 'ผ้าขาวม้า'))?.section?.id).toBe('item-31');
  });

  it('names no item for the words of the release’s own title, nor for their equivalents (ครม)', async () => {
    // คณะรัฐมนตรี is in the title (as ครม.), and in the heading of item 6 of 18 February 2568.
    expect(await resultFor('th', 'สรุปข่าวการประชุมคณะรัฐมนตรี', '2025-02-18-93537')).toEqual({ slug: '2025-02-18-93537', section: undefined });
    expect(await first('th', 'คณะรัฐมนตรี')).toEqual({ slug: '2025-02-18-93537', section: undefined });
  });

  it('leaves the question words out: they name no item', async () => {
    // Counted, เท่าไร would land on item 10 and อย่างไร tie too many items to name one.
    expect((await first('th', 'เบนซิน เท่าไร'))?.section?.id).toBe('item-17');
    expect((await first('th', 'น้ำนม อย่างไร'))?.section?.id).toBe('item-12');
  });

  it('on the English page, names the Thai form an English word matched and the item of a Thai-only summary holding it', async () => {
    const hit = (await hitsOf('en', 'flood')).find((each) => each.doc.slug === '2025-02-18-93537');
    expect(hit && { source: hit.source, translated: hit.translated, section: hit.section?.id }).toEqual({ source: 'th', translated: [{ word: 'flood', as: 'อุทกภัย' }], section: 'item-4' });
  });

  it('does the same for the Title: items of an English synopsis', async () => {
    expect(await first('en', 'restaurants eateries')).toEqual({ slug: '2021-07-06-43490', section: { id: 'item-7', label: '“Im Jai” loan scheme' } });
    expect((await first('en', 'Bandung Belgrade'))?.section?.id).toBe('item-12');
  });
});

describe('a release with items holds words together only in one item', () => {
  it('ranks the release holding both words before the summary holding them in two items, which still lists both as found', async () => {
    const engine = new SearchEngine([new SearchIndex('th', diskFiles(out))]);
    const result = await engine.search({ q: 'เกาะสมุย ศรีนครินทร์', sort: 'relevance', page: 1 });
    expect(result.hits.map((hit) => [hit.doc.slug, hit.lacking])).toEqual([
      ['2023-03-05-99001', []],
      ['2023-03-01-65574', []],
    ]);
    expect(result.complete).toBe(1);
  });
});

describe('docSections', () => {
  it('lists a release’s items with their labels, and nothing for a release without items', () => {
    const body = '1. เรื่อง ภาษีที่ดิน\n\n2. เรื่อง ถนนสายใหม่\n\n1. เรื่อง ภาษีที่ดิน\n\nลดภาษีให้เกษตรกร\n\n2. เรื่อง ถนนสายใหม่\n\nสร้างถนนในชนบท';
    expect(docSections(body).map(({ id, label }) => [id, label])).toEqual([
      ['item-1', '1. ภาษีที่ดิน'],
      ['item-2', '2. ถนนสายใหม่'],
    ]);
    expect(docSections('ข้อความธรรมดา\n\n1. ข้อหนึ่ง\n\n2. ข้อสอง')).toEqual([]);
  });
});

describe('sectionOf', () => {
  const doc = {
    slug: '2023-03-01-65574',
    title: 'สรุปข่าวการประชุมคณะรัฐมนตรี 28 กุมภาพันธ์ 2566',
    date: '2023-03-01',
    text: '',
    sections: docSections('1. เรื่อง ภาษีที่ดิน\n\n2. เรื่อง ถนนสายใหม่\n\n1. เรื่อง ภาษีที่ดิน\n\nลดภาษีให้ชาวนาที่ปลูกข้าว\n\n2. เรื่อง ถนนสายใหม่\n\nสร้างถนนให้ชาวนาไปตลาด ไม่ต้องเสียภาษี'),
  };

  it('counts a concept in an item’s heading three times, in its text once', () => {
    // ภาษี heads item 1 and is in the text of item 2; ชาวนา is in both texts.
    expect(sectionOf(doc, [[['ภาษี']], [['ชาวนา']]])?.id).toBe('item-1');
    expect(sectionOf(doc, [[['ตลาด']], [['ชาวนา']]])?.id).toBe('item-2');
    expect(sectionOf(doc, [[['ประชุม']]])).toBeUndefined();
    expect(sectionOf(doc, [[['เครื่องบิน']]])).toBeUndefined();
  });

  it('heldInOnePlace: the concepts the title and opening hold with the best item, a concept with no forms held', () => {
    // ภาษี and ตลาด are together in item 2 only; ปลูกข้าว (item 1) and ตลาด (item 2) never; ประชุม is in the title.
    expect(heldInOnePlace(doc, [[['ภาษี']], [['ตลาด']]])).toBe(0b11);
    expect(heldInOnePlace(doc, [[['ปลูก', 'ข้าว']], [['ตลาด']]])).toBe(0b01);
    expect(heldInOnePlace(doc, [[['ประชุม']], [['ปลูก', 'ข้าว']], []])).toBe(0b111);
    expect(heldInOnePlace({ ...doc, sections: [] }, [[['ตลาด']]])).toBeUndefined();
  });
});
