import { requireIsoDate, weekdayOf } from './calendar';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export interface EnglishDateOptions {
  /** Default 'long'. */
  style?: 'full' | 'long' | 'medium';
}

/**
 * The English name of month 1–12: 'long' (default) or 'short' (first three letters); throws a
 * RangeError on another month.
 * @example englishMonthName(9, 'short') // 'Sep'
 */
export function englishMonthName(month: number, style: 'long' | 'short' = 'long'): string {
  const name = MONTHS[month - 1];
  if (name === undefined) throw new RangeError(`Month must be an integer 1–12, got ${month}`);
  return style === 'short' ? name.slice(0, 3) : name;
}

/**
 * Formats an ISO calendar date (`YYYY-MM-DD`) in British-style English with its CE year; throws an
 * Error on an invalid date. Styles: full `Friday 7 December 2018`, long `7 December 2018`,
 * medium `7 Dec 2018`.
 * @example formatEnglishDate('2018-12-07') // '7 December 2018'
 */
export function formatEnglishDate(isoDate: string, opts: EnglishDateOptions = {}): string {
  const { style = 'long' } = opts;
  const date = requireIsoDate(isoDate);
  const text = `${date.day} ${englishMonthName(date.month, style === 'medium' ? 'short' : 'long')} ${date.year}`;
  return style === 'full' ? `${WEEKDAYS[weekdayOf(date)]} ${text}` : text;
}
