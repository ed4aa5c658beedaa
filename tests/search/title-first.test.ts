import { describe, expect, it } from 'vitest';
import { titledFirst, type Match } from '@/lib/search/query/ranking';
import type { SearchIndex } from '@/lib/search/query/search-index';
import { RESULTS_PER_PAGE } from '@/lib/search/query/types';

/**
 * On the first page, a release whose title holds every word typed comes before the others that match as many words,
 * whatever their score: the release titled with Bangkok's haze before the cabinet summary one of whose items holds
 * the words. (The harness of docs/search-quality.md measured it on real releases: 192 → 195 first places.)
 */

const titles = ['สรุปข่าวการประชุมคณะรัฐมนตรี 10 มีนาคม 2563', 'ครม. รับทราบรายงานภัยแล้ง', 'นายกฯ สั่งแก้ปัญหาฝุ่นในกรุงเทพมหานคร', ...Array.from({ length: 12 }, (_, n) => `ข่าวที่ ${n + 4} ฝุ่นในกรุงเทพมหานคร`)];
const index = { doc: async (id: number) => ({ title: titles[id]! }) } as unknown as SearchIndex;
/** Matches in the order ranking gave them: ids 0, 1, 2 … with the coverage given. */
const ranked = (coverage: number[]) => coverage.map((covered, id): Match => ({ index, id, bits: 0, coverage: covered, score: 100 - id, day: 0 }));
const holdsTheWords = (_: Match, title: string) => title.includes('ฝุ่น') && title.includes('กรุงเทพมหานคร');

describe('the first page of results', () => {
  it('puts the releases titled with the words typed first, the others after them in their order', async () => {
    const matches = ranked([2, 2, 2]);
    await titledFirst(matches, RESULTS_PER_PAGE, holdsTheWords);
    expect(matches.map((m) => m.id)).toEqual([2, 0, 1]);
  });

  it('never puts a release that matches fewer words before one that matches more', async () => {
    const matches = ranked([2, 1, 1]);
    await titledFirst(matches, RESULTS_PER_PAGE, holdsTheWords);
    expect(matches.map((m) => m.id)).toEqual([0, 2, 1]);
  });

  it('reorders the first page only: the next pages keep the order ranking gave', async () => {
    const matches = ranked(titles.map(() => 2));
    await titledFirst(matches, RESULTS_PER_PAGE, holdsTheWords);
    expect(matches.slice(0, RESULTS_PER_PAGE).map((m) => m.id)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
    expect(matches.slice(RESULTS_PER_PAGE).map((m) => m.id)).toEqual([10, 11, 12, 13, 14]);
  });
});
