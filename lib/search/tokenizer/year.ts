import { buddhistYearOfYear, gregorianYearOfYear } from '../../thai';

/**
 * A Buddhist-era year's Common-era twin and back (2561 ↔ 2018), so that either finds a release that wrote the
 * other; undefined for any other term.
 * @example yearTwin('2561') // '2018'
 */
export function yearTwin(term: string): string | undefined {
  if (term.length !== 4 || !/^\d{4}$/.test(term)) return undefined;
  const year = Number(term);
  if (year >= 2400 && year <= 2700) return String(gregorianYearOfYear(year));
  if (year >= 1857 && year <= 2157) return String(buddhistYearOfYear(year));
  return undefined;
}
