import { describe, expect, it } from 'vitest';
import { englishMonthName, isIsoDate, thaiMonthName } from '../../lib/thai';

describe('isIsoDate', () => {
  it('accepts real calendar days in YYYY-MM-DD form', () => {
    expect(isIsoDate('2018-12-07')).toBe(true);
    expect(isIsoDate('0001-01-01')).toBe(true);
    expect(isIsoDate('9999-12-31')).toBe(true);
  });

  it('knows the leap days: 2000 and 2024 have 29 February, 1900 and 2023 do not', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });

  it('rejects impossible days and other shapes', () => {
    for (const bad of ['2023-04-31', '2018-12-32', '2018-13-01', '2018-00-10', '2018-12-00', '0000-01-01']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    for (const bad of ['2018-12-7', '18-12-07', '2018/12/07', ' 2018-12-07', '2018-12-07T00:00:00Z', '', '๒๐๑๘-๑๒-๐๗']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(isIsoDate(undefined)).toBe(false);
    expect(isIsoDate(20181207)).toBe(false);
  });
});

describe('month names', () => {
  it('names Thai months in full and abbreviated', () => {
    expect(thaiMonthName(1)).toBe('มกราคม');
    expect(thaiMonthName(7)).toBe('กรกฎาคม');
    expect(thaiMonthName(12, 'long')).toBe('ธันวาคม');
    expect(thaiMonthName(12, 'short')).toBe('ธ.ค.');
    expect(thaiMonthName(5, 'short')).toBe('พ.ค.');
  });

  it('names English months in full and abbreviated', () => {
    expect(englishMonthName(1)).toBe('January');
    expect(englishMonthName(9, 'short')).toBe('Sep');
    expect(englishMonthName(12, 'long')).toBe('December');
  });

  it('spells every month as Intl does (th-TH and en-GB)', () => {
    for (let month = 1; month <= 12; month++) {
      const instant = Date.UTC(2018, month - 1, 1);
      const intl = (locale: string, form: 'long' | 'short') =>
        new Intl.DateTimeFormat(locale, { month: form, timeZone: 'UTC' }).format(instant);
      expect(thaiMonthName(month, 'long')).toBe(intl('th-TH', 'long'));
      expect(thaiMonthName(month, 'short')).toBe(intl('th-TH', 'short'));
      expect(englishMonthName(month, 'long')).toBe(intl('en-GB', 'long'));
      expect(englishMonthName(month, 'short')).toBe(intl('en-US', 'short'));
    }
  });

  it('throws a RangeError for a month outside 1–12', () => {
    expect(() => thaiMonthName(0)).toThrow(RangeError);
    expect(() => thaiMonthName(13, 'short')).toThrow('Month must be an integer 1–12, got 13');
    expect(() => englishMonthName(1.5)).toThrow(RangeError);
  });
});
