import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { romanizeThai, soundKey } from '../../lib/thai';

describe('romanizeThai', () => {
  it('gives the RTGS form of provinces, places and names', () => {
    const rtgs: Record<string, string> = {
      เชียงใหม่: 'chiangmai', ขอนแก่น: 'khonkaen', นครราชสีมา: 'nakhonratchasima', ประจวบคีรีขันธ์: 'prachuapkhirikhan',
      อุบลราชธานี: 'ubonratchathani', สุราษฎร์ธานี: 'suratthani', ภูเก็ต: 'phuket', พัทยา: 'phatthaya', หัวหิน: 'huahin',
      ประยุทธ์: 'prayut', อนุทิน: 'anuthin', ฉะเชิงเทรา: 'chachoengsao', เพชรบุรี: 'phetchaburi', สมุทรปราการ: 'samutprakan',
      ชลบุรี: 'chonburi', นนทบุรี: 'nonthaburi', ยโสธร: 'yasothon', สกลนคร: 'sakonnakhon', ศรีสะเกษ: 'sisaket',
      พิษณุโลก: 'phitsanulok', อยุธยา: 'ayutthaya', หนองคาย: 'nongkhai', ดอนเมือง: 'donmueang', อำนาจเจริญ: 'amnatcharoen',
    };
    for (const [thai, latin] of Object.entries(rtgs)) expect(romanizeThai(thai), thai).toBe(latin);
  });

  it('reads unwritten vowels, clusters, finals, ห นำ, silent letters and Pali doubling', () => {
    expect(romanizeThai('ปทุม')).toBe('pathum'); // unwritten a
    expect(romanizeThai('สมศักดิ์')).toBe('somsak'); // unwritten o; ดิ์ silent
    expect(romanizeThai('ความ')).toBe('khwam'); // cluster
    expect(romanizeThai('ทรัพย์')).toBe('sap'); // ทร read s
    expect(romanizeThai('หญิง')).toBe('ying'); // ห นำ
    expect(romanizeThai('สุวพันธุ์')).toBe('suwaphan'); // ว does not close u (ผิว, หิว: io)
    expect(romanizeThai('ผิว')).toBe('phio');
    expect(romanizeThai('จันทร์')).toBe('chan'); // two letters silenced
    expect(romanizeThai('ราชบุรี')).toBe('ratchaburi'); // the final read again
    expect(romanizeThai('เศรษฐกิจ')).toBe('setthakit'); // …but not before a letter of its own place
    expect(romanizeThai('ชาติ')).toBe('chat'); // a silent final vowel
    expect(romanizeThai('ธรรมชาติ')).toBe('thammachat');
  });

  it('reads the vowels', () => {
    const vowels: Record<string, string> = {
      เมือง: 'mueang', เรียน: 'rian', ตัว: 'tua', เอา: 'ao', ไทย: 'thai', ใหม่: 'mai', น้ำ: 'nam', เกิด: 'koet',
      เธอ: 'thoe', แก้ว: 'kaeo', โรง: 'rong', ขอ: 'kho', มือ: 'mue', ดึง: 'dueng', ดู: 'du', เลย: 'loei', เขียว: 'khiao',
      เจริญ: 'charoen', ก็: 'ko', ฤดู: 'ruedu', อังกฤษ: 'angkrit', อยู่: 'yu', บริษัท: 'borisat',
    };
    for (const [thai, latin] of Object.entries(vowels)) expect(romanizeThai(thai), thai).toBe(latin);
  });

  it('repeats a word for ๆ, drops ฯ, writes Thai digits as Arabic ones', () => {
    expect(romanizeThai('ต่างๆ')).toBe('tangtang');
    expect(romanizeThai('กรุงเทพฯ')).toBe('krungthep');
    expect(romanizeThai('ปี๒๕๖๗')).toBe('pi2567');
    expect(romanizeThai('')).toBe('');
  });
});

describe('soundKey', () => {
  it('gives the RTGS form and the press spellings of a name one key', () => {
    const same: [string, string][] = [
      ['Prayuth', 'Prayut'], ['Pattaya', 'Phatthaya'], ['Juti', 'Chuti'], ['Veera', 'Wira'], ['Chon Buri', 'Chonburi'],
      ['Paojinda', 'Paochinda'], ['Kritsada', 'Grisada'], ['Srettha', 'Settha'], ['Koh Samui', 'Ko Samui'],
      ['Don Muang', 'Don Mueang'], ['Chalermchai', 'Chaloemchai'], ['Permpoon', 'Phoemphun'], ['Thanakorn', 'Thanakon'],
    ];
    for (const [press, rtgs] of same) expect(soundKey(press), press).toBe(soundKey(rtgs));
  });

  it('matches press spellings to the romanized Thai', () => {
    const names: Record<string, string> = {
      Pattaya: 'พัทยา', Prayuth: 'ประยุทธ์', Juti: 'จุติ', Veera: 'วีระ', Isarabhakdi: 'อิศรภักดี', Supamas: 'ศุภมาส',
      Wissanu: 'วิษณุ', Charnvirakul: 'ชาญวีรกูล', Chidchob: 'ชิดชอบ', Chadchart: 'ชัชชาติ', Piyachote: 'ปิยะโชติ',
      Srikaew: 'ศรีแก้ว', Vicheansil: 'วิเชียรศิลป์', Jareonsettasin: 'เจริญเศรษฐศิลป์', 'Chan-o-cha': 'จันทร์โอชา',
    };
    for (const [press, thai] of Object.entries(names)) expect(soundKey(press), press).toBe(soundKey(romanizeThai(thai)));
  });

  it('keeps different names apart', () => {
    const apart: [string, string][] = [
      ['Chiang Mai', 'Chiang Rai'], ['Trang', 'Trat'], ['Prawit', 'Prayut'], ['Surin', 'Surat'], ['Ranong', 'Rayong'],
      ['Udon', 'Ubon'], ['Lampang', 'Lamphun'], ['Khun', 'Khon'], ['Khan', 'Khon'], ['Mae', 'Me'], ['Hua', 'Hia'], ['Nan', 'Nam'],
    ];
    for (const [a, b] of apart) expect(soundKey(a), `${a} / ${b}`).not.toBe(soundKey(b));
  });
});

describe('the provinces of the bilingual dictionary', () => {
  it('mostly get the same key from their English name and their romanized Thai name', () => {
    const rows = readFileSync(new URL('../../lib/search/dictionary/bilingual/provinces.tsv', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#') && !line.startsWith('english\t'))
      .map((line) => line.split('\t') as [string, string]);
    const matches = rows.filter(([english, thai]) => {
      const [en, th] = [english.split(' '), thai.split(' ')];
      const pairs = en.length === th.length ? en.map((word, i) => [word, th[i] ?? '']) : [[english, thai.replace(/ /g, '')]];
      return pairs.every(([latin = '', word = '']) => soundKey(latin) === soundKey(romanizeThai(word)));
    });
    // 79 of 87 when written; Bangkok (กรุงเทพมหานคร), Korat and Ayutthaya (for the full name) can't match
    expect(rows.length).toBeGreaterThan(80);
    expect(matches.length / rows.length).toBeGreaterThanOrEqual(0.88);
  });
});
