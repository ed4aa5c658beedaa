import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { parseDictionary } from '@/lib/search/dictionary';
import type { BuildOutput } from '@/lib/search/index/build';
import { diskFiles } from '@/lib/search/index/disk';
import { SearchEngine } from '@/lib/search/query/engine';
import { SearchIndex } from '@/lib/search/query/search-index';
import type { SearchQuery, TermExpander } from '@/lib/search/query/types';
import { buildIndexInto } from '../helpers/search-index';
import { testSite } from '../helpers/site';

/**
 * How a query matches when readers type differently from the text: abbreviations and full forms, variant spellings,
 * Thai and Latin loanwords, partial matches, compounds and typing slips. The releases are real (titles and sentences
 * from thaigov.go.th releases).
 */
const site: Record<string, string> = {
  'agencies.yaml': 'mdes:\n  th: กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม\n  en: Ministry of Digital Economy and Society\n',
  'categories.yaml': 'society:\n  th: ด้านสังคม\n  en: Society\n',
  ...release(
    'th',
    '2018-12-07-telmin-18',
    'กระทรวงดิจิทัลฯ เผยที่ประชุม TELMIN ครั้งที่ 18 เห็นพ้องข้อเสนอไทยเรื่อง “มั่นคงปลอดภัยไซเบอร์”',
    'แจ้งความจำนงสนับสนุนการดำเนินงานด้านดิจิทัลต่างๆทั้งของไทยเองและอาเซียน ไม่ว่าจะเป็นเรื่อง Smart City',
  ),
  ...release(
    'th',
    '2019-03-01-bankruptcy-data',
    'กระทรวงยุติธรรม โดยกรมบังคับคดีร่วมกับธนาคารแห่งประเทศไทยลงนามบันทึกความเข้าใจว่าด้วยการเชื่อมโยงข้อมูลบุคคลล้มละลาย',
    'กรมบังคับคดีร่วมกับธนาคารแห่งประเทศไทยลงนามบันทึกความเข้าใจ',
  ),
  ...release('th', '2019-06-01-medicine-online', 'เตือน!! ซื้อยาทางอินเทอร์เน็ตต้องระวัง', 'เตือน ซื้อยาทางอินเทอร์เน็ตต้องระวัง'),
  ...release(
    'th',
    '2021-05-10-alternative-vaccines',
    'สธ. และ อภ. ร่วมชี้แจงข้อเรียกร้องให้รัฐบาลเร่งนำเข้าวัคซีนทางเลือกเพื่อยับยั้งการแพร่ระบาดของโรคโควิด-19',
    'ร่วมชี้แจงข้อเรียกร้องให้รัฐบาลเร่งนำเข้าวัคซีนทางเลือก',
  ),
  ...release(
    'th',
    '2022-10-07-nbtc-anniversary',
    'MDES ร่วมงานสถาปนา 11 ปี กสทช.',
    '7 ต.ค. 65 - นางอำไพ จิตรแจ่มใส ผู้ช่วยปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เข้าร่วมงานวันคล้ายวันสถาปนา สำนักงานคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ (กสทช.) ในโอกาสครบรอบ 11 ปี ณ กสทช. ซอยสายลม กรุงเทพฯ',
  ),
  ...release(
    'th',
    '2023-03-21-cabinet',
    'สรุปข่าวการประชุมคณะรัฐมนตรี วันที่ 21 มีนาคม 2566',
    'ขอให้ระบายน้ำออกจากพื้นที่น้ำท่วมขังทั้งในพื้นที่กรุงเทพมหานครและในพื้นที่จังหวัดที่ประสบปัญหาน้ำท่วมซ้ำซาก',
  ),
  ...release(
    'th',
    '2021-04-02-anutin-mae-hong-son',
    'รองนายกฯ อนุทิน ลงพื้นที่แม่ฮ่องสอนส่งมอบวัคซีนป้องกันโควิด-19 รวม 2,000 โดส สร้างภูมิคุ้มกันบุคลากรด่านหน้า',
    'นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงสาธารณสุข ลงพื้นที่จังหวัดแม่ฮ่องสอน',
  ),
  ...release('en', '2021-07-01-sirinat', 'PM visits Phuket’s Sirinat National Park', 'The Prime Minister visited Sirinat National Park in Phuket.'),
  ...release(
    'en',
    '2021-08-01-censure',
    'Govt Spokesperson: Opposition should not escalate censure motion outside of Parliament',
    'The opposition is escalating the censure motion outside of Parliament.',
  ),
  ...release('en', '2022-11-01-songkhla', 'PM takes field trip to Songkhla to observe flood prevention and meets with local people', 'Defending Songkhla from floods.'),
};

function release(lang: 'th' | 'en', slug: string, title: string, body: string): Record<string, string> {
  return { [`news/${slug.slice(0, 4)}/${slug}.${lang}.md`]: `---\ntitle: ${JSON.stringify(title)}\ndate: ${slug.slice(0, 10)}\nagency: mdes\ncategory: society\n---\n\n${body}\n` };
}

/** Real rows of the dictionary's two files. */
const dictionary = [
  ...parseDictionary(
    'short\tfull\tsource\nธปท.\tธนาคารแห่งประเทศไทย\tcorpus:12\nกรุงเทพฯ\tกรุงเทพมหานคร\tlist:places\nกระทรวงดิจิทัลฯ\tกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม\tcorpus:1363\n',
    'abbreviations.tsv',
    'abbreviation',
  ),
  ...parseDictionary('variant\tstandard\tsource\nอินเตอร์เน็ต\tอินเทอร์เน็ต\tcorpus:40\nวัคซีน\tvaccine\tlist:latin\n', 'variants.tsv', 'variant'),
];

let out: string;
const builds: Partial<Record<string, BuildOutput>> = {};

beforeAll(async () => {
  const { root, archive, errors } = testSite(site);
  expect(errors).toEqual([]);
  out = join(dirname(root), 'index');
  for (const lang of locales) builds[lang] = await buildIndexInto(out, archive, lang, { dictionary });
});

/**
 * A term expander over an index's own term list (what a build analyzed), most frequent first: terms that start with
 * a word, and terms one edit (a letter added, left out, changed, or two swapped) away.
 */
function expanderOf(build: BuildOutput): TermExpander {
  const df = new Map<string, number>();
  for (const entry of build.analyses.entries.values()) for (const id of entry.terms) df.set(build.analyses.terms[id]!, (df.get(build.analyses.terms[id]!) ?? 0) + 1);
  const byFrequency = [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([term]) => term);
  return {
    prefixed: async (term, limit) => byFrequency.filter((t) => t !== term && t.startsWith(term)).slice(0, limit),
    near: async (term, limit) => byFrequency.filter((t) => t !== term && oneEdit(t, term)).slice(0, limit),
  };
}

function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  return rest(1, 1) || rest(1, 0) || rest(0, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(2, 2));
}

const thai = (expand = false) => new SearchEngine([new SearchIndex('th', diskFiles(out), expand ? { expander: expanderOf(builds.th!) } : { expander: null })]);
const english = (expand = false) =>
  new SearchEngine([
    new SearchIndex('en', diskFiles(out), expand ? { expander: expanderOf(builds.en!) } : { expander: null }),
    new SearchIndex('th', diskFiles(out), expand ? { expander: expanderOf(builds.th!) } : { expander: null }),
  ]);

async function search(engine: SearchEngine, q: string, extra: Partial<SearchQuery> = {}) {
  return engine.search({ q, sort: 'relevance', page: 1, ...extra });
}
async function slugs(engine: SearchEngine, q: string, extra: Partial<SearchQuery> = {}) {
  return (await search(engine, q, extra)).hits.map((hit) => hit.doc.slug);
}

describe('abbreviations, variants and loanwords', () => {
  it('finds the full form from an abbreviation and the abbreviation from the full form', async () => {
    expect(await slugs(thai(), 'ธปท. ข้อมูลบุคคลล้มละลาย')).toEqual(['2019-03-01-bankruptcy-data']);
    expect(await slugs(thai(), 'กระทรวงดิจิทัลฯ')).toEqual(['2018-12-07-telmin-18', '2022-10-07-nbtc-anniversary']);
    expect(await slugs(thai(), 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม สถาปนา')).toEqual(['2022-10-07-nbtc-anniversary', '2018-12-07-telmin-18']);
  });

  it('finds กรุงเทพมหานคร from กรุงเทพฯ and the reverse', async () => {
    expect(await slugs(thai(), 'กรุงเทพฯ น้ำท่วมขัง')).toEqual(['2023-03-21-cabinet']);
    expect(await slugs(thai(), 'กรุงเทพมหานคร กสทช.')).toEqual(['2022-10-07-nbtc-anniversary', '2023-03-21-cabinet']);
  });

  it('finds the standard spelling from a common variant', async () => {
    expect(await slugs(thai(), 'ซื้อยาทางอินเตอร์เน็ต')).toEqual(['2019-06-01-medicine-online']);
  });

  it('finds a Thai loanword from its Latin form on the Thai page', async () => {
    const result = await search(thai(), 'vaccine ทางเลือก');
    expect(result.hits.map((hit) => hit.doc.slug)).toEqual(['2021-05-10-alternative-vaccines']);
    expect(result.missing).toEqual([]);
    expect(result.terms).toContain('วัคซีน');
  });
});

describe('partial matches', () => {
  it('lists releases holding most of the words, names the words found nowhere and what each release lacks', async () => {
    const result = await search(thai(), 'กสทช. ซ้ำซาก ภูเก็ต');
    expect(result).toMatchObject({ words: ['กสทช', 'ซ้ำซาก', 'ภูเก็ต'], missing: ['ภูเก็ต'], total: 2, complete: 0 });
    expect(result.hits.map(({ doc, lacking }) => [doc.slug, lacking])).toEqual([
      ['2022-10-07-nbtc-anniversary', ['ซ้ำซาก']],
      ['2023-03-21-cabinet', ['กสทช']],
    ]);
  });

  it('lists releases holding every word first, by relevance or by date', async () => {
    for (const sort of ['relevance', 'date'] as const) {
      const result = await search(thai(), 'กสทช. กรุงเทพฯ', { sort });
      expect(result).toMatchObject({ missing: [], total: 2, complete: 1 });
      expect(result.hits.map(({ doc, lacking }) => [doc.slug, lacking])).toEqual([
        ['2022-10-07-nbtc-anniversary', []],
        ['2023-03-21-cabinet', ['กสทช']],
      ]);
    }
  });

  it('shows an empty page only when no word is found', async () => {
    expect(await search(thai(), 'ภูเก็ต')).toMatchObject({ total: 0, hits: [], missing: ['ภูเก็ต'], words: ['ภูเก็ต'] });
  });
});

describe('English word forms', () => {
  it('finds other forms of a word through its Snowball stem', async () => {
    expect(await slugs(english(), 'Prime Minister visiting Sirinat')).toEqual(['2021-07-01-sirinat']);
    expect(await slugs(english(), 'opposition escalated censure motions')).toEqual(['2021-08-01-censure']);
    expect(await slugs(english(), 'defend Songkhla flooding')).toEqual(['2022-11-01-songkhla']);
  });
});

describe('a term expander (the index’s own terms)', () => {
  it('finds compounds that start with a word', async () => {
    expect(await slugs(english(), 'Sirin park')).toEqual(['2021-07-01-sirinat']);
    expect(await slugs(english(true), 'Sirin park')).toEqual(['2021-07-01-sirinat']);
    expect((await search(english(), 'Sirin')).total).toBe(0);
    expect(await slugs(english(true), 'Sirin')).toEqual(['2021-07-01-sirinat']);
  });

  it('searches a word found nowhere one typing slip away, and says so', async () => {
    const result = await search(english(true), 'Songkla flood');
    expect(result.hits.map((hit) => hit.doc.slug)).toEqual(['2022-11-01-songkhla']);
    expect(result).toMatchObject({ missing: [], corrections: [{ word: 'Songkla', instead: 'Songkhla' }] });
    expect(await search(english(), 'Songkla')).toMatchObject({ total: 0, missing: ['Songkla'], corrections: [] });
  });

  it('joins again a Thai word its slip cut in two, a known word and the rest, and searches it one slip away', async () => {
    // อนุทิล is cut into อนุ and ทิล; อนุทิน is one word of the release.
    const result = await search(thai(true), 'อนุทิล แม่ฮ่องสอน');
    expect(result.hits.map((hit) => hit.doc.slug)).toEqual(['2021-04-02-anutin-mae-hong-son']);
    expect(result).toMatchObject({ missing: [], corrections: [{ word: 'อนุทิล', instead: 'อนุทิน' }] });
    expect(await search(thai(), 'อนุทิล แม่ฮ่องสอน')).toMatchObject({ missing: ['อนุ', 'ทิล'], corrections: [] });
  });
});

describe('Thai typed in another order of its marks', () => {
  it('finds น้ำ typed with its tone mark after sara am (นำ้), which looks the same', async () => {
    expect(await slugs(thai(), 'ระบายนำ้')).toEqual(['2023-03-21-cabinet']);
  });
});
