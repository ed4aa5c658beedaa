import { describe, expect, it } from 'vitest';
import { parseThaiDate } from '../../lib/thai';

describe('parseThaiDate: single dates', () => {
  it('reads full and abbreviated month names', () => {
    expect(parseThaiDate('7 ธันวาคม 2561')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('7 ธ.ค. 2561')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('7 ธ.ค 2561')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('7 ธค 2561')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('7 ธ.ค.2561')).toEqual({ start: '2018-12-07' });
  });

  it('reads every month, both ways, and the misspelling กรกฏาคม', () => {
    const names = [
      ['มกราคม', 'ม.ค.'], ['กุมภาพันธ์', 'ก.พ.'], ['มีนาคม', 'มี.ค.'], ['เมษายน', 'เม.ย.'],
      ['พฤษภาคม', 'พ.ค.'], ['มิถุนายน', 'มิ.ย.'], ['กรกฎาคม', 'ก.ค.'], ['สิงหาคม', 'ส.ค.'],
      ['กันยายน', 'ก.ย.'], ['ตุลาคม', 'ต.ค.'], ['พฤศจิกายน', 'พ.ย.'], ['ธันวาคม', 'ธ.ค.'],
    ];
    names.forEach(([long, short], i) => {
      const start = `2020-${String(i + 1).padStart(2, '0')}-01`;
      expect(parseThaiDate(`1 ${long} 2563`)).toEqual({ start });
      expect(parseThaiDate(`1 ${short} 2563`)).toEqual({ start });
      expect(parseThaiDate(`1 ${short!.replaceAll('.', '')} 2563`)).toEqual({ start });
    });
    expect(parseThaiDate('8 กรกฏาคม 2564')).toEqual({ start: '2021-07-08' });
  });

  it('reads a weekday prefix when it agrees with the date', () => {
    expect(parseThaiDate('วันศุกร์ที่ 7 ธันวาคม 2561')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('วันศุกร์ 7 ธันวาคม 2561')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('ศ. 7 ธ.ค. 61')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('วันพฤหัสบดีที่ 6 ธันวาคม 2561')).toEqual({ start: '2018-12-06' });
    expect(parseThaiDate('วันพฤหัสที่ 6 ธันวาคม 2561')).toEqual({ start: '2018-12-06' });
    expect(parseThaiDate('พฤ. 6 ธ.ค. 2561')).toEqual({ start: '2018-12-06' });
    expect(parseThaiDate('อา. 2 ธ.ค. 2561')).toEqual({ start: '2018-12-02' });
    expect(parseThaiDate('อ. 4 ธ.ค. 2561')).toEqual({ start: '2018-12-04' });
  });

  it('returns null when the weekday disagrees with the date', () => {
    expect(parseThaiDate('วันเสาร์ที่ 7 ธันวาคม 2561')).toBeNull();
    expect(parseThaiDate('พ. 7 ธ.ค. 2561')).toBeNull();
    expect(parseThaiDate('วันพฤหัสบดีที่ 1 มกราคม 2514')).toBeNull(); // 1971-01-01 was a Friday
  });

  it('reads วันที่ before the day', () => {
    expect(parseThaiDate('วันที่ 3 มกราคม 2562')).toEqual({ start: '2019-01-03' });
    expect(parseThaiDate('วันที่ ๓ ม.ค. ๖๒')).toEqual({ start: '2019-01-03' });
  });

  it('reads พ.ศ. and ค.ศ. markers', () => {
    expect(parseThaiDate('7 ธันวาคม พ.ศ. 2561')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('7 ธันวาคม พ.ศ.2561')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('7 ธ.ค. พ.ศ. 61')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('7 ธันวาคม ค.ศ. 2018')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('15 มกราคม ค.ศ. 1940')).toEqual({ start: '1940-01-15' });
    expect(parseThaiDate('วันศุกร์ที่ 7 ธันวาคม ค.ศ. 2018')).toEqual({ start: '2018-12-07' });
  });

  it('reads two-digit years as BE 25xx', () => {
    expect(parseThaiDate('7 ธ.ค. 61')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('1 ม.ค. 00')).toEqual({ start: '1957-01-01' });
    expect(parseThaiDate('31 ธ.ค. 99')).toEqual({ start: '2056-12-31' });
    expect(parseThaiDate('7 ธันวาคม ค.ศ. 18')).toBeNull(); // a two-digit CE year would be a guess
  });

  it('reads Thai digits anywhere, and mixed', () => {
    expect(parseThaiDate('๗ ธันวาคม ๒๕๖๑')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('วันศุกร์ที่ ๗ ธ.ค. ๖๑')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('๗ ธันวาคม 2561')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('1๗ ธันวาคม 25๖1')).toEqual({ start: '2018-12-17' });
  });

  it('is flexible about whitespace and invisible characters', () => {
    expect(parseThaiDate('  7   ธันวาคม\t2561\n')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('7\u00A0ธันวาคม\u00A02561')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('7ธันวาคม2561')).toEqual({ start: '2018-12-07' });
    expect(parseThaiDate('\uFEFFวันศุกร์ที่ 7 ธัันวาคม\u200B 2561')).toEqual({ start: '2018-12-07' });
  });

  it('reads a day with a leading zero', () => {
    expect(parseThaiDate('07 ธันวาคม 2561')).toEqual({ start: '2018-12-07' });
  });
});

describe('parseThaiDate: Buddhist era before 1941', () => {
  it('places January–March of early BE years in the next CE year', () => {
    expect(parseThaiDate('15 มกราคม 2482')).toEqual({ start: '1940-01-15' });
    expect(parseThaiDate('31 มีนาคม 2482')).toEqual({ start: '1940-03-31' });
    expect(parseThaiDate('1 เมษายน 2483')).toEqual({ start: '1940-04-01' });
    expect(parseThaiDate('31 ธันวาคม 2483')).toEqual({ start: '1940-12-31' });
    expect(parseThaiDate('1 มกราคม 2484')).toEqual({ start: '1941-01-01' });
    expect(parseThaiDate('วันพฤหัสบดีที่ 1 มกราคม 2456')).toEqual({ start: '1914-01-01' });
  });

  it('returns null for January–March 2483, which never happened', () => {
    expect(parseThaiDate('1 มกราคม 2483')).toBeNull();
    expect(parseThaiDate('31 มีนาคม 2483')).toBeNull();
  });

  it('checks the weekday against the historical date', () => {
    expect(parseThaiDate('วันจันทร์ที่ 15 มกราคม 2482')).toEqual({ start: '1940-01-15' });
    expect(parseThaiDate('วันอาทิตย์ที่ 15 มกราคม 2482')).toBeNull();
  });
});

describe('parseThaiDate: leap days', () => {
  it('accepts 29 February only in leap years', () => {
    expect(parseThaiDate('29 กุมภาพันธ์ 2543')).toEqual({ start: '2000-02-29' });
    expect(parseThaiDate('29 ก.พ. 2567')).toEqual({ start: '2024-02-29' });
    expect(parseThaiDate('29 ก.พ. 2566')).toBeNull();
    expect(parseThaiDate('29 กุมภาพันธ์ 2442')).toBeNull(); // February 1900
    expect(parseThaiDate('29 กุมภาพันธ์ ค.ศ. 1900')).toBeNull();
    expect(parseThaiDate('29 กุมภาพันธ์ 2478')).toEqual({ start: '1936-02-29' });
  });
});

describe('parseThaiDate: ranges', () => {
  it('reads days within one month, with a hyphen or a dash', () => {
    expect(parseThaiDate('๕-๖ ธันวาคม ๒๕๖๑')).toEqual({ start: '2018-12-05', end: '2018-12-06' });
    expect(parseThaiDate('5 - 6 ธันวาคม 2561')).toEqual({ start: '2018-12-05', end: '2018-12-06' });
    expect(parseThaiDate('5–6 ธ.ค. 61')).toEqual({ start: '2018-12-05', end: '2018-12-06' });
    expect(parseThaiDate('5 — 6 ธ.ค. 61')).toEqual({ start: '2018-12-05', end: '2018-12-06' });
  });

  it('reads ranges across months and years', () => {
    expect(parseThaiDate('30 พ.ย. – 2 ธ.ค. 2561')).toEqual({ start: '2018-11-30', end: '2018-12-02' });
    expect(parseThaiDate('30 ธันวาคม 2561 – 2 มกราคม 2562')).toEqual({ start: '2018-12-30', end: '2019-01-02' });
    expect(parseThaiDate('28 ก.พ. 2567 - 1 มี.ค. 2567')).toEqual({ start: '2024-02-28', end: '2024-03-01' });
  });

  it('reads weekday prefixes on both sides', () => {
    expect(parseThaiDate('วันศุกร์ที่ 7 – วันอาทิตย์ที่ 9 ธันวาคม 2561')).toEqual({ start: '2018-12-07', end: '2018-12-09' });
    expect(parseThaiDate('วันที่ 7-9 ธันวาคม 2561')).toEqual({ start: '2018-12-07', end: '2018-12-09' });
    expect(parseThaiDate('วันเสาร์ที่ 7 – วันอาทิตย์ที่ 9 ธันวาคม 2561')).toBeNull();
  });

  it('crosses the BE 2482/2483 year change of 1 April 1940 and the one of 1 January 1941', () => {
    expect(parseThaiDate('25 ธ.ค. – 5 ม.ค. 2482')).toEqual({ start: '1939-12-25', end: '1940-01-05' });
    expect(parseThaiDate('31 มี.ค. 2482 – 1 เม.ย. 2483')).toEqual({ start: '1940-03-31', end: '1940-04-01' });
    expect(parseThaiDate('31 ธ.ค. 2483 – 1 ม.ค. 2484')).toEqual({ start: '1940-12-31', end: '1941-01-01' });
  });

  it('treats a range that ends where it starts as one day', () => {
    expect(parseThaiDate('7-7 ธันวาคม 2561')).toEqual({ start: '2018-12-07' });
  });

  it('returns null for a range whose end is before its start', () => {
    expect(parseThaiDate('6-5 ธันวาคม 2561')).toBeNull();
    expect(parseThaiDate('2 ธ.ค. – 30 พ.ย. 2561')).toBeNull();
    expect(parseThaiDate('2 มกราคม 2562 – 30 ธันวาคม 2561')).toBeNull();
    expect(parseThaiDate('30 ธ.ค. – 2 ม.ค. 2562')).toBeNull(); // the shared year makes 30 Dec 2562 the start
  });

  it('returns null for a range with an impossible side or a missing year', () => {
    expect(parseThaiDate('30-31 เมษายน 2566')).toBeNull();
    expect(parseThaiDate('28 ก.พ. – 29 ก.พ. 2566')).toBeNull();
    expect(parseThaiDate('5 ธันวาคม 2561 – 6 ธันวาคม')).toBeNull();
    expect(parseThaiDate('5 ธันวาคม – 6')).toBeNull();
    expect(parseThaiDate('5-6-7 ธันวาคม 2561')).toBeNull();
    expect(parseThaiDate('- 6 ธันวาคม 2561')).toBeNull();
  });
});

describe('parseThaiDate: bad input', () => {
  it('returns null for impossible days', () => {
    expect(parseThaiDate('31 เมษายน 2566')).toBeNull();
    expect(parseThaiDate('32 ธันวาคม 2561')).toBeNull();
    expect(parseThaiDate('0 ธันวาคม 2561')).toBeNull();
  });

  it('returns null for text that is not exactly a date', () => {
    for (const text of [
      '', '   ', 'ธันวาคม 2561', '7 ธันวาคม', '7 2561', '7 ธันวาคม 256', '7 ธันวาคม 25612', '7 ธันวาคม 2561.',
      '7 ธันวาคม ค.ศ.', 'วันศุกร์ที่ ธันวาคม 2561', '7 ธันวา 2561', '7 พฤาภาคม 2564', '2018-12-07',
      'ประชุมเมื่อวันศุกร์ที่ 7 ธันวาคม 2561', 'วันศุกร์ที่ 7 ธันวาคม 2561 เวลา 10.00 น.', '7/12/2561',
      'วันจันทร์ที่ 22 ก.พ. เป็นต้นไป', '123 ธันวาคม 2561',
    ]) {
      expect(parseThaiDate(text), text).toBeNull();
    }
  });

  it('never throws, even on values that are not strings', () => {
    expect(parseThaiDate(undefined as unknown as string)).toBeNull();
    expect(parseThaiDate(42 as unknown as string)).toBeNull();
  });
});
