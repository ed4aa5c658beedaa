import { normalizeThai } from '../../thai';
import type { DictionaryForms } from '../format';
import { hasThaiLetter, tokenSpans } from '../tokenizer';

/**
 * A reader's query as a list of concepts: one per word, or per run of words that the dictionary knows as one (an
 * abbreviation, its full form, a variant spelling). A release matches a concept when it holds any of the concept's
 * forms, so "ธปท." finds a release that says ธนาคารแห่งประเทศไทย and the reverse.
 */
export interface Concept {
  /** The words as the reader typed them (for "not found: …"). */
  word: string;
  /** The terms typed: what weighs most. */
  terms: string[];
  /** The dictionary's other forms of the same thing, each a term sequence. */
  equivalents: string[][];
  /** For a date typed (`dates.ts`): its day number; the releases of that day match it too. */
  day?: number;
  /** A question word (`question-words.ts`): it adds to a release's score but does not count for or against it. */
  optional?: boolean;
  /** Typed with no space before it: the end of one word with the concept before (อนุทิล cut as อนุ ทิล). */
  joined?: boolean;
}

/** At most this many concepts a query (each is a bit of a 32-bit mask); later words are left out. */
export const MAX_CONCEPTS = 24;
/** At most this many dictionary forms a concept. */
const MAX_EQUIVALENTS = 6;

/** The dictionary, keyed by each form's terms, for finding the runs of a query it knows. */
export class Equivalents {
  private readonly forms = new Map<string, string[][]>();
  /** The most terms of any form. */
  private longest = 0;

  constructor(entries: DictionaryForms) {
    const latinOnly = new Set<string>();
    for (const forms of entries) {
      for (const form of forms) {
        const key = form.join(' ');
        if (form.length > 1 && hasThaiLetter(key) && forms.every((other) => other === form || !hasThaiLetter(other.join('')))) latinOnly.add(key);
        const known = this.forms.get(key) ?? [];
        for (const other of forms) if (!known.some((k) => k.join(' ') === other.join(' '))) known.push(other);
        this.forms.set(key, known);
        this.longest = Math.max(this.longest, form.length);
      }
    }
    // A run of Thai words whose only other forms are Latin (a translation: ร่าง พระราชบัญญัติ / bill) is not made one
    // concept when it would hide a shorter run's Thai forms (พระราชบัญญัติ / พ.ร.บ.): its English form adds nothing to
    // a Thai search. The Latin form still finds the Thai run; a transliteration (ไฟว์ จี / 5G) hides nothing and stays.
    for (const key of latinOnly) {
      if (this.forms.get(key)!.some((form) => hasThaiLetter(form.join('')) && form.join(' ') !== key)) continue;
      const terms = key.split(' ');
      const hides = terms.some((_, from) =>
        terms.slice(from).some((_, length) => {
          const run = terms.slice(from, from + length + 1).join(' ');
          return run !== key && (this.forms.get(run) ?? []).some((form) => hasThaiLetter(form.join('')) && form.join(' ') !== run);
        }),
      );
      if (hides) this.forms.delete(key);
    }
  }

  /** How many terms from `at` the longest known form covers, with every form of its entries; 0 when none. */
  longestAt(terms: string[], at: number): { length: number; forms: string[][] } {
    for (let length = Math.min(this.longest, terms.length - at); length > 0; length--) {
      const forms = this.forms.get(terms.slice(at, at + length).join(' '));
      if (forms) return { length, forms };
    }
    return { length: 0, forms: [] };
  }
}

/**
 * The concepts of a query, in the order typed; a term typed twice counts once.
 * @example queryConcepts('ธปท. หนี้', new Equivalents([[['ธนาคาร', 'แห่ง', 'ประเทศ', 'ไทย'], ['ธปท']]]))
 * // [{ word: 'ธปท', terms: ['ธปท'], equivalents: [['ธนาคาร', 'แห่ง', 'ประเทศ', 'ไทย']] }, { word: 'หนี้', terms: ['หนี้'], equivalents: [] }]
 */
export function queryConcepts(query: string, dictionary?: Equivalents): Concept[] {
  const text = normalizeThai(query);
  const spans = tokenSpans(text);
  const terms = spans.map((span) => span.term);
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  for (let at = 0; at < spans.length && concepts.length < MAX_CONCEPTS; ) {
    const { length, forms } = dictionary?.longestAt(terms, at) ?? { length: 0, forms: [] };
    const size = Math.max(1, length);
    const own = terms.slice(at, at + size);
    const key = own.join(' ');
    if (!seen.has(key)) {
      seen.add(key);
      const equivalents = forms.filter((form) => form.join(' ') !== key).slice(0, MAX_EQUIVALENTS);
      const joined = at > 0 && spans[at - 1]!.end === spans[at]!.start;
      concepts.push({ word: text.slice(spans[at]!.start, spans[at + size - 1]!.end), terms: own, equivalents, ...(joined && { joined }) });
    }
    at += size;
  }
  return concepts;
}
