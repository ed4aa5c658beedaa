import { describe, expect, it } from 'vitest';
import { hasFilters, parseSearchParams, searchParamsOf } from '@/lib/search/query/url';
import { excerpt, highlight } from '@/lib/search/query/excerpt';

describe('the search address', () => {
  it('reads a shared address and writes it back the same, defaults left out', () => {
    const query = parseSearchParams(new URLSearchParams('q=%E0%B8%9D%E0%B8%B8%E0%B9%88%E0%B8%99+&agency=moph&year=2019&sort=date&page=2'));
    expect(query).toEqual({ q: 'ฝุ่น', agency: 'moph', year: 2019, sort: 'date', page: 2 });
    expect(searchParamsOf(query)).toBe('q=%E0%B8%9D%E0%B8%B8%E0%B9%88%E0%B8%99&agency=moph&year=2019&sort=date&page=2');
    expect(hasFilters(query)).toBe(true);
  });

  it('ignores what it cannot use', () => {
    expect(parseSearchParams(new URLSearchParams('year=abc&page=-3&sort=popular&category='))).toEqual({ q: '', sort: 'relevance', page: 1 });
    expect(searchParamsOf({ q: '', sort: 'relevance', page: 1 })).toBe('');
  });
});

describe('marking searched words', () => {
  it('marks whole words only, not the same letters inside another word', () => {
    expect(highlight('รัฐมนตรี มนตรี', new Set(['มนตรี']))).toEqual([
      { text: 'รัฐมนตรี ', mark: false },
      { text: 'มนตรี', mark: true },
    ]);
  });

  it('opens a text at its start when no searched word is in it', () => {
    expect(excerpt('ประชุมคณะรัฐมนตรี วันนี้', new Set(['ฝุ่น']), 12)).toEqual([
      { text: 'ประชุมคณะ', mark: false },
      { text: ' …', mark: false },
    ]);
  });
});
