import { tokenSpans, yearTwin, type TokenSpan } from '../tokenizer';

/** A stretch of text, marked when it is a word the reader searched for. */
export interface Part {
  text: string;
  mark: boolean;
}

/** The query's terms plus each year's twin in the other era, so a search for 2018 marks ๒๕๖๑ too. */
export function markedTerms(terms: string[]): Set<string> {
  const set = new Set(terms);
  for (const term of terms) {
    const twin = yearTwin(term);
    if (twin) set.add(twin);
  }
  return set;
}

/**
 * A text cut into parts with the searched words marked. The text must be `normalizeThai`-ed (release text and
 * titles are) so that word offsets line up.
 * @example highlight('ประชุม TELMIN', new Set(['telmin'])) // [{ text: 'ประชุม ', mark: false }, { text: 'TELMIN', mark: true }]
 */
export function highlight(text: string, terms: Set<string>): Part[] {
  return partsOf(text, 0, text.length, terms, tokenSpans(text));
}

/**
 * About `size` characters of a text around the densest cluster of searched words, cut at word boundaries, with
 * `…` where it was cut and the words marked. With no searched word in it, the text's opening.
 */
export function excerpt(text: string, terms: Set<string>, size = 180): Part[] {
  const spans = tokenSpans(text);
  const hits = spans.filter((span) => terms.has(span.term));
  let start = 0;
  if (hits.length) {
    let best = 0;
    let bestCount = 0;
    for (let i = 0; i < hits.length; i++) {
      const seen = new Set<string>();
      for (let j = i; j < hits.length && hits[j]!.end - hits[i]!.start <= size; j++) seen.add(hits[j]!.term);
      if (seen.size > bestCount) {
        bestCount = seen.size;
        best = i;
      }
    }
    const anchor = hits[best]!.start;
    const lead = Math.min(40, Math.floor(size / 4));
    start = spans.find((span) => span.start >= anchor - lead)?.start ?? anchor;
    if (start <= lead) start = 0;
  }
  let end = Math.min(text.length, start + size);
  if (end < text.length) end = [...spans].reverse().find((span) => span.end <= end && span.start > start)?.end ?? end;
  const parts = partsOf(text, start, end, terms, spans);
  if (start > 0) parts.unshift({ text: '… ', mark: false });
  if (end < text.length) parts.push({ text: ' …', mark: false });
  return parts;
}

function partsOf(text: string, start: number, end: number, terms: Set<string>, spans: TokenSpan[]): Part[] {
  const parts: Part[] = [];
  let at = start;
  const plain = (to: number) => {
    if (to > at) parts.push({ text: text.slice(at, to).replace(/\s+/g, ' '), mark: false });
  };
  for (const span of spans) {
    if (span.start < start || span.end > end || !terms.has(span.term)) continue;
    plain(span.start);
    parts.push({ text: text.slice(span.start, span.end), mark: true });
    at = span.end;
  }
  plain(end);
  return parts;
}
