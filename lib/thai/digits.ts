const THAI_ZERO = 0x0e50;
const ARABIC_ZERO = 0x30;

/**
 * Replaces every ASCII digit 0–9 with its Thai digit ๐–๙; nothing else changes.
 * @example toThaiDigits('7 ธ.ค. 2561') // '๗ ธ.ค. ๒๕๖๑'
 */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - ARABIC_ZERO + THAI_ZERO));
}

/**
 * Replaces every Thai digit ๐–๙ with its ASCII digit 0–9; nothing else changes.
 * @example toArabicDigits('๗ ธ.ค. ๒๕๖๑') // '7 ธ.ค. 2561'
 */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String.fromCharCode(d.charCodeAt(0) - THAI_ZERO + ARABIC_ZERO));
}
