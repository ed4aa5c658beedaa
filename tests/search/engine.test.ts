import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '@/lib/content';
import { locales } from '@/lib/i18n/locales';
import { decodeManifest, decodeShard, indexFiles, PostingsKind, termHash, type Files } from '@/lib/search/format';
import { buildIndex } from '@/lib/search/index/build';
import { diskFiles } from '@/lib/search/index/disk';
import { searchRecords } from '@/lib/search/index/records';
import { SearchEngine } from '@/lib/search/query/engine';
import { excerpt, markedTerms } from '@/lib/search/query/excerpt';
import { SearchIndex } from '@/lib/search/query/search-index';
import type { SearchQuery } from '@/lib/search/query/types';
import { buildIndexInto } from '../helpers/search-index';
import { testSite } from '../helpers/site';

/** A whole tiny site: registries and five releases (one translated), written as the importer would. */
const site: Record<string, string> = {
  'agencies.yaml': [
    'mdes:\n  th: กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม\n  en: Ministry of Digital Economy and Society',
    'moph:\n  th: กระทรวงสาธารณสุข\n  en: Ministry of Public Health',
    'tmd:\n  th: กรมอุตุนิยมวิทยา\n  en: Thai Meteorological Department',
  ].join('\n'),
  'categories.yaml': 'government-house:\n  th: ข่าวทำเนียบรัฐบาล\n  en: Government House News\nsociety:\n  th: ด้านสังคม\n  en: Society\n',
  'news/2018/2018-12-07-telmin-18.th.md': release(
    'กระทรวงดิจิทัลฯ เผยที่ประชุม TELMIN ครั้งที่ 18 เห็นพ้องข้อเสนอไทยเรื่อง “มั่นคงปลอดภัยไซเบอร์”',
    '2018-12-07',
    'mdes',
    'government-house',
    'เข้าร่วมการประชุมรัฐมนตรีอาเซียนด้านโทรคมนาคม ครั้งที่ ๑๘ หรือ TELMIN ระหว่างวันที่ ๕-๖ ธันวาคม ๒๕๖๑ ณ เมืองอูบุด บาหลี',
  ),
  'news/2018/2018-12-07-telmin-18.en.md': release(
    '18th TELMIN agrees with Thailand’s proposals on cybersecurity',
    '2018-12-07',
    'mdes',
    'government-house',
    'ASEAN telecommunications ministers meeting in Bali on 5–6 December 2018 backed Thailand’s proposals.',
  ),
  'news/2019/2019-02-13-dust-masks.th.md': release(
    'สธ. แนะประชาชนป้องกันฝุ่นละออง PM2.5',
    '2019-02-13',
    'moph',
    'society',
    'กระทรวงสาธารณสุขแนะประชาชนสวมหน้ากากป้องกันฝุ่น เมื่อค่าฝุ่นละอองขนาดเล็กเกินมาตรฐาน ตลอดปี ๒๕๖๒',
  ),
  'news/2019/2019-08-01-heavy-rain.th.md': release('กรมอุตุฯ เตือนฝนตกหนัก', '2019-08-01', 'tmd', 'society', 'ฝน จะตกหนักทั่วประเทศ นายมนตรี ขอให้ประชาชนระวังน้ำท่วม'),
  'news/2020/2020-01-10-dust-report.th.md': release(
    'นายกฯ สั่งแก้ปัญหาฝุ่น PM2.5 ในกรุงเทพฯ',
    '2020-01-10',
    'moph',
    'government-house',
    'นายกรัฐมนตรีสั่งการให้ทุกหน่วยงานเร่งแก้ปัญหาฝุ่น และรายงานความคืบหน้าทุกสัปดาห์',
  ),
};

function release(title: string, date: string, agency: string, category: string, body: string) {
  return `---\ntitle: "${title}"\ndate: ${date}\nagency: ${agency}\ncategory: ${category}\n---\n\n${body}\n`;
}

let archive: Archive;
let out: string;

beforeAll(async () => {
  const { root, archive: loaded, errors } = testSite(site);
  expect(errors).toEqual([]);
  archive = loaded;
  out = join(dirname(root), 'index');
  for (const lang of locales) await buildIndexInto(out, archive, lang);
});

const thai = () => new SearchEngine([new SearchIndex('th', diskFiles(out))]);
const english = () => new SearchEngine([new SearchIndex('en', diskFiles(out)), new SearchIndex('th', diskFiles(out))]);

async function slugs(engine: SearchEngine, q: string, extra: Partial<SearchQuery> = {}) {
  const result = await engine.search({ q, sort: 'relevance', page: 1, ...extra });
  return result.hits.map((hit) => `${hit.source}:${hit.doc.slug}`);
}

describe('searching the index', () => {
  it('finds a Thai word, and dust (ฝุ่น) is not rain (ฝน)', async () => {
    const engine = thai();
    expect(await slugs(engine, 'ฝุ่น')).toEqual(['th:2020-01-10-dust-report', 'th:2019-02-13-dust-masks']);
    expect(await slugs(engine, 'ฝน')).toEqual(['th:2019-08-01-heavy-rain']);
    expect(await slugs(engine, 'มนตรี')).toEqual(['th:2019-08-01-heavy-rain']);
  });

  it('finds a Thai phrase, releases holding all its words first, then the rarer word', async () => {
    expect(await slugs(thai(), 'มั่นคงปลอดภัยไซเบอร์')).toEqual(['th:2018-12-07-telmin-18']);
    expect(await slugs(thai(), 'ฝุ่นละออง')).toEqual(['th:2019-02-13-dust-masks', 'th:2020-01-10-dust-report']);
    expect(await slugs(thai(), 'ฝุ่น ไซเบอร์')).toEqual(['th:2018-12-07-telmin-18', 'th:2020-01-10-dust-report', 'th:2019-02-13-dust-masks']);
  });

  it('finds a Buddhist-era year in Thai digits, Arabic digits, or as its Common-era year', async () => {
    for (const q of ['๒๕๖๑', '2561', '2018']) expect(await slugs(thai(), q)).toEqual(['th:2018-12-07-telmin-18']);
  });

  it('ranks a title match first and sorts by date on request', async () => {
    expect(await slugs(thai(), 'ประชาชน')).toEqual(['th:2019-02-13-dust-masks', 'th:2019-08-01-heavy-rain']);
    expect(await slugs(thai(), 'ประชาชน', { sort: 'date' })).toEqual(['th:2019-08-01-heavy-rain', 'th:2019-02-13-dust-masks']);
  });

  it('filters by agency, category and year, counting what each other choice would give', async () => {
    const result = await thai().search({ q: 'ฝุ่น', agency: 'moph', year: 2020, sort: 'relevance', page: 1 });
    expect(result.hits.map((hit) => hit.doc.slug)).toEqual(['2020-01-10-dust-report']);
    expect(result.facets.year).toEqual([
      { year: 2020, count: 1 },
      { year: 2019, count: 1 },
    ]);
    expect(result.facets.agency).toEqual([{ id: 'moph', name: 'กระทรวงสาธารณสุข', count: 1 }]);
    expect(result.facets.category).toEqual([{ id: 'government-house', name: 'ข่าวทำเนียบรัฐบาล', count: 1 }]);
  });

  it('ranks the releases of a date typed as Thai readers type it first', async () => {
    expect(await slugs(thai(), 'ฝุ่น 10 ม.ค. 63')).toEqual(['th:2020-01-10-dust-report', 'th:2019-02-13-dust-masks']);
    expect(await slugs(thai(), 'ฝุ่น ๑๓/๒/๖๒')).toEqual(['th:2019-02-13-dust-masks', 'th:2020-01-10-dust-report']);
  });

  it('finds a Thai-only release by an English word through the vocabulary, and says which word matched how', async () => {
    const result = await english().search({ q: 'flood', sort: 'relevance', page: 1 });
    expect(result.hits.map((hit) => [`${hit.source}:${hit.doc.slug}`, hit.translated])).toEqual([['th:2019-08-01-heavy-rain', [{ word: 'flood', as: 'น้ำท่วม' }]]]);
  });

  it('does not count a question word against a release', async () => {
    const result = await thai().search({ q: 'ฝนตกหนักไหม', sort: 'relevance', page: 1 });
    expect(result.hits.map((hit) => [hit.doc.slug, hit.lacking])).toEqual([['2019-08-01-heavy-rain', []]]);
    expect(result.missing).toEqual([]);
  });

  it('lists a filter’s releases newest first when there is no query', async () => {
    expect(await slugs(thai(), '', { category: 'society' })).toEqual(['th:2019-08-01-heavy-rain', 'th:2019-02-13-dust-masks']);
  });

  it('searches English translations, then Thai-only releases (through the vocabulary too), on the English side', async () => {
    expect(await slugs(english(), 'TELMIN')).toEqual(['en:2018-12-07-telmin-18']);
    // The Thai-only release holds รัฐมนตรี, the vocabulary's Thai for minister; the English release, matching as well, comes first.
    expect(await slugs(english(), 'ministers')).toEqual(['en:2018-12-07-telmin-18', 'th:2020-01-10-dust-report']);
    const translated = await english().search({ q: 'ministers', sort: 'relevance', page: 1 });
    expect(translated.hits.map((hit) => hit.translated)).toEqual([[], [{ word: 'ministers', as: 'รัฐมนตรี' }]]);
    expect(await slugs(english(), 'ฝุ่น', { sort: 'date' })).toEqual(['th:2020-01-10-dust-report', 'th:2019-02-13-dust-masks']);
    const all = await english().search({ q: '', year: 2018, sort: 'date', page: 1 });
    expect(all.total).toBe(1);
    expect(english().name('agencies', 'moph')).toBe('moph');
  });

  it('fetches no shard of the English index for a Thai word its filter of Thai terms rules out', async () => {
    const fetched: string[] = [];
    const files = diskFiles(out);
    const logged: Files = { ...files, read: (path) => (fetched.push(path), files.read(path)) };
    const engine = new SearchEngine([new SearchIndex('th', logged), new SearchIndex('en', logged)]);
    expect(await slugs(engine, 'ฝุ่น TELMIN')).toEqual(['th:2018-12-07-telmin-18', 'th:2020-01-10-dust-report', 'th:2019-02-13-dust-masks']);
    const english = decodeManifest(await files.read(indexFiles.manifest('en')));
    expect(english.thaiTerms).toBeDefined();
    expect(fetched.filter((path) => path.startsWith(`en/${english.gen}/terms/`))).toEqual([indexFiles.shard('en', english.gen, termHash('telmin') % english.shards)]);
  });

  it('reports the words found nowhere, and nothing found when no word is', async () => {
    const result = await thai().search({ q: 'ภูเก็ต ๒๕๖๑', sort: 'relevance', page: 1 });
    expect(result).toMatchObject({ terms: ['2561'], words: ['ภูเก็ต', '๒๕๖๑'], missing: ['ภูเก็ต'], total: 1, complete: 1 });
    const none = await thai().search({ q: 'ภูเก็ต', sort: 'relevance', page: 1 });
    expect(none).toMatchObject({ terms: [], words: ['ภูเก็ต'], missing: ['ภูเก็ต'], total: 0, hits: [], page: 1, pages: 1 });
  });

  it('draws an excerpt around the matched words, marking the other era’s year too', async () => {
    const result = await thai().search({ q: '2018', sort: 'relevance', page: 1 });
    const parts = excerpt(result.hits[0]!.doc.text, markedTerms(result.terms), 60);
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['๒๕๖๑']);
    expect(parts.map((part) => part.text).join('')).toBe('… ๕-๖ ธันวาคม ๒๕๖๑ ณ เมืองอูบุด บาหลี');
  });
});

describe('rebuilding the index', () => {
  it('analyzes only what changed and writes the same index', async () => {
    const build = async (cached?: Awaited<ReturnType<typeof buildIndex>>['analyses']) => {
      const files = new Map<string, string>();
      const output = await buildIndex({
        lang: 'th',
        records: searchRecords(archive, 'th'),
        agencies: [],
        categories: [],
        write: (path, data) => files.set(path.replace(/\/g[0-9a-z]+\//, '/<gen>/'), Buffer.from(data).toString('base64')),
        ...(cached ? { cached } : {}),
      });
      files.delete('th/manifest.json');
      return { output, files };
    };
    const first = await build();
    expect(first.output.stats.analyzed).toBe(4);
    const again = await build(first.output.analyses);
    expect(again.output.stats.analyzed).toBe(0);
    expect(again.files).toEqual(first.files);
  });
});

describe('a word in a quarter of the releases or more', () => {
  /** Eight releases that all say ประชาชน: the oldest in its title, the others four times in the text only. */
  const common: Record<string, string> = Object.fromEntries(
    Array.from({ length: 8 }, (_, i) => {
      const date = `2019-0${i + 1}-01`;
      const [title, body] = i === 0 ? ['ประชาชนร่วมปลูกป่า', 'จังหวัดจัดกิจกรรมปลูกป่าชายเลน ประชาชน มาร่วมงาน'] : [`กิจกรรมที่ ${i}`, 'ประชาชน '.repeat(4) + 'มาร่วมงาน'];
      return [`news/2019/${date}-release-${i}.th.md`, release(title, date, 'moph', 'government-house', body)];
    }),
  );

  it('is stored as a bitmap with a title bit per release, and a title match still ranks first', async () => {
    const { root, archive: site, errors } = testSite(common);
    expect(errors).toEqual([]);
    const index = join(dirname(root), 'common-index');
    await buildIndexInto(index, site, 'th');
    const manifest = decodeManifest(readFileSync(join(index, indexFiles.manifest('th'))));
    const shard = decodeShard(gunzipSync(readFileSync(join(index, indexFiles.shard('th', manifest.gen, termHash('ประชาชน') % manifest.shards)))));
    const entry = shard.get('ประชาชน')!;
    expect(entry).toMatchObject({ df: 8, kind: PostingsKind.Common, file: -1 });
    expect(entry.payload).toHaveLength(1 + 1);

    const engine = new SearchEngine([new SearchIndex('th', diskFiles(index))]);
    expect(await slugs(engine, 'ประชาชน')).toEqual(['th:2019-01-01-release-0', ...Array.from({ length: 7 }, (_, i) => `th:2019-0${8 - i}-01-release-${7 - i}`)]);
  });
});

describe('English word forms', () => {
  /** Two English releases: one on the economic recovery Songkran brought, one on Songkran's safety campaign. */
  const forms: Record<string, string> = {
    'news/2022/2022-04-18-economic-recovery.en.md': release(
      'PM pleased with positive sign of economic recovery through increase of tourism activities during Songkran',
      '2022-04-18',
      'mdes',
      'government-house',
      'The Prime Minister was also pleased with constant economic recovery through an increase of tourism activities thanks to the long holidays.',
    ),
    'news/2022/2022-04-12-songkran-safety.en.md': release(
      'Ministry prepares for Songkran holidays',
      '2022-04-12',
      'mdes',
      'government-house',
      'A campaign for tourism with safety and environmental awareness in national parks during Songkran.',
    ),
  };

  it('finds "economic recovery" for economy and recovering, through the shipped dictionary', async () => {
    const { root, archive: site, errors } = testSite(forms);
    expect(errors).toEqual([]);
    const index = join(dirname(root), 'forms-index');
    await buildIndexInto(index, site, 'en');
    const engine = new SearchEngine([new SearchIndex('en', diskFiles(index))]);
    const result = await engine.search({ q: 'economy recovering Songkran tourism', sort: 'relevance', page: 1 });
    expect(result.hits.map((hit) => [hit.doc.slug, hit.lacking])).toEqual([
      ['2022-04-18-economic-recovery', []],
      ['2022-04-12-songkran-safety', ['economy', 'recovering']],
    ]);
    expect(result.terms).toEqual(expect.arrayContaining(['econom', 'recoveri']));
  });
});
