/**
 * Thai and English date formatting and parsing, Buddhist-era conversion, digit conversion, Thai text repair, and
 * RTGS romanization with a key for matching Latin spellings of Thai names. Pure and dependency-free; dates are ISO
 * calendar days (`YYYY-MM-DD`) handled on integers, so no time zone can move them. Every date and Buddhist-era year
 * a page shows is written by this module.
 */
export { isIsoDate } from './calendar';
export { toArabicDigits, toThaiDigits } from './digits';
export { buddhistYearOfYear, fromBuddhistDate, gregorianYearOfYear, toBuddhistYear } from './era';
export { englishMonthName, formatEnglishDate, type EnglishDateOptions } from './english-date';
export { formatThaiDate, type ThaiDateOptions, type ThaiDateStyle } from './format';
export { thaiMonthName } from './names';
export { normalizeThai } from './normalize';
export { parseThaiDate, type ThaiDateRange } from './parse';
export { romanizeThai, soundKey } from './romanize';
export { isoDateTime } from './time';
