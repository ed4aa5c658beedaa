import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { choosePairs, ellipsisForms, findPairs, type Pair } from '@/lib/search/dictionary/pairs';
import { parseTransliterations } from '@/lib/search/dictionary/datasets';
import { ReleaseCounter, spellingVariants, WordCounter } from '@/lib/search/dictionary/spellings';

/** Lines of real releases, each under a `# path:line` comment. */
const lines = new Map(
  readFileSync('tests/fixtures/dictionary/release-lines.txt', 'utf8')
    .split('\n\n')
    .map((block) => block.split('\n'))
    .filter(([first, second]) => first!.startsWith('# thaigov') && second)
    .map(([first, second]) => [first!.replace(/^# .*\/([^/]+):(\d+)$/, '$1:$2'), second!]),
);
const line = (name: string) => {
  const text = [...lines].find(([key]) => key.startsWith(name))?.[1];
  if (!text) throw new Error(`no fixture line ${name}`);
  return text;
};
const pair = (short: string, full: string): Pair => ({ short, full });

describe('findPairs on real release lines', () => {
  it('finds "FULL (SHORT)" with every start the letters allow, longest first', () => {
    expect(findPairs(line('สรุปข่าวการประชุม ครม_1_25ef7717-9a62-4c2f-be26-a24b24073462.txt:154'))).toEqual([
      pair('สศช.', 'สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ'),
      pair('สศช.', 'สภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ'),
    ]);
    expect(findPairs(line('สรุปข่าวการประชุม ครม_1_25ef7717-9a62-4c2f-be26-a24b24073462.txt:170'))).toEqual([
      pair('วธ.', 'กระทรวงวัฒนธรรม'),
      pair('วธ.', 'วัฒนธรรม'),
    ]);
  });

  it('stops at the parentheses of an earlier pair and reads two pairs of one line', () => {
    expect(findPairs(line('สรุปข่าวการประชุม ครม_1_25ef7717-9a62-4c2f-be26-a24b24073462.txt:278'))).toEqual([
      pair('สคทช.', 'สำนักงานคณะกรรมการนโยบายที่ดินแห่งชาติ'),
      pair('คทช.', 'คณะกรรมการนโยบายที่ดินแห่งชาติ'),
    ]);
  });

  it('reads a full form with spaces in it, and one followed by many spaces', () => {
    expect(findPairs(line('ด้านสังคม_195_d3d803e0-9426-4c0a-a4df-369c679ebeb6.txt:7'))).toEqual([
      pair('กสทช.', 'คณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ'),
      pair('กสทช.', 'กรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ'),
      pair('กสทช.', 'กิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ'),
      pair('กสทช.', 'กระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ'),
    ]);
    expect(findPairs(line('สรุปข่าวการประชุม ครม_1_25ef7717-9a62-4c2f-be26-a24b24073462.txt:293'))).toContainEqual(
      pair('ส.ป.ก.', 'สำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม'),
    );
  });

  it('invents nothing when the full form was cut by a line break', () => {
    // "กระทรวงทรัพยากรธรรมชาติ" ends the previous line: "และสิ่งแวดล้อม" alone does not start with ท.
    expect(findPairs(line('สรุปข่าวการประชุม ครม_1_25ef7717-9a62-4c2f-be26-a24b24073462.txt:311'))).toEqual([]);
  });

  it('finds English pairs by the initials of the words, skipping "of" and "and"', () => {
    expect(findPairs(line('Cabinet Meeting Synopsis_1_def370a7-634d-49cd-b3a7-09e1f4881c5e.txt:22'))).toEqual([
      pair('CEPA', 'Comprehensive Economic Partnership Agreement'),
    ]);
    expect(findPairs(line('Cabinet Meeting Synopsis_1_def370a7-634d-49cd-b3a7-09e1f4881c5e.txt:28'))).toEqual([
      pair('DVIFA', 'Devawongse Varopakarn Institute of Foreign Affairs'),
      pair('HDA', 'Hungarian Diplomatic Academy'),
    ]);
  });

  it('takes no name or sentence before a title for part of a full form, nor a word for an abbreviation', () => {
    expect(findPairs('นายสมชาย สุขมานพ เลขาธิการคณะกรรมการนโยบายเขตพัฒนาพิเศษภาคตะวันออก (สกพอ.)')).toEqual([]);
    expect(findPairs('ผลิตภัณฑ์นมโครงการอาหารเสริม (นม)')).toEqual([]);
  });

  it('finds "SHORT (FULL)" and a Thai pair in a made-up sentence', () => {
    expect(findPairs('ผู้ว่าการ ธปท. (ธนาคารแห่งประเทศไทย) กล่าวว่า')).toEqual([pair('ธปท.', 'ธนาคารแห่งประเทศไทย')]);
    expect(findPairs('ร่วมกับธนาคารแห่งประเทศไทย (ธปท.) และ')).toEqual([pair('ธปท.', 'ธนาคารแห่งประเทศไทย')]);
    expect(findPairs('ประชุมครั้งที่ 1 (พ.ศ. 2566)')).toEqual([]);
  });
});

describe('choosePairs', () => {
  /** Text around (ส.ป.ก.) and (ธปท.) in 20 releases of the corpus, one a line. */
  const snippets = readFileSync('tests/fixtures/dictionary/corpus-snippets.txt', 'utf8').split('\n').filter((text) => text && !text.startsWith('#'));
  const tallyOf = (texts: string[]) => {
    const tally = new Map<string, Map<string, number>>();
    for (const text of texts) {
      for (const { short, full } of findPairs(text)) {
        const fulls = tally.get(short) ?? tally.set(short, new Map()).get(short)!;
        fulls.set(full, (fulls.get(full) ?? 0) + 1);
      }
    }
    return tally;
  };

  it('keeps per abbreviation the form most releases write, not a longer one a few releases put words before', () => {
    const tally = tallyOf([...snippets, ...lines.values()]);
    expect(tally.get('ส.ป.ก.')).toEqual(
      new Map([
        ['สำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม', 12],
        ['ส่งมอบพื้นที่ให้สำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม', 3],
        ['สถาปนาสำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม', 1],
        ['สัตว์ป่า และพันธุ์พืช กรมป่าไม้ สำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม', 1],
      ]),
    );
    expect(choosePairs(tally, 5)).toEqual([
      { short: 'ส.ป.ก.', full: 'สำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม', releases: 12 },
      { short: 'ธปท.', full: 'ธนาคารแห่งประเทศไทย', releases: 8 },
    ]);
  });

  it('prefers the head word most releases put in front', () => {
    const tally = tallyOf([...lines.values(), ...lines.values()]);
    const fullOf = (short: string) => choosePairs(tally, 2).filter((pair) => pair.short === short).map(({ full }) => full);
    expect(fullOf('สศช.')).toEqual(['สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ']);
    expect(fullOf('วธ.')).toEqual(['กระทรวงวัฒนธรรม']);
    expect(fullOf('ทส.')).toEqual([]);
    expect(choosePairs(tally, 3)).toEqual([]);
  });

  it('keeps a second meaning that is no tail of the first', () => {
    const tally = new Map([['ก.พ.', new Map([['กุมภาพันธ์', 9], ['สำนักงานคณะกรรมการข้าราชการพลเรือน', 6], ['คณะกรรมการข้าราชการพลเรือน', 7]])]]);
    expect(choosePairs(tally, 5)).toEqual([
      { short: 'ก.พ.', full: 'กุมภาพันธ์', releases: 9 },
      { short: 'ก.พ.', full: 'สำนักงานคณะกรรมการข้าราชการพลเรือน', releases: 6 },
    ]);
  });
});

describe('short forms ending in ฯ', () => {
  it('offers every word-start tail of the text before ฯ, and skips ฯลฯ', () => {
    const forms = ellipsisForms('นายชัยวุฒิ รัฐมนตรีว่าการกระทรวงดิจิทัลฯ กล่าว ผัก ผลไม้ ฯลฯ');
    expect(forms.has('กระทรวงดิจิทัล')).toBe(true);
    expect(forms.has('ดิจิทัล')).toBe(true);
    expect([...forms].some((form) => form.includes('ผลไม้'))).toBe(false);
  });
});

describe('spelling variants', () => {
  it('respells a standard form by the common rules', () => {
    expect(spellingVariants('อีเมล')).toEqual(['อีเมล์']);
    expect(spellingVariants('เว็บไซต์')).not.toContain('เว็บไซต');
    expect(spellingVariants('อินเทอร์เน็ต')).toEqual(expect.arrayContaining(['อินเตอร์เน็ต', 'อินเทอร์เนต', 'อินเตอร์เนต']));
    expect(spellingVariants('เว็บไซต์')).toEqual(expect.arrayContaining(['เว็บไซท์', 'เว็ปไซต์']));
    expect(spellingVariants('แอปพลิเคชัน')).toEqual(expect.arrayContaining(['แอพพลิเคชัน', 'แอปพลิเคชั่น', 'แอพพลิเคชั่น']));
  });

  it('counts the texts holding each form once, Latin forms as whole words only', () => {
    const counter = new ReleaseCounter(['อินเทอร์เน็ต', 'อินเตอร์เน็ต', 'AI']);
    counter.add('ใช้อินเทอร์เน็ต และอินเทอร์เน็ต ผ่าน AI');
    counter.add('อินเตอร์เน็ตความเร็วสูง THAILAND');
    expect(Object.fromEntries(counter.counts)).toEqual({ อินเทอร์เน็ต: 1, อินเตอร์เน็ต: 1, AI: 1 });
  });

  it('counts a form only where the search tokenizer cuts it as words', () => {
    const counter = new WordCounter(['บาย', 'ชิป', 'ตัน', 'ทีม']);
    expect([...counter.add('ใช้ชีวิตสบาย ๆ ผลิตชิปเซมิคอนดักเตอร์')]).toEqual(['ชิป']);
    expect([...counter.add('ข้าว 2 ล้านตัน ส่งออก')]).toEqual(['ตัน']);
    expect([...counter.add('นายตันติ ทีมงาน ทีมงาน')]).toEqual(['ทีม']);
    expect(Object.fromEntries(counter.counts)).toEqual({ บาย: 0, ชิป: 1, ตัน: 1, ทีม: 1 });
  });
});

describe('the transliteration dataset', () => {
  it('reads rows with plain English, normalizing the Thai, and names the line of a bad row', () => {
    const text = 'th\ten\tcheck\nกราฟิก\tgraphic\tTrue\nดิจิตอล\tdigital\tFalse\nฟูมิโอะ คิชิดะ\t岸田文雄\tTrue\nคาเฟ\tcafé\tTrue\nบลูทูท\tฺbluetooth\tTrue\n';
    expect(parseTransliterations(text, 'dict.tsv')).toEqual([
      { thai: 'กราฟิก', english: 'graphic', line: 2 },
      { thai: 'ดิจิตอล', english: 'digital', line: 3 },
    ]);
    expect(() => parseTransliterations('th\ten\tcheck\nกราฟิก graphic\n', 'dict.tsv')).toThrow('dict.tsv:2: expected 3 cells (th, en, check), found 1');
  });
});
