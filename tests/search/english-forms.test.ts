import { describe, expect, it } from 'vitest';
import { englishPairs, EnglishWordCounter } from '@/lib/search/dictionary/english';
import { loadDictionary } from '@/lib/search/dictionary/load';
import { terms } from '@/lib/search/tokenizer';

/** Words and how many releases write them, as the harvest counts them (numbers of the 2026-12-01 corpus). */
const counts = (words: Record<string, number>) => new Map(Object.entries(words));

describe('englishPairs', () => {
  it('pairs the words of one family that Porter2 keeps apart, the more written one as the standard', () => {
    expect(englishPairs(counts({ economy: 2361, economic: 5262, recover: 54, recovery: 700, recovering: 40 }), 3)).toEqual([
      { variant: 'economy', standard: 'economic', releases: 2361 },
      { variant: 'recover', standard: 'recovery', releases: 54 },
    ]);
    expect(englishPairs(counts({ democracy: 18, democratic: 40, certify: 9, certification: 120, reduce: 900, reduction: 241 }), 3)).toEqual([
      { variant: 'reduction', standard: 'reduce', releases: 241 },
      { variant: 'democracy', standard: 'democratic', releases: 18 },
      { variant: 'certify', standard: 'certification', releases: 9 },
    ]);
  });

  it('pairs British and American spellings', () => {
    expect(englishPairs(counts({ organisation: 99, organization: 900, centre: 391, center: 800, labour: 400, labor: 181, programme: 305, program: 600 }), 3)).toEqual([
      { variant: 'centre', standard: 'center', releases: 391 },
      { variant: 'programme', standard: 'program', releases: 305 },
      { variant: 'labor', standard: 'labour', releases: 181 },
      { variant: 'organisation', standard: 'organization', releases: 99 },
    ]);
  });

  it('pairs a short word with its doer or comparative when -er doubles its consonant or replaces its e', () => {
    expect(englishPairs(counts({ scam: 40, scammer: 10, plan: 900, planner: 6, trade: 2000, trader: 63, large: 700, larger: 13 }), 3)).toEqual([
      { variant: 'trader', standard: 'trade', releases: 63 },
      { variant: 'larger', standard: 'large', releases: 13 },
      { variant: 'scammer', standard: 'scam', releases: 10 },
      { variant: 'planner', standard: 'plan', releases: 6 },
    ]);
  });

  it('leaves out words that only look alike, pairs the stemmer already joins, and words seen in too few releases', () => {
    // A plain -er makes other words (corner, former), so it has no rule; four → for is too short for -our → -or.
    expect(englishPairs(counts({ corn: 11, corner: 30, form: 500, former: 55, view: 300, viewer: 4, four: 900, for: 1000 }), 3)).toEqual([]);
    // Porter2 already gives exporter and export, organization and organize one stem.
    expect(englishPairs(counts({ export: 900, exporter: 80, organize: 300, organization: 900 }), 3)).toEqual([]);
    expect(englishPairs(counts({ mobilise: 2, mobilize: 40 }), 3)).toEqual([]);
    expect(englishPairs(counts({ mobilise: 2, mobilize: 40 }), 2)).toEqual([{ variant: 'mobilise', standard: 'mobilize', releases: 2 }]);
  });

  it('keeps one row per pair of stems: the two words most releases write', () => {
    // economic and economics are one stem (econom), as are economy and economies (economi).
    expect(englishPairs(counts({ economy: 2361, economies: 300, economic: 5262, economics: 40 }), 3)).toEqual([{ variant: 'economy', standard: 'economic', releases: 2361 }]);
  });
});

describe('EnglishWordCounter', () => {
  it('counts each word once a release, in lower case, leaving out words of one or two letters', () => {
    const counter = new EnglishWordCounter();
    counter.add('PM pleased with positive sign of economic recovery: Economic growth in Q1 and after COVID-19');
    counter.add('นายกฯ ยินดีเศรษฐกิจฟื้นตัว (economic recovery)');
    expect(Object.fromEntries(counter.counts)).toEqual({ pleased: 1, with: 1, positive: 1, sign: 1, economic: 2, recovery: 2, growth: 1, and: 1, after: 1, covid: 1 });
  });
});

describe('the shipped dictionary', () => {
  const variants = loadDictionary().filter(({ kind }) => kind === 'variant');
  const paired = (a: string, b: string) => variants.some(({ forms }) => forms.includes(a) && forms.includes(b));

  it('joins the English words of one thing whose stems differ', () => {
    for (const [a, b] of [['economy', 'economic'], ['recover', 'recovery'], ['organisation', 'organization'], ['scam', 'scammer'], ['defence', 'defense']]) {
      expect(paired(a!, b!), `${a} / ${b}`).toBe(true);
      expect(terms(a!)).not.toEqual(terms(b!));
    }
  });

  it('keeps apart the pairs the stop list names', () => {
    expect(paired('policy', 'politic')).toBe(false);
    expect(paired('produce', 'production')).toBe(false);
    expect(paired('traffic', 'traffy')).toBe(false);
  });
});
