import { requireIsoDate, weekdayOf } from './calendar';
import { toThaiDigits } from './digits';
import { buddhistYearOf } from './era';
import { THAI_WEEKDAYS, thaiMonthName } from './names';

export type ThaiDateStyle = 'full' | 'long' | 'medium' | 'short';

export interface ThaiDateOptions {
  /** Default 'long'. */
  style?: ThaiDateStyle;
  /** Default 'arabic'. */
  digits?: 'arabic' | 'thai';
}

/**
 * Formats an ISO calendar date (`YYYY-MM-DD`) in Thai with its Buddhist-era year (pre-1941
 * January–March counted in the previous BE year, see era.ts); throws an Error on an invalid date.
 * Styles: full `วันศุกร์ที่ 7 ธันวาคม 2561`, long `7 ธันวาคม 2561`, medium `7 ธ.ค. 2561`,
 * short `7 ธ.ค. 61`.
 * @example formatThaiDate('2018-12-07', { digits: 'thai' }) // '๗ ธันวาคม ๒๕๖๑'
 */
export function formatThaiDate(isoDate: string, opts: ThaiDateOptions = {}): string {
  const { style = 'long', digits = 'arabic' } = opts;
  const date = requireIsoDate(isoDate);
  const beYear = buddhistYearOf(date.year, date.month);
  const month = thaiMonthName(date.month, style === 'full' || style === 'long' ? 'long' : 'short');
  const year = style === 'short' ? String(beYear % 100).padStart(2, '0') : beYear;
  const weekday = style === 'full' ? `วัน${THAI_WEEKDAYS[weekdayOf(date)]}ที่ ` : '';
  const text = `${weekday}${date.day} ${month} ${year}`;
  return digits === 'thai' ? toThaiDigits(text) : text;
}
