import { describe, expect, it } from 'vitest';
import { terms } from '@/lib/search/tokenizer';
import { Equivalents, queryConcepts, type Concept } from '@/lib/search/query/concepts';
import { commonConcepts } from '@/lib/search/query/ranking';

/** Real dictionary rows, cut into terms as the index build cuts them. */
const dictionary = new Equivalents(
  [
    ['ธนาคารแห่งประเทศไทย', 'ธปท.'],
    ['กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', 'กระทรวงดิจิทัลฯ'],
    ['vaccine', 'วัคซีน'],
    ['economic', 'economy'],
    ['recovery', 'recover'],
  ].map((forms) => forms.map(terms)),
);

describe('a query as concepts', () => {
  it('makes one concept of each word, as typed, a word typed twice once', () => {
    expect(queryConcepts('Ministers visited ministers ๒๕๖๑')).toEqual([
      { word: 'Ministers', terms: ['minist'], equivalents: [] },
      { word: 'visited', terms: ['visit'], equivalents: [] },
      { word: '๒๕๖๑', terms: ['2561'], equivalents: [] },
    ]);
  });

  it('makes one concept of the longest run of words the dictionary knows, with its other forms', () => {
    expect(queryConcepts('ธปท. หนี้', dictionary)).toEqual([
      { word: 'ธปท', terms: ['ธปท'], equivalents: [['ธนาคาร', 'แห่ง', 'ประเทศไทย']] },
      { word: 'หนี้', terms: ['หนี้'], equivalents: [] },
    ]);
    expect(queryConcepts('กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', dictionary)).toEqual([
      { word: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', terms: terms('กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม'), equivalents: [['กระทรวง', 'ดิจิทัล']] },
    ]);
  });

  it('pairs a Thai loanword with its Latin form, stemmed as the index stems it', () => {
    expect(queryConcepts('วัคซีน', dictionary)).toEqual([{ word: 'วัคซีน', terms: ['วัคซีน'], equivalents: [['vaccin']] }]);
  });

  it('gives an English word the other word of its family, whatever form of it is typed', () => {
    expect(queryConcepts('economy recovering', dictionary)).toEqual([
      { word: 'economy', terms: ['economi'], equivalents: [['econom']] },
      { word: 'recovering', terms: ['recov'], equivalents: [['recoveri']] },
    ]);
    expect(queryConcepts('economics', dictionary)).toEqual([{ word: 'economics', terms: ['econom'], equivalents: [['economi']] }]);
  });
});

describe('commonConcepts', () => {
  const concept = (word: string, more: Partial<Concept> = {}): Concept => ({ word, terms: [word], equivalents: [], ...more });
  /** A mask of `docs` releases: the first `counts[c]` hold concept c. */
  const maskOf = (docs: number, counts: number[]) => Uint32Array.from({ length: docs }, (_, id) => counts.reduce((bits, n, c) => (id < n ? bits | (1 << c) : bits), 0));

  it('marks the words a fifth of the releases (and 50 or more) hold, when the query has a rarer one', () => {
    const query = [concept('ได้'), concept('เบนซิน'), concept('ใหม่')];
    expect(commonConcepts(query, maskOf(1000, [200, 3, 199]), 1000)).toBe(0b001);
    expect(commonConcepts(query, maskOf(1000, [900, 3, 400]), 1000)).toBe(0b101);
    // Every word common: they are what the reader asks for.
    expect(commonConcepts(query, maskOf(1000, [900, 300, 400]), 1000)).toBe(0);
    // A word found nowhere is no rarer word: the common ones still count.
    expect(commonConcepts(query, maskOf(1000, [900, 0, 400]), 1000)).toBe(0);
    // In a small index no word is common.
    expect(commonConcepts(query, maskOf(100, [49, 1, 30]), 100)).toBe(0);
  });

  it('never marks a question word or a date, and a query of common words and question words keeps them', () => {
    const query = [concept('ได้'), concept('ไหม', { optional: true }), concept('2566', { day: 19000 })];
    expect(commonConcepts(query, maskOf(1000, [500, 600, 700]), 1000)).toBe(0);
    expect(commonConcepts([...query, concept('เบนซิน')], maskOf(1000, [500, 600, 700, 2]), 1000)).toBe(0b0001);
  });
});
