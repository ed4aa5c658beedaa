import { outlineRelease, plainText } from '../../markdown';
import { encodeTermFilter, type DocSection } from '../format';
import { forEachTerm, yearTwin } from '../tokenizer';

/** A result names an item by its number and heading, cut to this many characters. */
const LABEL_CHARS = 160;

/**
 * The items of a release body as its result file lists them: each item heading `outlineRelease` finds, with the
 * terms of its text (from its heading to the next heading of any kind) in a Bloom filter. None for a body without
 * item headings.
 * @example docSections('1. เรื่อง ภาษี\n\n2. เรื่อง ถนน\n\n1. เรื่อง ภาษี\n\nลดภาษี\n\n2. เรื่อง ถนน\n\nสร้างถนน').map((s) => s.id) // ['item-1', 'item-2']
 */
export function docSections(markdown: string): DocSection[] {
  const { headings } = outlineRelease(markdown);
  if (!headings.some((heading) => heading.kind === 'item')) return [];
  const lines = markdown.split('\n');
  return headings.flatMap((heading, index) => {
    if (heading.kind !== 'item') return [];
    const end = headings.slice(index + 1).find((next) => next.line > heading.line)?.line ?? lines.length;
    const terms = new Set<string>();
    forEachTerm(plainText(lines.slice(heading.line + heading.lines, end).join('\n')), (term) => {
      terms.add(term);
      const twin = yearTwin(term);
      if (twin) terms.add(twin);
    });
    const label = `${heading.marker ? `${heading.marker} ` : ''}${plainText(heading.title).replace(/\s+/g, ' ')}`;
    return [{ id: heading.id, label: label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label, terms: encodeTermFilter(terms) }];
  });
}
