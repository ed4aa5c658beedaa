import { describe, expect, it } from 'vitest';
import { buddhistYearOfYear, fromBuddhistDate, gregorianYearOfYear, toBuddhistYear } from '../../lib/thai';

describe('toBuddhistYear', () => {
  it('adds 543 from 1941 on', () => {
    expect(toBuddhistYear('2018-12-07')).toBe(2561);
    expect(toBuddhistYear('1941-01-01')).toBe(2484);
    expect(toBuddhistYear('2100-12-31')).toBe(2643);
  });

  it('counts 1 January – 31 March before 1941 in the BE year that began the April before', () => {
    expect(toBuddhistYear('1940-01-15')).toBe(2482);
    expect(toBuddhistYear('1940-03-31')).toBe(2482);
    expect(toBuddhistYear('1940-04-01')).toBe(2483);
    expect(toBuddhistYear('1940-12-31')).toBe(2483);
    expect(toBuddhistYear('1913-01-01')).toBe(2455);
    expect(toBuddhistYear('1913-04-01')).toBe(2456);
  });

  it('applies the same April rule before 1913', () => {
    expect(toBuddhistYear('1900-03-31')).toBe(2442);
    expect(toBuddhistYear('1900-04-01')).toBe(2443);
  });

  it('throws on an invalid date, naming it', () => {
    expect(() => toBuddhistYear('1940-02-30')).toThrow('got "1940-02-30"');
  });
});

describe('fromBuddhistDate', () => {
  it('subtracts 543 from BE 2484 on', () => {
    expect(fromBuddhistDate(7, 12, 2561)).toBe('2018-12-07');
    expect(fromBuddhistDate(1, 1, 2484)).toBe('1941-01-01');
    expect(fromBuddhistDate(29, 2, 2567)).toBe('2024-02-29');
  });

  it('places January–March of BE years before 2483 in the next CE year', () => {
    expect(fromBuddhistDate(15, 1, 2482)).toBe('1940-01-15');
    expect(fromBuddhistDate(31, 3, 2482)).toBe('1940-03-31');
    expect(fromBuddhistDate(31, 12, 2482)).toBe('1939-12-31');
    expect(fromBuddhistDate(1, 4, 2483)).toBe('1940-04-01');
    expect(fromBuddhistDate(31, 12, 2483)).toBe('1940-12-31');
  });

  it('returns null for January–March 2483, which never happened', () => {
    expect(fromBuddhistDate(1, 1, 2483)).toBeNull();
    expect(fromBuddhistDate(31, 3, 2483)).toBeNull();
  });

  it('knows leap days under the April-start years', () => {
    expect(fromBuddhistDate(29, 2, 2442)).toBeNull(); // February 1900: not a leap year
    expect(fromBuddhistDate(29, 2, 2478)).toBe('1936-02-29');
    expect(fromBuddhistDate(29, 2, 2479)).toBeNull(); // February 1937
    expect(fromBuddhistDate(29, 2, 2543)).toBe('2000-02-29');
  });

  it('returns null for days that do not exist', () => {
    expect(fromBuddhistDate(29, 2, 2566)).toBeNull();
    expect(fromBuddhistDate(31, 4, 2566)).toBeNull();
    expect(fromBuddhistDate(0, 1, 2566)).toBeNull();
    expect(fromBuddhistDate(1, 13, 2566)).toBeNull();
    expect(fromBuddhistDate(1.5, 1, 2566)).toBeNull();
    expect(fromBuddhistDate(1, 1, 542)).toBeNull(); // would be 1 January of year 0
  });

  it('inverts toBuddhistYear on every day of 1938–1942', () => {
    for (let t = Date.UTC(1938, 0, 1); t <= Date.UTC(1942, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const [, month, day] = iso.split('-').map(Number) as [number, number, number];
      expect(fromBuddhistDate(day, month, toBuddhistYear(iso))).toBe(iso);
    }
  });
});

describe('buddhistYearOfYear and gregorianYearOfYear', () => {
  it('name a whole year by the BE year it ends in, before 1941 too', () => {
    expect(buddhistYearOfYear(2018)).toBe(2561);
    expect(buddhistYearOfYear(1940)).toBe(2483);
    expect(buddhistYearOfYear(1900)).toBe(2443);
    expect(gregorianYearOfYear(2561)).toBe(2018);
    expect(gregorianYearOfYear(2483)).toBe(1940);
  });

  it('are each other’s inverse', () => {
    for (const year of [1857, 1912, 1940, 1941, 2018, 2157]) expect(gregorianYearOfYear(buddhistYearOfYear(year))).toBe(year);
  });
});
