import { describe, expect, it } from 'vitest';
import { toArabicDigits, toThaiDigits } from '../../lib/thai';

describe('toThaiDigits', () => {
  it('replaces every ASCII digit and nothing else', () => {
    expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
    expect(toThaiDigits('7 ธ.ค. 2561, No. 42!')).toBe('๗ ธ.ค. ๒๕๖๑, No. ๔๒!');
  });

  it('leaves text without digits, and Thai digits, as they are', () => {
    expect(toThaiDigits('')).toBe('');
    expect(toThaiDigits('ธันวาคม ๒๕๖๑')).toBe('ธันวาคม ๒๕๖๑');
    expect(toThaiDigits('٣ ३')).toBe('٣ ३'); // other scripts' digits are not ours to touch
  });
});

describe('toArabicDigits', () => {
  it('replaces every Thai digit and nothing else', () => {
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(toArabicDigits('๗ ธ.ค. ๒๕๖๑ (7)')).toBe('7 ธ.ค. 2561 (7)');
  });

  it('undoes toThaiDigits', () => {
    const text = 'วันศุกร์ที่ 7 ธันวาคม 2561 เวลา 10.30 น.';
    expect(toArabicDigits(toThaiDigits(text))).toBe(text);
  });
});
