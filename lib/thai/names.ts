/** Thai month and weekday names, as the Thai government and `Intl` (th-TH) write them. */

export const THAI_MONTHS_LONG = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
] as const;

export const THAI_MONTHS_SHORT = [
  'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.',
] as const;

/** Sunday first, as numbered by weekdayOf (calendar.ts). */
export const THAI_WEEKDAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'] as const;

/** Abbreviated weekdays (without their final dot), Sunday first. */
export const THAI_WEEKDAYS_SHORT = ['อา', 'จ', 'อ', 'พ', 'พฤ', 'ศ', 'ส'] as const;

/**
 * The Thai name of month 1–12: 'long' (default) or 'short'; throws a RangeError on another month.
 * @example thaiMonthName(12) // 'ธันวาคม'; thaiMonthName(12, 'short') // 'ธ.ค.'
 */
export function thaiMonthName(month: number, style: 'long' | 'short' = 'long'): string {
  const name = (style === 'short' ? THAI_MONTHS_SHORT : THAI_MONTHS_LONG)[month - 1];
  if (name === undefined) throw new RangeError(`Month must be an integer 1–12, got ${month}`);
  return name;
}
