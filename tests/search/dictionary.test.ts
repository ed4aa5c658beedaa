import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_DIR, mergeEveryday, parseDictionary, parseStopList } from '@/lib/search/dictionary';
import { loadDictionary } from '@/lib/search/dictionary/load';

const ABBREVIATIONS = 'short\tfull\tsource\n';
const parse = (rows: string, file = 'abbreviations.tsv') => () => parseDictionary(ABBREVIATIONS + rows, file, 'abbreviation');

describe('parseDictionary', () => {
  it('reads rows into entries, the full form first, skipping blank lines and comments', () => {
    const text = 'variant\tstandard\tsource\n# a reviewer\'s note\n\nอีเมล์\tอีเมล\tcorpus:37\nเอไอ\tAI\tlist:latin\n';
    expect(parseDictionary(text, 'variants.tsv', 'variant')).toEqual([
      { forms: ['อีเมล', 'อีเมล์'], kind: 'variant', source: 'corpus:37' },
      { forms: ['AI', 'เอไอ'], kind: 'variant', source: 'list:latin' },
    ]);
  });

  it('keeps an abbreviation with two meanings as two entries, not merged', () => {
    const entries = parse('ก.พ.\tกุมภาพันธ์\tlist:months\nก.พ.\tสำนักงานคณะกรรมการข้าราชการพลเรือน\tcorpus:12\n')();
    expect(entries.map(({ forms }) => forms)).toEqual([
      ['กุมภาพันธ์', 'ก.พ.'],
      ['สำนักงานคณะกรรมการข้าราชการพลเรือน', 'ก.พ.'],
    ]);
  });

  it('names file and line of a bad row and says what to do', () => {
    expect(parse('ธปท.\tธนาคารแห่งประเทศไทย\n')).toThrow('abbreviations.tsv:2: expected 3 cells separated by tabs (short, full, source), found 2');
    expect(parse('ธปท.\t\tcorpus:3\n')).toThrow('abbreviations.tsv:2: the full cell is empty');
    expect(parse('ธปท.\tธนาคารแห่งประเทศไทย \tcorpus:3\n')).toThrow('abbreviations.tsv:2: the full cell "ธนาคารแห่งประเทศไทย " has spaces around it; remove them');
    expect(parse('ธปท.\tธปท.\tcorpus:3\n')).toThrow('abbreviations.tsv:2: "ธปท." is paired with itself; a row pairs two different forms');
    expect(parse('ธปท.\tธนาคารแห่งประเทศไทย\tthe web\n')).toThrow('abbreviations.tsv:2: source "the web" must be corpus:<releases>, list:<name>, registry:<name> or dataset:<name>');
    expect(parse('กทม.\tกรุงเทพมหานคร\tlist:titles\n\nธปท.\tธนาคารแห่งประเทศไทย\tcorpus:3\nธปท.\tธนาคารแห่งประเทศไทย\tlist:banks\n')).toThrow(
      'abbreviations.tsv:5: "ธปท." and "ธนาคารแห่งประเทศไทย" are already paired on line 4; remove one of the rows',
    );
    expect(parse('กระทรวง\u200Bการคลัง\tกค.\tlist:ministries\n')).toThrow('abbreviations.tsv:2: "กระทรวง\u200Bการคลัง" has invisible or misordered characters; write it as "กระทรวงการคลัง"');
    expect(() => parseDictionary('variant\tstandard\tsource\n', 'abbreviations.tsv', 'abbreviation')).toThrow('abbreviations.tsv:1: the first line must be the header "short<TAB>full<TAB>source"');
  });

  it('counts a reversed pair as a duplicate', () => {
    expect(parse('ธปท.\tธนาคารแห่งประเทศไทย\tcorpus:3\nธนาคารแห่งประเทศไทย\tธปท.\tcorpus:3\n')).toThrow('abbreviations.tsv:3: "ธนาคารแห่งประเทศไทย" and "ธปท." are already paired on line 2');
  });
});

describe('parseStopList', () => {
  it('reads the pairs left out, skipping the header, blank lines and comments, and names the line of a bad row', () => {
    const text = 'english\tthai\twhy\n# reviewed\nbin\tบิน\tบิน is to fly\n\nmug\tมัก\tมัก is often\n';
    expect(parseStopList(text, 'stop.tsv', ['english', 'thai'])).toEqual(new Set(['bin\tบิน', 'mug\tมัก']));
    expect(() => parseStopList('short\tfull\twhy\nกก.\t*\n', 'lists/stop.tsv', ['short', 'full'])).toThrow('lists/stop.tsv:2: expected short<TAB>full<TAB>why, three cells, none empty');
  });
});

describe('mergeEveryday', () => {
  it('makes the everyday words of one formal word one entry, and chains no other kind', () => {
    const everyday = parseDictionary('everyday\tformal\tsource\nคนป่วย\tผู้ป่วย\tlist:everyday\nคนไข้\tผู้ป่วย\tlist:everyday\nหมอ\tแพทย์\tlist:everyday\n', 'everyday.tsv', 'everyday');
    const abbreviations = parse('กก.\tกิโลกรัม\tlist:titles\nกก.\tกระทรวงการท่องเที่ยวและกีฬา\tcorpus:9\n')();
    expect(mergeEveryday([...abbreviations, ...everyday]).map(({ forms, kind }) => [kind, ...forms])).toEqual([
      ['abbreviation', 'กิโลกรัม', 'กก.'],
      ['abbreviation', 'กระทรวงการท่องเที่ยวและกีฬา', 'กก.'],
      ['everyday', 'ผู้ป่วย', 'คนป่วย', 'คนไข้'],
      ['everyday', 'แพทย์', 'หมอ'],
    ]);
    // The entries read are left as they were.
    expect(everyday[0]!.forms).toEqual(['ผู้ป่วย', 'คนป่วย']);
  });
});

describe('loadDictionary', () => {
  it('reads every file of a folder, naming the file of a bad row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dictionary-'));
    writeFileSync(join(dir, 'abbreviations.tsv'), `${ABBREVIATIONS}ต.ค.\tตุลาคม\tlist:months\n`);
    writeFileSync(join(dir, 'variants.tsv'), 'variant\tstandard\tsource\nโคราช\tนครราชสีมา\tlist:places\n');
    writeFileSync(join(dir, 'everyday.tsv'), 'everyday\tformal\tsource\nคนแก่\tผู้สูงอายุ\tlist:everyday\n');
    writeFileSync(join(dir, 'bilingual.tsv'), 'english\tthai\tsource\nflood\tอุทกภัย\tlist:vocabulary\n');
    expect(loadDictionary(dir)).toEqual([
      { forms: ['ตุลาคม', 'ต.ค.'], kind: 'abbreviation', source: 'list:months' },
      { forms: ['นครราชสีมา', 'โคราช'], kind: 'variant', source: 'list:places' },
      { forms: ['ผู้สูงอายุ', 'คนแก่'], kind: 'everyday', source: 'list:everyday' },
      { forms: ['อุทกภัย', 'flood'], kind: 'translation', source: 'list:vocabulary' },
    ]);
    writeFileSync(join(dir, 'variants.tsv'), 'variant\tstandard\tsource\nโคราช\tนครราชสีมา\n');
    expect(() => loadDictionary(dir)).toThrow(`${join(dir, 'variants.tsv')}:2: expected 3 cells`);
  });

  it('reads the shipped dictionary: every row sourced, no form paired twice with the same partner', () => {
    const entries = loadDictionary();
    const abbreviations = entries.filter(({ kind }) => kind === 'abbreviation');
    const variants = entries.filter(({ kind }) => kind === 'variant');
    expect(abbreviations.length).toBeGreaterThan(100);
    expect(variants.length).toBeGreaterThan(100);
    for (const kind of ['abbreviation', 'variant'] as const) {
      const pairs = entries.filter((entry) => entry.kind === kind).map(({ forms }) => [...forms].sort().join('\t'));
      expect(new Set(pairs).size).toBe(pairs.length);
    }
    const has = (full: string, short: string) => entries.some(({ forms }) => forms[0] === full && forms[1] === short);
    expect(has('ธนาคารแห่งประเทศไทย', 'ธปท.')).toBe(true);
    expect(has('ตุลาคม', 'ต.ค.')).toBe(true);
    expect(has('อินเทอร์เน็ต', 'อินเตอร์เน็ต')).toBe(true);
    expect(has('AI', 'เอไอ')).toBe(true);
    expect(has('นครราชสีมา', 'โคราช')).toBe(true);
  });

  it('ships files whose list rows are the lists, unchanged', () => {
    const shipped = readFileSync(join(DICTIONARY_DIR, 'abbreviations.tsv'), 'utf8');
    expect(shipped).toContain('ต.ค.\tตุลาคม\tlist:months\n');
  });
});
