import { normalizeThai } from '../../thai';
import { tokenSpans } from '../tokenizer';

/**
 * Thai question words: a reader asks `คนแก่ได้เงินเพิ่มไหม` or `ป้องกันยังไง`, a release states. The engine marks
 * the words this leaves out as optional, so that a release is not ranked down for not asking, while one that asks
 * the same (`โควิด-19 คืออะไร`) still gains; a query of question words only is kept as typed. The segmenter cuts some of them in two (ยัง|ไง, เมื่อ|ไหร่, เท่า|ไหร่, หรือ|ไม่), so both halves go.
 */

/** Terms that are question words on their own. */
const QUESTION = new Set([
  'ไหม', 'มั้ย', 'มั๊ย', 'ไม๊', 'อย่างไร', 'ยังไง', 'ยังงัย', 'อะไร', 'ทำไม', 'ใคร', 'บ้าง', 'เมื่อไร', 'เมื่อไหร่',
  'เท่าไร', 'เท่าไหร่', 'กี่', 'ไหน', 'ที่ไหน', 'ไหร่', 'ไง', 'งัย', 'เปล่า', 'หรือไม่', 'หรือเปล่า', 'หรือยัง',
]);
/**
 * A term that is a question word only before one of these second halves (ยัง|ไง but not ยัง alone): the halves the
 * segmenter cuts, and the words that make a question phrase with the one after them (แบบไหน "which kind", ที่ไหน
 * "where", เป็นยังไง "how is it", ได้ไหม "can one"; ได้ที่|ไหน is how the segmenter cuts ได้ที่ไหน).
 */
const FIRST_HALF = new Map([
  ['ยัง', ['ไง', 'งัย']],
  ['เมื่อ', ['ไหร่', 'ไร']],
  ['เท่า', ['ไหร่', 'ไร']],
  ['หรือ', ['ไม่', 'เปล่า', 'ยัง']],
  ['แบบ', ['ไหน']],
  ['อย่าง', ['ไหน']],
  ['ที่', ['ไหน']],
  ['ได้ที่', ['ไหน']],
  ['ตอน', ['ไหน']],
  ['เป็น', ['ยังไง', 'ยัง', 'อย่างไร', 'ไง']],
  ['ได้', ['ไหม', 'มั้ย', 'มั๊ย', 'ไม๊', 'หรือไม่', 'หรือเปล่า', 'หรือ']],
]);
/** A question word whose next term is part of the question: กี่ and its classifier (กี่แห่ง, กี่คน, กี่วัน). */
const WITH_NEXT = new Set(['กี่']);

/**
 * The query with its question words blanked out (kept as typed when it holds nothing else).
 * @example withoutQuestionWords('คนแก่ได้เงินเพิ่มไหม') // 'คนแก่ได้เงินเพิ่ม'
 */
export function withoutQuestionWords(query: string): string {
  const text = normalizeThai(query);
  const spans = tokenSpans(text);
  const drop = spans.map((span, i) => {
    const next = spans[i + 1];
    const adjacent = next !== undefined && next.start === span.end;
    if (QUESTION.has(span.term)) return true;
    return adjacent && (FIRST_HALF.get(span.term)?.includes(next.term) ?? false);
  });
  // The second half goes with its first (ไม่ alone is a negation the reader means), a classifier with กี่.
  spans.forEach((span, i) => {
    const before = spans[i - 1];
    if (before && drop[i - 1] && FIRST_HALF.get(before.term)?.includes(span.term)) drop[i] = true;
    if (before && WITH_NEXT.has(before.term) && before.end === span.start) drop[i] = true;
  });
  if (drop.every(Boolean)) return text;
  let out = '';
  let from = 0;
  spans.forEach((span, i) => {
    if (!drop[i]) return;
    out += `${text.slice(from, span.start)} `;
    from = span.end;
  });
  return (out + text.slice(from)).replace(/\s+/g, ' ').trim();
}
