/**
 * Proleptic Gregorian calendar arithmetic on plain integers. Dates here are calendar days, not
 * instants, so nothing depends on `Date` or on the process time zone.
 */

/** A calendar day; `month` is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when year (1–9999), month and day are integers naming a real day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 &&
    month >= 1 && month <= 12 &&
    day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Formats a calendar day as `YYYY-MM-DD`. */
export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads a `YYYY-MM-DD` string naming a real day (years 0001–9999); otherwise null. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** Like {@link parseIsoDate}, but throws an Error naming the bad value. */
export function requireIsoDate(text: string): CalendarDate {
  const date = typeof text === 'string' ? parseIsoDate(text) : null;
  if (!date) throw new Error(`Expected an ISO calendar date (YYYY-MM-DD), got ${JSON.stringify(text)}`);
  return date;
}

/**
 * True when `value` is a `YYYY-MM-DD` string naming a real calendar day (years 0001–9999).
 * @example isIsoDate('2024-02-29') // true; isIsoDate('2023-02-29') // false
 */
export function isIsoDate(value: unknown): boolean {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
function daysFromCivil({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  const days = daysFromCivil(date) + 4; // 1970-01-01 was a Thursday
  return ((days % 7) + 7) % 7;
}
