import { type CalendarDate, isValidDate, toIsoDate, weekdayOf } from './calendar';
import { toArabicDigits } from './digits';
import { gregorianYearOf } from './era';
import { THAI_MONTHS_LONG, THAI_MONTHS_SHORT, THAI_WEEKDAYS, THAI_WEEKDAYS_SHORT } from './names';
import { normalizeThai } from './normalize';

/** A parsed date, or an inclusive range when `end` is present (always after `start`). */
export interface ThaiDateRange {
  start: string;
  end?: string;
}

/** One side of a range, as written: `[weekday] day [month [era] [year]]`. */
interface Endpoint {
  weekday?: number;
  day: number;
  month?: number;
  era?: string;
  year?: string;
}

const WEEKDAYS = new Map<string, number>([...THAI_WEEKDAYS.map((w, i) => [w, i] as const), ['พฤหัส', 4]]);
const WEEKDAYS_SHORT = new Map<string, number>(THAI_WEEKDAYS_SHORT.map((w, i) => [w, i]));
const MONTH_SPELLINGS: [name: string, month: number][] = [
  ...THAI_MONTHS_LONG.map((name, i) => [name, i + 1] as [string, number]),
  ...THAI_MONTHS_SHORT.map((name, i) => [name, i + 1] as [string, number]),
  ['กรกฏาคม', 7], // common misspelling of กรกฎาคม
];
/** Written month without dots → 1–12; abbreviations may drop any of their dots (ธ.ค. ธ.ค ธค). */
const MONTHS = new Map(MONTH_SPELLINGS.map(([name, month]) => [name.replaceAll('.', ''), month]));
/** Longest first, so that a shorter name never stops the match early. */
const alternation = (names: Iterable<string>) => [...names].sort((a, b) => b.length - a.length).join('|');
const MONTH_PATTERN = alternation(MONTH_SPELLINGS.map(([name]) => name.replaceAll('.', '\\.?')));

/** Groups: 1 weekday, 2 abbreviated weekday, 3 day, 4 month, 5 era, 6 year (numbered: faster). */
const ENDPOINT = new RegExp(
  '^(?:' +
    `วัน ?(${alternation(WEEKDAYS.keys())}) ?(?:ที่)?` +
    `|(${alternation(WEEKDAYS_SHORT.keys())})\\.` +
    '|วันที่' +
  ')? ?(\\d{1,2})' +
  `(?: ?(${MONTH_PATTERN})(?: ?([พค]\\.?ศ\\.?)? ?(\\d{4}|\\d{2}))?)?$`,
);
const RANGE_DASH = / ?[-–—] ?/;

function parseEndpoint(text: string): Endpoint | null {
  const match = ENDPOINT.exec(text);
  if (!match) return null;
  const [, weekday, weekdayShort, day, month, era, year] = match;
  return {
    weekday: weekday ? WEEKDAYS.get(weekday) : weekdayShort ? WEEKDAYS_SHORT.get(weekdayShort) : undefined,
    day: Number(day),
    month: month ? MONTHS.get(month.replaceAll('.', '')) : undefined,
    era: era?.replaceAll('.', ''),
    year,
  };
}

/** CE year of a written year: 2 digits are BE 25xx, 4 digits BE unless marked ค.ศ. */
function gregorianYear(month: number, era: string | undefined, year: string): number | null {
  if (era === 'คศ') return year.length === 4 ? Number(year) : null;
  return gregorianYearOf(Number(year) + (year.length === 2 ? 2500 : 0), month);
}

/** Resolves an endpoint, taking a missing month or year from `end`, and checks its weekday. */
function resolve(point: Endpoint, end: Endpoint): CalendarDate | null {
  const month = point.month ?? end.month;
  const written = point.year === undefined ? end : point;
  if (month === undefined || written.year === undefined) return null;
  const year = gregorianYear(month, written.era, written.year);
  if (year === null || !isValidDate(year, month, point.day)) return null;
  const date = { year, month, day: point.day };
  return point.weekday === undefined || weekdayOf(date) === point.weekday ? date : null;
}

/**
 * Reads a Thai date or date range (the whole trimmed text) into ISO dates, or returns null for
 * anything unparseable or impossible; never throws, never guesses. Accepts Thai or Arabic digits,
 * full, abbreviated (with or without dots) and `กรกฏาคม` month names, an optional weekday prefix
 * (`วันศุกร์ที่`, `ศ.`; it must agree with the date) or `วันที่`, `พ.ศ.`/`ค.ศ.` markers, 2-digit
 * (25xx) and 4-digit BE years, and ranges joined by a hyphen or dash whose first side may omit
 * the month and year (`๕-๖ ธันวาคม ๒๕๖๑`). BE years follow the pre-1941 April new year (era.ts).
 * A range whose end equals its start is a single day.
 * @example parseThaiDate('30 พ.ย. – 2 ธ.ค. 2561') // { start: '2018-11-30', end: '2018-12-02' }
 */
export function parseThaiDate(text: string): ThaiDateRange | null {
  if (typeof text !== 'string') return null;
  const clean = toArabicDigits(normalizeThai(text)).replace(/\s+/g, ' ').trim();
  const points = clean.split(RANGE_DASH).map(parseEndpoint);
  const [first, last] = points.length === 1 ? [points[0], points[0]] : points;
  if (points.length > 2 || !first || !last) return null;
  const [startDate, endDate] = [resolve(first, last), resolve(last, last)];
  if (!startDate || !endDate) return null;
  const [start, end] = [toIsoDate(startDate), toIsoDate(endDate)];
  if (end < start) return null;
  return end === start ? { start } : { start, end };
}
