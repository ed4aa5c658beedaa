/**
 * Buddhist era (พ.ศ.) years, historically right. BE = CE + 543, except that until 1940 the Thai
 * civil year began on 1 April, so 1 January – 31 March of those years still belong to the BE year
 * that began the April before (CE + 542): 15 January 1940 is 15 มกราคม 2482, BE 2483 ran from
 * 1 April to 31 December 1940 only, and 1 January 1941 is 1 มกราคม 2484.
 *
 * Decision for dates before 1913 (when the Rattanakosin era, ร.ศ., was the official count and BE
 * years are only a retrospective convention): the same April-start rule is applied, as Thai
 * historians do when they write such dates in BE. There is no other cut-off.
 */
import { isValidDate, requireIsoDate, toIsoDate } from './calendar';

const FIRST_JANUARY_NEW_YEAR = 1941;

/** BE year of a CE year and month (1–12). */
export function buddhistYearOf(year: number, month: number): number {
  return year + (year < FIRST_JANUARY_NEW_YEAR && month < 4 ? 542 : 543);
}

/**
 * The BE year a CE year as a whole is named by (a year filter, a year's index term): the one it ends in, CE + 543.
 * Before 1941 that BE year began on 1 April, so it holds the CE year's last nine months.
 * @example buddhistYearOfYear(2018) // 2561
 */
export function buddhistYearOfYear(year: number): number {
  return buddhistYearOf(year, 12);
}

/**
 * The CE year a BE year as a whole is named by: the one it ends in, BE − 543 (the inverse of `buddhistYearOfYear`).
 * @example gregorianYearOfYear(2561) // 2018
 */
export function gregorianYearOfYear(beYear: number): number {
  return beYear - 543;
}

/**
 * The Buddhist-era year of an ISO date; throws on an invalid date.
 * @example toBuddhistYear('1940-01-15') // 2482 (the year then began on 1 April)
 */
export function toBuddhistYear(isoDate: string): number {
  const { year, month } = requireIsoDate(isoDate);
  return buddhistYearOf(year, month);
}

/**
 * CE year of a month (1–12) of a BE year, or null for January–March 2483, which never happened
 * (BE 2483 began on 1 April 1940 and ended on 31 December 1940).
 */
export function gregorianYearOf(beYear: number, month: number): number | null {
  const year = beYear - (month < 4 && beYear < FIRST_JANUARY_NEW_YEAR + 543 ? 542 : 543);
  return buddhistYearOf(year, month) === beYear ? year : null;
}

/**
 * The ISO date of day/month (1–12) in a Buddhist-era year, or null when that day does not exist
 * (including 1 January – 31 March 2483).
 * @example fromBuddhistDate(15, 1, 2482) // '1940-01-15'
 */
export function fromBuddhistDate(day: number, month: number, beYear: number): string | null {
  const year = gregorianYearOf(beYear, month);
  return year !== null && isValidDate(year, month, day) ? toIsoDate({ year, month, day }) : null;
}
