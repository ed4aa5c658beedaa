import { escapeHtml, renderMarkdown } from './html';
import { CONTENTS_MIN_HEADINGS, outlineRelease, type OutlineHeading } from './outline';

/** The words a release page puts around the release's own text, in the page's language. */
export interface SectionLabels {
  /** The contents list's heading: `สารบัญ`, `Contents`. */
  contents: string;
  /** The link at the end of each item back to the contents list. */
  backToContents: string;
}

/** The id of the contents list, the target of every "back to contents" link. */
export const CONTENTS_ID = 'contents';

/**
 * A release body as the page shows it: `renderMarkdown`'s HTML, with the headings `outlineRelease` finds (each with
 * its id, and its text a link to its own address), a contents list where the release has five headings or more (in
 * the place of the release's own agenda when the headings come from it, else first), and after each item a link back
 * to that list. Each heading opens a `<section class="release-section">` holding its text up to the next heading, so
 * that a browser lays out (and line-breaks) only the sections near the screen. A body without headings renders
 * exactly as `renderMarkdown` renders it. Pure; never throws.
 * @example renderReleaseBody('ข้อความ', labels) // '<p>ข้อความ</p>\n'
 */
export function renderReleaseBody(markdown: string, labels: SectionLabels): string {
  const { headings, agenda } = outlineRelease(markdown);
  if (!headings.length) return renderMarkdown(markdown);
  const lines = markdown.split('\n');
  const contents = headings.length >= CONTENTS_MIN_HEADINGS ? contentsList(headings, labels) : '';
  const backLink = contents ? `<p class="to-contents"><a href="#${CONTENTS_ID}">${escapeHtml(labels.backToContents)}</a></p>\n` : '';
  const html: string[] = [];
  let at = 0;
  const text = (end: number) => {
    if (end > at) html.push(renderChunk(lines.slice(at, end)));
    at = Math.max(at, end);
  };
  if (contents && !agenda) html.push(contents);
  let inItem = false;
  let inSection = false;
  const close = () => {
    if (inItem) html.push(backLink);
    if (inSection) html.push('</section>\n');
  };
  for (const heading of headings) {
    if (agenda && at <= agenda.start && heading.line >= agenda.end) {
      text(agenda.start);
      html.push(contents);
      at = agenda.end;
    }
    text(heading.line);
    close();
    html.push(`<section class="release-section">\n${headingHtml(heading)}`);
    at = heading.line + heading.lines;
    inItem = heading.kind === 'item';
    inSection = true;
  }
  text(lines.length);
  close();
  return html.join('');
}

/** Markdown lines as HTML; nothing when they are blank. */
function renderChunk(lines: readonly string[]): string {
  const markdown = lines.join('\n');
  return markdown.trim() ? renderMarkdown(markdown) : '';
}

function headingHtml(heading: OutlineHeading): string {
  const tag = `h${heading.level}`;
  const number = heading.marker ? `${escapeHtml(heading.marker)} ` : '';
  return `<${tag} id="${heading.id}" class="section-heading"><a href="#${heading.id}">${number}${inline(heading.text)}</a></${tag}>\n`;
}

/** The contents list: group headings with their items nested, each entry numbered as the release numbers it. */
function contentsList(headings: readonly OutlineHeading[], labels: SectionLabels): string {
  const entry = (heading: OutlineHeading) =>
    heading.marker
      ? `<a class="contents__entry" href="#${heading.id}"><span class="contents__number">${escapeHtml(heading.marker)}</span> <span class="contents__title">${inline(heading.title)}</span></a>`
      : `<a${heading.kind === 'group' ? ' class="contents__group"' : ''} href="#${heading.id}"><span class="contents__title">${inline(heading.title)}</span></a>`;
  const out: string[] = [];
  for (let index = 0; index < headings.length; index++) {
    const heading = headings[index]!;
    const children: string[] = [];
    while (heading.level === 2 && headings[index + 1]?.level === 3) children.push(`<li>${entry(headings[++index]!)}</li>`);
    out.push(`<li>${entry(heading)}${children.length ? `\n<ol>\n${children.join('\n')}\n</ol>\n` : ''}</li>`);
  }
  return (
    `<nav class="contents" id="${CONTENTS_ID}" aria-labelledby="${CONTENTS_ID}-heading">\n` +
    `<h2 id="${CONTENTS_ID}-heading">${escapeHtml(labels.contents)}</h2>\n<ol>\n${out.join('\n')}\n</ol>\n</nav>\n`
  );
}

/**
 * One line of Markdown as inline HTML (emphasis, escapes), sanitized like a body: rendered as a paragraph whose `<p>`
 * is taken off; text that would render as anything but one paragraph (a line starting `-`, `>`) is escaped instead.
 */
function inline(markdown: string): string {
  const html = renderMarkdown(markdown).trim();
  const paragraph = /^<p>([\s\S]*)<\/p>$/.exec(html)?.[1];
  if (paragraph === undefined || paragraph.includes('<p>')) return escapeHtml(markdown);
  // A heading and a contents entry are links themselves: a link inside one keeps its text only.
  return paragraph.replace(/<br>\n?/g, ' ').replace(/<\/?a\b[^>]*>/g, '');
}
