import { describe, expect, it } from 'vitest';
import { aboutTerms } from '../../lib/search/dictionary';
import { parseDictionary } from '../../lib/search/dictionary';

const entries = parseDictionary(
  [
    'english\tthai\tsource',
    'prime minister\tนายกรัฐมนตรี\tlist:bodies',
    'Lampang\tลำปาง\tlist:provinces',
    'Phrae\tแพร่\tlist:provinces',
    'flood\tน้ำท่วม\tlist:vocabulary',
    'flood\tอุทกภัย\tlist:vocabulary',
    'Anutin Charnvirakul\tอนุทิน ชาญวีรกูล\tlist:people',
    'Anutin\tอนุทิน\tlist:people',
    'drought\tภัยแล้ง\tlist:vocabulary',
  ].join('\n'),
  'bilingual.tsv',
  'translation',
);

describe('aboutTerms', () => {
  it('names the people, organisations, places and repeated topics a Thai text holds, in English', () => {
    const text = 'นายอนุทิน ชาญวีรกูล และนายกรัฐมนตรีลงพื้นที่จังหวัดลำปาง ตรวจน้ำท่วม ผู้ประสบอุทกภัย น้ำท่วมบ้าน ไม่มีภัยแล้ง โรคแพร่ระบาด';
    expect(aboutTerms(text, entries).map(({ english, kind, count }) => [english, kind, count])).toEqual([
      ['Anutin Charnvirakul', 'person', 1],
      ['prime minister', 'organisation', 1],
      ['Lampang', 'place', 1],
      ['flood', 'topic', 2],
    ]);
  });
});
