/**
 * The one tokenizer of search, run on release text when the index is built (Node) and on the reader's query in the
 * browser, so both sides cut text the same way. Pure; it imports only `lib/thai` and the `porter2` stemmer.
 *
 * - `thai.ts`: runs of Thai letters cut into words by `Intl.Segmenter`; ฯ and ๆ end a word and are no term
 *   (กรุงเทพฯ is กรุงเทพ, ต่างๆ is ต่าง, ฯลฯ nothing). Vowel and tone marks are kept: ฝุ่น (dust)
 *   never matches ฝน (rain).
 * - `other.ts`: every other word. Digits are one script: ๒๕๖๑ and 2561 are both the term `2561`; `2,000` is
 *   `2000`; `2.5` stays `2.5`. Latin words are lower-cased and stemmed (`stem.ts`, Snowball English: `visited` → `visit`).
 * - `tokenize.ts`: the scanner that hands each run to one of those, for spans (`types.ts`: `TokenSpan`, for
 *   excerpts), terms (queries) or the build's fast path.
 * - `year.ts`: the other terms a term also stands for (a year in the other era), added by the analysis and the
 *   highlighting, not by the tokenizer.
 */
export { stem } from './stem';
export { hasThaiLetter } from './thai';
export { forEachTerm, queryTerms, terms, tokenSpans } from './tokenize';
export type { TokenSpan } from './types';
export { yearTwin } from './year';
