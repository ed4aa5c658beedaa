const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Nikhahit + sara aa (U+0E4D U+0E32), also with a tone mark typed between them. */
const DECOMPOSED_SARA_AM = /\u0E4D([\u0E48-\u0E4B]?)\u0E32/g;
const DOUBLED_SARA_E = /\u0E40\u0E40/g;
/** Sara am with a tone mark typed after it (นำ้): looks the same in most fonts, spelled apart from น้ำ. */
const TONE_AFTER_SARA_AM = /\u0E33([\u0E48-\u0E4B])/g;
/** A Thai combining vowel, tone mark or sign typed twice (or more) in a row. */
const REPEATED_MARK = /([\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])\1+/g;
/** Quick check that any of the above occurs (the mark pattern comes first: `\1` refers to it). */
const NEEDS_REPAIR = new RegExp([REPEATED_MARK, INVISIBLES, DECOMPOSED_SARA_AM, DOUBLED_SARA_E, TONE_AFTER_SARA_AM].map((r) => r.source).join('|'));

/**
 * Repairs invisible defects in Thai text: removes zero-width characters and soft hyphens, keeps
 * a mark typed twice in a row once, composes nikhahit + sara aa into sara am (ำ, after any tone
 * mark, also one typed after it: นำ้ → น้ำ), turns doubled sara e (เเ) into sara ae (แ), then
 * applies NFC. Clean text comes back unchanged.
 * @example normalizeThai('น\u0E49\u0E4D\u0E32') // 'น้ำ'
 */
export function normalizeThai(text: string): string {
  if (!NEEDS_REPAIR.test(text)) return text.normalize('NFC');
  return text
    .replace(INVISIBLES, '')
    .replace(REPEATED_MARK, '$1')
    .replace(DECOMPOSED_SARA_AM, '$1\u0E33')
    .replace(TONE_AFTER_SARA_AM, '$1\u0E33')
    .replace(DOUBLED_SARA_E, '\u0E41')
    .normalize('NFC');
}
