import { describe, expect, it } from 'vitest';
import { forEachTerm, queryTerms, stem, terms, tokenSpans, yearTwin } from '@/lib/search/tokenizer';
import { analyze, TermNumbering } from '@/lib/search/index/analyze';

describe('the search tokenizer', () => {
  it('cuts a Thai phrase into dictionary words, keeping vowel and tone marks', () => {
    expect(queryTerms('มั่นคงปลอดภัยไซเบอร์')).toEqual(['มั่นคง', 'ปลอดภัย', 'ไซเบอร์']);
    expect(queryTerms('ฝุ่น')).toEqual(['ฝุ่น']);
    expect(queryTerms('ฝุ่น')).not.toEqual(queryTerms('ฝน'));
  });

  it('reads Thai and Arabic digits as one script', () => {
    expect(queryTerms('๒๕๖๑')).toEqual(['2561']);
    expect(queryTerms(' 2561 ')).toEqual(['2561']);
    expect(queryTerms('ครั้งที่ ๑๘')).toEqual(['ครั้ง', 'ที่', '18']);
  });

  it('keeps numbers whole and drops thousands separators', () => {
    expect(queryTerms('PM2.5 2,000 บาท 1,234,567.50')).toEqual(['pm2.5', '2000', 'บาท', '1234567.50']);
    expect(queryTerms('U.S. Dr.Smith')).toEqual(['u', 's', 'dr', 'smith']);
  });

  it('lower-cases Latin words and stems them with the Snowball English stemmer', () => {
    expect(queryTerms('TELMIN Ministers ministries Thailand’s glasses bus')).toEqual(['telmin', 'minist', 'ministri', 'thailand', 'glass', 'bus']);
    expect(['visited', 'visiting', 'visits'].map(stem)).toEqual(['visit', 'visit', 'visit']);
    expect(['defending', 'defended', 'defends'].map(stem)).toEqual(['defend', 'defend', 'defend']);
    // Porter2 keeps the adjective and the noun apart: economic and economics are one term, economy another.
    expect(['economic', 'economics', 'economy', 'economies'].map(stem)).toEqual(['econom', 'econom', 'economi', 'economi']);
    expect(stem('pm2')).toBe('pm2');
  });

  it('reads ฯ as the end of an abbreviated word, and ฯลฯ as no word', () => {
    expect(queryTerms('กระทรวงดิจิทัลฯ')).toEqual(queryTerms('กระทรวงดิจิทัล'));
    expect(queryTerms('กระทรวงดิจิทัลฯ')).toEqual(['กระทรวง', 'ดิจิทัล']);
    expect(queryTerms('กรุงเทพฯ')).toEqual(['กรุงเทพ']);
    expect(terms('เลขานุการรัฐมนตรี ฯลฯ ยังคงอยู่ในตำแหน่ง')).toEqual(terms('เลขานุการรัฐมนตรี ยังคงอยู่ในตำแหน่ง'));
  });

  it('reads ๆ as a repetition mark: ต่างๆ and ต่าง ๆ are the same term, and ๆ is none', () => {
    expect(terms('ด้านต่างๆ')).toEqual(['ด้าน', 'ต่าง']);
    expect(terms('ด้านต่าง ๆ')).toEqual(['ด้าน', 'ต่าง']);
    expect(terms('ๆ ฯ')).toEqual([]);
  });

  it('repairs invisible Thai defects before cutting', () => {
    expect(terms('กระ\u200Bทรวง')).toEqual(terms('กระทรวง'));
    expect(terms('น\u0E49\u0E4D\u0E32')).toEqual(['น้ำ']);
  });

  it('gives word offsets into the text', () => {
    const text = 'ประชุม TELMIN ๒๕๖๑';
    expect(tokenSpans(text).map(({ start, end, term }) => [text.slice(start, end), term])).toEqual([
      ['ประชุม', 'ประชุม'],
      ['TELMIN', 'telmin'],
      ['๒๕๖๑', '2561'],
    ]);
  });

  it('pairs Buddhist-era and Common-era years', () => {
    expect(yearTwin('2561')).toBe('2018');
    expect(yearTwin('2018')).toBe('2561');
    expect(yearTwin('18')).toBeUndefined();
    expect(yearTwin('1234')).toBeUndefined();
  });

  it('finds the same terms on the fast index path as on the query path', () => {
    const text = 'ดร.พิเชฐ ดุรงคเวโรจน์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เข้าร่วมการประชุม ครั้งที่ ๑๘ หรือ TELMIN ระหว่างวันที่ ๕-๖ ธันวาคม ๒๕๖๑ ณ เมืองอูบุด บาหลี '.repeat(3);
    const fast: string[] = [];
    forEachTerm(text, (term) => fast.push(term));
    expect(fast.sort()).toEqual(terms(text).sort());
  });

  it('counts title words three times and a year under both eras', () => {
    const numbering = new TermNumbering();
    const { terms: found, counts, length } = analyze('ข่าว ๒๕๖๑', 'ข่าว', numbering);
    expect(Object.fromEntries([...found].map((id, i) => [numbering.terms[id], counts[i]]))).toEqual({ ข่าว: 4, 2561: 3, 2018: 3 });
    expect(length).toBe(3);
  });

  it('lists the title’s terms first and says how many there are', () => {
    const numbering = new TermNumbering();
    const { terms: found, titled } = analyze('ฝุ่น ๒๕๖๑', 'ประชาชน ระวัง ฝุ่น', numbering);
    const names = [...found].map((id) => numbering.terms[id]);
    expect(titled).toBe(3);
    expect(names.slice(0, titled).sort()).toEqual(['2018', '2561', 'ฝุ่น']);
    expect(names.slice(titled)).toEqual(['ประชาชน', 'ระวัง']);
    expect(analyze('', 'ข่าว', numbering).titled).toBe(0);
  });

  it('numbers terms in the order first met, across releases', () => {
    const numbering = new TermNumbering(['ข่าว']);
    const first = analyze('ประชุม', 'ข่าว ประชุม', numbering);
    const second = analyze('ข่าว', 'ภูเก็ต', numbering);
    expect(numbering.terms).toEqual(['ข่าว', 'ประชุม', 'ภูเก็ต']);
    expect([...first.terms]).toEqual([1, 0]);
    expect([...first.counts]).toEqual([4, 1]);
    expect([...second.terms]).toEqual([0, 2]);
  });
});
