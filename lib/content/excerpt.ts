/**
 * The opening words of a Markdown body as plain text, cut at a word boundary near `max` characters.
 * Thai has no spaces between words, so the cut falls back to the limit when there is no space nearby.
 * @example plainExcerpt('**กระทรวงดิจิทัลฯ** เผย…', 40)
 */
export function plainExcerpt(markdown: string, max = 220): string {
  const text = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/^[#>\-*+\s]+/gm, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  const cut = space > max * 0.6 ? space : max;
  return `${text.slice(0, cut).trimEnd()}…`;
}
