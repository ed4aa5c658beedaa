import { remark } from 'remark';
import remarkBreaks from 'remark-breaks';
import remarkHtml from 'remark-html';
import { stripUnsafeCharacters } from '../text';

const processor = remark().use(remarkBreaks).use(remarkHtml, { sanitize: true });

/**
 * What the renderer renders as Markdown. Past these bounds remark's parser slows down quadratically (a list nested
 * 4,000 deep takes 30 s, 500 nested images 1 s) and its tree walkers overflow the stack (a list ~1,000 deep, 5,000
 * `*`), so a text beyond them is shown as plain paragraphs instead; `npm run check` rejects such a release.
 * - `chars`: characters of Markdown (the largest real release body has 243,661).
 * - `depth`: lists and block quotes inside each other, as `nestingDepth` counts them (the corpus has at most 3).
 * - `markup`: `[`, `*` and `_` characters in one block of lines without a blank line (the corpus has at most 52).
 */
export const markdownLimits = { chars: 400_000, depth: 16, markup: 256 } as const;

/**
 * Markdown → safe HTML. remark-html's default sanitizer (GitHub's schema) drops raw HTML such as `<script>`, event
 * handler attributes and `javascript:` links; remark-breaks keeps each line break of Thai text, and blank lines make
 * paragraphs. Control and bidi-override characters are removed. Never throws: a text past `markdownLimits` (or one
 * the parser fails on) is rendered as escaped plain paragraphs.
 * @example renderMarkdown('ย่อหน้าแรก\nบรรทัดที่สอง') // '<p>ย่อหน้าแรก<br>\nบรรทัดที่สอง</p>\n'
 */
export function renderMarkdown(markdown: string): string {
  const text = stripUnsafeCharacters(markdown);
  if (text.length > markdownLimits.chars || markdownExcess(text)) return plainParagraphs(text);
  try {
    return String(processor.processSync(text));
  } catch {
    return plainParagraphs(text);
  }
}

/** Text as HTML paragraphs with nothing interpreted: blank lines split paragraphs, line breaks become `<br>`. */
function plainParagraphs(text: string): string {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${escapeHtml(block).replace(/\r?\n/g, '<br>\n')}</p>\n`)
    .join('');
}

/** Text with the characters HTML would read escaped, for text and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The first place where a Markdown text goes past `markdownLimits.depth` or `.markup`, or null when it does not.
 * Linear in the text's length, and never parses it.
 * @returns the 1-based line in `markdown` and what is wrong there
 * @example markdownExcess('- '.repeat(750) + 'x') // { line: 1, message: 'lists and quotes nested 750 deep …' }
 */
export function markdownExcess(markdown: string): { line: number; message: string } | null {
  const lines = markdown.split('\n');
  let blockStart = 0;
  let markup = 0;
  for (const [index, line] of lines.entries()) {
    const depth = nestingDepth(line);
    if (depth > markdownLimits.depth) {
      return { line: index + 1, message: `lists and quotes nested ${depth} deep (at most ${markdownLimits.depth}); flatten them` };
    }
    if (!line.trim()) {
      blockStart = index + 1;
      markup = 0;
      continue;
    }
    markup += countMarkup(line);
    if (markup > markdownLimits.markup) {
      return {
        line: blockStart + 1,
        message: `more than ${markdownLimits.markup} "[", "*" and "_" characters in the block of lines starting here (lines with no blank line between them); remove stray markup or put blank lines between paragraphs`,
      };
    }
  }
  return null;
}

function countMarkup(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    if (code === 0x5b || code === 0x2a || code === 0x5f) count += 1;
  }
  return count;
}

/**
 * How many lists and block quotes one line can be inside at most: the container markers it starts with (`>`, `-`,
 * `+`, `*`, `1.`, `1)`) plus one for every two columns of indentation among them (a nested list item is indented at
 * least two columns). An upper bound: `- - -` counts 3 although it is a thematic break.
 * @example nestingDepth('> - 1. x') // 3
 */
export function nestingDepth(line: string): number {
  let depth = 0;
  let columns = 0;
  let at = 0;
  while (at < line.length) {
    const char = line[at]!;
    if (char === ' ' || char === '\t') {
      columns += char === ' ' ? 1 : 4;
      at += 1;
      continue;
    }
    const marker = char === '>' ? 1 : containerMarkerLength(line, at);
    if (!marker) break;
    depth += 1;
    at += marker;
    if (line[at] === ' ') at += 1;
  }
  return depth + Math.floor(columns / 2);
}

/** Length of the list marker at `at` (`-`, `+`, `*`, or 1–9 digits and `.` or `)`, then a space, tab or the end), or 0. */
function containerMarkerLength(line: string, at: number): number {
  let end = at;
  if (line[at] === '-' || line[at] === '+' || line[at] === '*') end = at + 1;
  else {
    while (end < line.length && end - at < 9 && line[end]! >= '0' && line[end]! <= '9') end += 1;
    if (end === at || (line[end] !== '.' && line[end] !== ')')) return 0;
    end += 1;
  }
  const next = line[end];
  return next === undefined || next === ' ' || next === '\t' || next === '\r' ? end - at : 0;
}
