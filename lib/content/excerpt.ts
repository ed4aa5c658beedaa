import { plainText } from '../markdown';

/**
 * The opening words of a Markdown body as plain text on one line, cut at a word boundary near `max` characters.
 * Thai has no spaces between words, so the cut falls back to the limit when there is no space nearby.
 * @example plainExcerpt('**กระทรวงดิจิทัลฯ** เผยผล\n\nการประชุม', 40) // 'กระทรวงดิจิทัลฯ เผยผล การประชุม'
 */
export function plainExcerpt(markdown: string, max = 220): string {
  const text = plainText(markdown).replace(/\s+/g, ' ');
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  const cut = space > max * 0.6 ? space : max;
  return `${text.slice(0, cut).trimEnd()}…`;
}
