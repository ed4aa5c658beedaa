import type { Locale } from '../i18n/locales';
import type { ThaigovRelease } from './parse-thaigov';

/**
 * Writes an imported release as the content contract's Markdown file (lib/content/schema.ts): YAML front matter,
 * then the paragraphs, separated by blank lines (the site renders a single line break inside one as a line break).
 */

/**
 * Where a release in `lang` lands inside a content root: `news/<CE year>/<YYYY-MM-DD>-<legacyId>.<lang>.md`. The
 * English version of a pair takes its Thai version's date and id (one story, one slug).
 * @example releasePath({ date: '2018-12-07', legacyId: 17391 }, 'th') // 'news/2018/2018-12-07-17391.th.md'
 */
export function releasePath(release: Pick<ThaigovRelease, 'date' | 'legacyId'>, lang: Locale): string {
  return `news/${release.date.slice(0, 4)}/${release.date}-${release.legacyId}.${lang}.md`;
}

/**
 * The file's full text. Strings are written as JSON strings, which YAML reads back unchanged (quotes, colons and
 * `#` inside a title are safe); the date stays a bare `YYYY-MM-DD`, which the loader's core schema keeps a string.
 * @example releaseFileText(release).split('\n').slice(0, 3) // ['---', 'title: "กระทรวงดิจิทัลฯ เผย…"', 'date: 2018-12-07']
 */
export function releaseFileText(release: ThaigovRelease): string {
  const front = [
    `title: ${JSON.stringify(release.title)}`,
    `date: ${release.date}`,
    ...(release.agency ? [`agency: ${release.agency}`] : []),
    ...(release.category ? [`category: ${release.category}`] : []),
    ...(release.tags.length ? [`tags: [${release.tags.map((tag) => JSON.stringify(tag)).join(', ')}]`] : []),
    `source: ${release.source}`,
    `legacyId: ${release.legacyId}`,
  ];
  return `---\n${front.join('\n')}\n---\n\n${release.paragraphs.map((paragraph) => paragraph.split('\n').map(escapeMarkdown).join('\n')).join('\n\n')}\n`;
}

/**
 * Makes a line of plain text render as exactly that text in Markdown (CommonMark, as remark reads it), so no
 * character of a release is lost or turned into formatting:
 * - `\`, `` ` ``, `*` and `_` are backslash-escaped (they would start code or emphasis and vanish);
 * - `<` becomes `&lt;` (raw HTML would be sanitized away), and `&` before an entity name becomes `&amp;` (the
 *   corpus has literal `&quot;`, which would otherwise show as `"`);
 * - at the start of a line, `#` and `>` are escaped (heading, quote), as are `1)` (an ordered list would show
 *   `1.`) and `[x]:` (a link definition would hide the line).
 * Everything else stays as written: Thai digits, quotes, `-` and `1.` list lines (they render as written).
 * @example escapeMarkdown('# โครงการ *ใหม่* <ฟรี>') // '\\# โครงการ \\*ใหม่\\* &lt;ฟรี>'
 */
export function escapeMarkdown(line: string): string {
  return line
    .replace(/[\\`*_]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/^([#>])/, '\\$1')
    .replace(/^(\d{1,9})\)/, '$1\\)')
    .replace(/^\[([^\]]*\]:)/, '\\[$1');
}
