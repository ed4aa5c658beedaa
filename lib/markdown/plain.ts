import { normalizeThai } from '../thai';

/**
 * A Markdown body as plain text, what the search indexes and every excerpt is drawn from: markup gone, paragraphs
 * kept as single line breaks, spaces collapsed, Thai repaired (`normalizeThai`).
 * @example plainText('**ประกาศ** [ที่มา](https://example.org)\n\nย่อหน้า') // 'ประกาศ ที่มา\nย่อหน้า'
 */
export function plainText(markdown: string): string {
  return normalizeThai(
    markdown
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]*>/g, '')
      .replace(/^[ \t]*(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, '')
      .replace(/[*_`]+/g, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
      // Only runs that change (not every single space or line break: replacing each of those costs most of the time).
      .replace(/ [ \t\u00A0]+|[\t\u00A0][ \t\u00A0]*/g, ' ')
      .replace(/ \n\s*|\n\s+/g, '\n')
      .trim(),
  );
}
