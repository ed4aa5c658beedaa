import { describe, expect, it } from 'vitest';
import { terms } from '@/lib/search/tokenizer';
import { Equivalents, queryConcepts } from '@/lib/search/query/concepts';

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
