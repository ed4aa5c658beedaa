import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import type { Files } from '@/lib/search/format';
import { diskFiles } from '@/lib/search/index/disk';
import { SearchEngine } from '@/lib/search/query/engine';
import { SearchIndex } from '@/lib/search/query/search-index';
import { buildIndexInto } from '../helpers/search-index';
import { testSite } from '../helpers/site';

/**
 * A word a fifth of the page's own releases hold (and 50 or more) is looked for there as typed only: its other forms
 * (นรม., the English "prime minister", "PM") would each cost a shard to add releases to a list that long, and "PM"
 * would add wrong ones. The English index is still asked for its English forms, and a rare word for all of them.
 */

const release = (title: string, date: string, body: string) => `---\ntitle: "${title}"\ndate: ${date}\n---\n\n${body}\n`;
const day = (n: number) => `2020-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;

const site: Record<string, string> = {
  // 60 releases where the Prime Minister chairs a meeting: both words are common.
  ...Object.fromEntries(
    Array.from({ length: 60 }, (_, n) => [`news/2020/${day(n)}-pm-${n}.th.md`, release(`นายกรัฐมนตรีประชุมหารือเรื่องที่ ${n + 1}`, day(n), `นายกรัฐมนตรีเป็นประธานการประชุม ครั้งที่ ${n + 1}`)]),
  ),
  // A meeting on fine dust, which says PM 2.5 and nothing of the Prime Minister.
  'news/2020/2020-04-01-dust.th.md': release('ประชุมแก้ปัญหาฝุ่นละออง', '2020-04-01', 'ที่ประชุมหารือการแก้ปัญหาฝุ่น PM 2.5 ในกรุงเทพมหานคร'),
  // The Prime Minister, by his abbreviation only, in a release on the rain.
  'news/2020/2020-04-02-rain.th.md': release('นรม. สั่งรับมือฝนตกหนัก', '2020-04-02', 'นรม. สั่งการให้ทุกหน่วยงานเตรียมรับมือฝนตกหนัก'),
  // English only: found on the Thai page by its English words.
  'news/2020/2020-04-03-cabinet.en.md': release('Prime Minister chairs the cabinet meeting', '2020-04-03', 'The Prime Minister chaired the meeting of the cabinet at Government House.'),
};

let files: Files;

beforeAll(async () => {
  const { root, archive, errors } = testSite(site);
  expect(errors).toEqual([]);
  const out = join(dirname(root), 'index');
  for (const lang of locales) await buildIndexInto(out, archive, lang);
  files = diskFiles(out);
});

const thaiPage = () => new SearchEngine([new SearchIndex('th', files), new SearchIndex('en', files)]);
/** Every result of a search on the Thai page, page after page. */
async function hits(q: string) {
  const engine = thaiPage();
  const all = [];
  for (let page = 1, pages = 1; page <= pages; page++) {
    const result = await engine.search({ q, sort: 'relevance', page });
    pages = result.pages;
    all.push(...result.hits.map((hit) => ({ slug: hit.doc.slug, source: hit.source, lacking: hit.lacking })));
  }
  return all;
}

describe('a common word', () => {
  it('is looked for in the page’s own index as typed: PM 2.5 is not the Prime Minister', async () => {
    const found = await hits('นายกรัฐมนตรี ประชุม');
    expect(found.find((hit) => hit.slug === '2020-04-01-dust')).toEqual({ slug: '2020-04-01-dust', source: 'th', lacking: ['นายกรัฐมนตรี'] });
    expect(found.filter((hit) => hit.lacking.length === 0 && hit.source === 'th')).toHaveLength(60);
  });

  it('is looked for in the English index by its English forms', async () => {
    const found = await hits('นายกรัฐมนตรี ประชุม');
    expect(found).toContainEqual({ slug: '2020-04-03-cabinet', source: 'en', lacking: [] });
  });

  it('is not what a rarer form is: นรม., which one release holds, still finds those that say นายกรัฐมนตรี', async () => {
    const found = await hits('นรม.');
    expect(found[0]).toEqual({ slug: '2020-04-02-rain', source: 'th', lacking: [] });
    expect(found.filter((hit) => hit.slug.includes('-pm-'))).toHaveLength(60);
  });
});
