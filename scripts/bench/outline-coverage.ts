/**
 * `npx tsx scripts/bench/outline-coverage.ts [content root] [--list]`: how many cabinet summaries and synopses get a contents list
 * whose items match their own numbered list. For each one it counts the items the text numbers itself (the run
 * `1. เรื่อง`, `2. เรื่อง` … at the top of a Thai summary; the `Title:` lines of an English synopsis), counts the
 * item headings `outlineRelease` finds, and prints the figures and, with `--list`, every release where they differ.
 * The content root defaults to `CONTENT_DIR`, else `content`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { command } from '../../lib/cli';
import { CONTENTS_MIN_HEADINGS, outlineRelease } from '../../lib/markdown';

const { values, positionals } = command({
  usage: 'usage: npx tsx scripts/bench/outline-coverage.ts [content root] [--list]',
  allowPositionals: true,
  options: { list: { type: 'boolean', default: false } },
});
const root = positionals[0] ?? process.env.CONTENT_DIR ?? 'content';

/** A cabinet summary or synopsis, by its section or its title. */
function isCabinetSummary(data: Record<string, unknown>): boolean {
  const title = String(data.title ?? '');
  return (
    data.category === 'cabinet-summary' ||
    data.category === 'cabinet-synopsis' ||
    /^สรุปข่าวการประชุม(?:คณะรัฐมนตรี|\s*ครม)/.test(title) ||
    /^The cabinet met\b/i.test(title)
  );
}

/**
 * The items a release numbers itself, counted without `outlineRelease`: the highest number of the lines
 * `N. เรื่อง` before the numbering starts again at 1 (an agenda that skips a number still has that item), or the
 * number of `Title:` lines.
 */
function ownItems(body: string): number {
  const lines = body.split('\n');
  const titles = lines.filter((line) => /^\s*Title\s*:/.test(line)).length;
  let highest = 0;
  for (const line of lines) {
    const number = Number(/^\s*([0-9]+)\.?\s*เรื่อง/.exec(line)?.[1] ?? NaN);
    if (number === 1 && highest > 0) break;
    if (number > highest && number <= highest + 2) highest = number;
  }
  return Math.max(highest, titles);
}

function* releaseFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* releaseFiles(path);
    else if (entry.name.endsWith('.md')) yield path;
  }
}

interface Row {
  file: string;
  lang: string;
  own: number;
  items: number;
  headings: number;
}

const rows: Row[] = [];
for (const file of releaseFiles(join(root, 'news'))) {
  const { data, content } = matter(readFileSync(file, 'utf8'));
  if (!isCabinetSummary(data)) continue;
  const { headings } = outlineRelease(content);
  rows.push({
    file: relative(root, file),
    lang: file.endsWith('.en.md') ? 'en' : 'th',
    own: ownItems(content),
    items: headings.filter((heading) => heading.kind === 'item').length,
    headings: headings.length,
  });
}

const percent = (part: number, whole: number) => `${whole ? ((100 * part) / whole).toFixed(1) : '0.0'} %`;
for (const lang of ['th', 'en', 'all']) {
  const mine = rows.filter((row) => lang === 'all' || row.lang === lang);
  const numbered = mine.filter((row) => row.own > 0);
  const matching = numbered.filter((row) => row.items === row.own);
  const listed = numbered.filter((row) => row.headings >= CONTENTS_MIN_HEADINGS);
  const listedMatching = listed.filter((row) => row.items === row.own);
  console.log(
    `${lang}: ${mine.length} summaries, ${numbered.length} with a numbered list of their own; ` +
      `headings match it: ${matching.length} (${percent(matching.length, numbered.length)}); ` +
      `with a contents list (≥ ${CONTENTS_MIN_HEADINGS} headings): ${listed.length}, of which matching: ${listedMatching.length} (${percent(listedMatching.length, listed.length)}); ` +
      `${mine.length - numbered.length} without a numbered list (${mine.filter((row) => row.own === 0 && row.items > 0).length} of them given headings anyway)`,
  );
}
if (values.list) {
  for (const row of rows.filter((row) => row.items !== row.own)) console.log(`${row.file}: numbers ${row.own}, item headings ${row.items}`);
}
