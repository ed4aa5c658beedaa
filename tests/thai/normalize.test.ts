import { describe, expect, it } from 'vitest';
import { normalizeThai } from '../../lib/thai';

describe('normalizeThai', () => {
  it('composes nikhahit + sara aa into sara am', () => {
    expect(normalizeThai('ท\u0E4D\u0E32งาน')).toBe('ทำงาน');
    expect(normalizeThai('ก\u0E4D\u0E32ลัง')).toBe('กำลัง');
  });

  it('keeps a tone mark before the composed sara am, in either typed order', () => {
    expect(normalizeThai('น\u0E49\u0E4D\u0E32')).toBe('น\u0E49\u0E33'); // tone, nikhahit, sara aa
    expect(normalizeThai('น\u0E4D\u0E49\u0E32')).toBe('น\u0E49\u0E33'); // nikhahit, tone, sara aa
    expect(normalizeThai('ค\u0E48\u0E4D\u0E32')).toBe('ค่ำ');
  });

  it('puts a tone mark typed after sara am before it, where it is spelled (87 releases of the archive write นำ้)', () => {
    expect(normalizeThai('ระบายน\u0E33\u0E49')).toBe('ระบายน้ำ');
    expect(normalizeThai('ค\u0E33\u0E48')).toBe('ค่ำ');
  });

  it('turns doubled sara e into sara ae', () => {
    expect(normalizeThai('\u0E40\u0E40ม่น้ำ')).toBe('แม่น้ำ');
    expect(normalizeThai('เเถลงข่าว')).toBe('แถลงข่าว');
  });

  it('keeps a mark typed twice in a row once', () => {
    expect(normalizeThai('มิถุุนายน')).toBe('มิถุนายน');
    expect(normalizeThai('ธัันวาคม')).toBe('ธันวาคม');
    expect(normalizeThai('วันอาทิิตย์')).toBe('วันอาทิตย์');
    expect(normalizeThai('ไม่่')).toBe('ไม่');
    expect(normalizeThai('ก\u0E4D\u0E4D\u0E32')).toBe('กำ');
  });

  it('removes zero-width characters and soft hyphens', () => {
    expect(normalizeThai('\uFEFFรัฐบาล\u200Bไทย')).toBe('รัฐบาลไทย');
    expect(normalizeThai('a\u200Cb\u200Dc\u2060d\u00ADe')).toBe('abcde');
    expect(normalizeThai('มิ\u200Bิถุนายน')).toBe('มิถุนายน'); // the doubled mark shows once the space is gone
  });

  it('applies NFC', () => {
    expect(normalizeThai('Cafe\u0301')).toBe('Caf\u00E9');
  });

  it('returns clean text unchanged, visible spacing included', () => {
    const clean = 'วันศุกร์ที่ 7 ธันวาคม 2561\nน้ำ แม่ ค่ำ กำลัง\u00A0ๆ ๑๒๓ Café';
    expect(normalizeThai(clean)).toBe(clean);
    expect(normalizeThai('')).toBe('');
    expect(normalizeThai('  two  spaces\tand tab ')).toBe('  two  spaces\tand tab ');
  });
});
