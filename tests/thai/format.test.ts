import { describe, expect, it } from 'vitest';
import { formatEnglishDate, formatThaiDate } from '../../lib/thai';

describe('formatThaiDate', () => {
  it('writes each style', () => {
    expect(formatThaiDate('2018-12-07', { style: 'full' })).toBe('วันศุกร์ที่ 7 ธันวาคม 2561');
    expect(formatThaiDate('2018-12-07', { style: 'long' })).toBe('7 ธันวาคม 2561');
    expect(formatThaiDate('2018-12-07', { style: 'medium' })).toBe('7 ธ.ค. 2561');
    expect(formatThaiDate('2018-12-07', { style: 'short' })).toBe('7 ธ.ค. 61');
  });

  it('defaults to the long style with Arabic digits', () => {
    expect(formatThaiDate('2018-12-07')).toBe('7 ธันวาคม 2561');
    expect(formatThaiDate('2018-12-07', {})).toBe('7 ธันวาคม 2561');
  });

  it('writes Thai digits on request', () => {
    expect(formatThaiDate('2018-12-07', { digits: 'thai' })).toBe('๗ ธันวาคม ๒๕๖๑');
    expect(formatThaiDate('2018-12-07', { style: 'full', digits: 'thai' })).toBe('วันศุกร์ที่ ๗ ธันวาคม ๒๕๖๑');
    expect(formatThaiDate('2018-12-07', { style: 'short', digits: 'thai' })).toBe('๗ ธ.ค. ๖๑');
    expect(formatThaiDate('2018-12-07', { digits: 'arabic' })).toBe('7 ธันวาคม 2561');
  });

  it('writes every weekday', () => {
    expect(formatThaiDate('2018-12-02', { style: 'full' })).toBe('วันอาทิตย์ที่ 2 ธันวาคม 2561');
    expect(formatThaiDate('2018-12-03', { style: 'full' })).toBe('วันจันทร์ที่ 3 ธันวาคม 2561');
    expect(formatThaiDate('2018-12-04', { style: 'full' })).toBe('วันอังคารที่ 4 ธันวาคม 2561');
    expect(formatThaiDate('2018-12-05', { style: 'full' })).toBe('วันพุธที่ 5 ธันวาคม 2561');
    expect(formatThaiDate('2018-12-06', { style: 'full' })).toBe('วันพฤหัสบดีที่ 6 ธันวาคม 2561');
    expect(formatThaiDate('2018-12-08', { style: 'full' })).toBe('วันเสาร์ที่ 8 ธันวาคม 2561');
  });

  it('pads the two-digit year of the short style', () => {
    expect(formatThaiDate('1957-01-01', { style: 'short' })).toBe('1 ม.ค. 00');
    expect(formatThaiDate('1966-05-09', { style: 'short' })).toBe('9 พ.ค. 09');
  });

  it('uses the pre-1941 BE year around the calendar reform', () => {
    expect(formatThaiDate('1940-01-15')).toBe('15 มกราคม 2482');
    expect(formatThaiDate('1940-03-31', { style: 'full' })).toBe('วันอาทิตย์ที่ 31 มีนาคม 2482');
    expect(formatThaiDate('1940-04-01', { style: 'full' })).toBe('วันจันทร์ที่ 1 เมษายน 2483');
    expect(formatThaiDate('1940-12-31')).toBe('31 ธันวาคม 2483');
    expect(formatThaiDate('1941-01-01', { style: 'full' })).toBe('วันพุธที่ 1 มกราคม 2484');
    expect(formatThaiDate('1913-01-01', { style: 'medium' })).toBe('1 ม.ค. 2455');
  });

  it('writes leap days', () => {
    expect(formatThaiDate('2000-02-29', { style: 'full' })).toBe('วันอังคารที่ 29 กุมภาพันธ์ 2543');
    expect(formatThaiDate('2024-02-29', { style: 'medium' })).toBe('29 ก.พ. 2567');
    expect(formatThaiDate('1900-03-01', { style: 'full' })).toBe('วันพฤหัสบดีที่ 1 มีนาคม 2442');
  });

  it('agrees with Intl (th-TH, Buddhist calendar) on every day of 1941–2100 in the full style', () => {
    const intl = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', {
      timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
    });
    const mismatches = [];
    for (let t = Date.UTC(1941, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const ours = formatThaiDate(iso, { style: 'full' });
      if (ours !== intl.format(t)) mismatches.push({ iso, ours, intl: intl.format(t) });
    }
    expect(mismatches).toEqual([]);
  });

  it('throws a clear Error naming an invalid date', () => {
    expect(() => formatThaiDate('2023-02-29')).toThrow('Expected an ISO calendar date (YYYY-MM-DD), got "2023-02-29"');
    expect(() => formatThaiDate('1900-02-29')).toThrow('"1900-02-29"');
    expect(() => formatThaiDate('7 ธันวาคม 2561')).toThrow('"7 ธันวาคม 2561"');
    expect(() => formatThaiDate('2018-12-07T10:00:00Z')).toThrow(Error);
    expect(() => formatThaiDate('')).toThrow('got ""');
  });
});

describe('formatEnglishDate', () => {
  it('writes each style', () => {
    expect(formatEnglishDate('2018-12-07', { style: 'full' })).toBe('Friday 7 December 2018');
    expect(formatEnglishDate('2018-12-07', { style: 'long' })).toBe('7 December 2018');
    expect(formatEnglishDate('2018-12-07', { style: 'medium' })).toBe('7 Dec 2018');
  });

  it('defaults to the long style', () => {
    expect(formatEnglishDate('2024-02-29')).toBe('29 February 2024');
  });

  it('writes the CE year whatever the Thai calendar did', () => {
    expect(formatEnglishDate('1940-01-15', { style: 'full' })).toBe('Monday 15 January 1940');
    expect(formatEnglishDate('2000-02-29', { style: 'full' })).toBe('Tuesday 29 February 2000');
    expect(formatEnglishDate('2025-09-01', { style: 'medium' })).toBe('1 Sep 2025');
  });

  it('agrees with Intl (en-GB, without its comma) on every day of 2015–2025 in the full style', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
    });
    const mismatches = [];
    for (let t = Date.UTC(2015, 0, 1); t <= Date.UTC(2025, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const ours = formatEnglishDate(iso, { style: 'full' });
      const expected = intl.format(t).replace(',', '');
      if (ours !== expected) mismatches.push({ iso, ours, expected });
    }
    expect(mismatches).toEqual([]);
  });

  it('throws a clear Error naming an invalid date', () => {
    expect(() => formatEnglishDate('2018-02-30')).toThrow('got "2018-02-30"');
  });
});
