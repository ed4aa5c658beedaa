import { describe, expect, it } from 'vitest';
import { outcomeOf, rankOf, scoreByKind, type Outcome } from '../../scripts/bench/search-quality/metrics';
import { releasePage } from '../../scripts/bench/search-quality/pagefind';
import { loadQueries, parseQueries } from '../../scripts/bench/search-quality/queries';
import { scoreTable } from '../../scripts/bench/search-quality/report';

// The search-quality benchmark never runs under `npm test`; these are its scoring and its data checks.

describe('rankOf', () => {
  it('is the 1-based place of the target on the first page of ten', () => {
    expect(rankOf([5, 8, 13], 5)).toBe(1);
    expect(rankOf([5, 8, 13], 13)).toBe(3);
    expect(rankOf([5, 8, 13], 21)).toBeNull();
    expect(rankOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 42], 42)).toBeNull();
  });
});

describe('scoreByKind', () => {
  // Five hand-made answers: found first, found third, found tenth, not found, nothing found at all.
  const outcomes: Outcome[] = [
    outcomeOf('abbreviation', { ids: [100, 7, 8], total: 3 }, 100),
    outcomeOf('abbreviation', { ids: [7, 8, 100], total: 40 }, 100),
    outcomeOf('typo', { ids: [1, 2, 3, 4, 5, 6, 7, 8, 9, 100], total: 12 }, 100),
    outcomeOf('typo', { ids: [1, 2], total: 2 }, 100),
    outcomeOf('typo', { ids: [], total: 0 }, 100),
  ];

  it('counts top-1, top-10, MRR@10 and empty pages per kind, then for all', () => {
    expect(scoreByKind(outcomes)).toEqual([
      { kind: 'abbreviation', queries: 2, top1: 1, top10: 2, mrr: (1 + 1 / 3) / 2, empty: 0 },
      { kind: 'typo', queries: 3, top1: 0, top10: 1, mrr: 1 / 10 / 3, empty: 1 },
      { kind: 'all', queries: 5, top1: 1, top10: 3, mrr: (1 + 1 / 3 + 1 / 10) / 5, empty: 1 },
    ]);
  });

  it('prints the engines side by side', () => {
    const ours = scoreByKind(outcomes);
    expect(scoreTable({ ours, pagefind: ours }).split('\n')).toEqual([
      'kind          queries  ours top-1  top-10   MRR  empty  pagefind top-1  top-10   MRR  empty',
      'abbreviation        2           1       2  0.67      0               1       2  0.67      0',
      'typo                3           0       1  0.03      1               0       1  0.03      1',
      'all                 5           1       3  0.29      1               1       3  0.29      1',
    ]);
  });
});

describe('queries', () => {
  it('reports every malformed line with its file and line', () => {
    const text = ['kind\tlang\tlegacyId\tquery\twhy\ttitle', 'typo\tth\t42\tคำ\tเพราะ\tชื่อ', 'typo\tfr\t42\tq\tw\tt', 'typo\tth\tx\tq\tw\tt', 'typo\tth\t1\tq'].join('\n');
    expect(() => parseQueries(text, 'q.tsv')).toThrow(
      'q.tsv:3: lang is "fr"; write th or en\nq.tsv:4: legacyId "x" is not a number\nq.tsv:5: 4 columns, expected 6 (kind, lang, legacyId, query, why, title) separated by tabs',
    );
  });

  it('the project has at least 120 queries, at least 15 of each kind', () => {
    const queries = loadQueries();
    expect(queries.length).toBeGreaterThanOrEqual(120);
    const kinds = new Map<string, number>();
    for (const query of queries) kinds.set(query.kind, (kinds.get(query.kind) ?? 0) + 1);
    expect([...kinds.keys()].sort()).toEqual(['abbreviation', 'compound', 'date-typed', 'digits', 'english', 'english-for-thai', 'everyday', 'known-item', 'latin-name', 'latin-name-no-row', 'title', 'typo', 'variant']);
    for (const count of kinds.values()) expect(count).toBeGreaterThanOrEqual(15);
  });
});

describe('the Pagefind pages', () => {
  it('carry the title and the paragraphs as text, in the release language', () => {
    const page = releasePage({ legacyId: 1, slug: '2020-01-01-1', title: 'A & B "C"', body: 'one\\_two &lt;x&gt;\nline\n\nthree', lang: 'en' });
    expect(page).toBe(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A &amp; B &quot;C&quot;</title></head><body><main data-pagefind-body>' +
        '<h1>A &amp; B &quot;C&quot;</h1><p>one_two &lt;x&gt;<br>line</p><p>three</p></main></body></html>',
    );
  });
});
