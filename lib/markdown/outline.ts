import { normalizeThai } from '../thai';

/**
 * The headings of a release, found in its Markdown body: the headings an editor wrote (`## กฎหมาย`,
 * `### 17. เรื่อง …`), or else the structure the release's own text has. Pure and linear in the body's length; pages
 * and the search index derive it when they read a body, so files imported before it existed get it unchanged.
 *
 * Derived structure, in this order:
 * 1. **A numbered agenda of its own.** The cabinet summaries open with their agenda (`1. เรื่อง …` … `68. เรื่อง …`,
 *    between group lines such as `กฎหมาย`, `แต่งตั้ง`) and then repeat each number and title before that item's
 *    text. A list numbered 1, 2, 3 … near the top whose items come back, in order and with the same titles, further
 *    down is such an agenda, whatever the language: each repeat becomes an item heading, each group line a group
 *    heading (where the text repeats it; else it is added before its first item), and the agenda itself is what the
 *    contents list stands for.
 * 2. **Numbered subjects without an agenda**: paragraphs `1. เรื่อง …`, `2. เรื่อง …` … in order.
 * 3. **English synopses**: paragraphs `Title: …`, numbered 1, 2 … in their order (the release does not number them).
 *
 * Ids are `item-<number>` (the number the release gives the item, so `#item-17` stays when a correction changes
 * the text) and `part-<n>` for the n-th group heading.
 */

/** One heading of a release, in body order. */
export interface OutlineHeading {
  /** `group`: a heading over several items (กฎหมาย, แต่งตั้ง); `item`: one subject of the release. */
  kind: 'group' | 'item';
  /** The element id: `item-17`, or `part-2` for the second group heading. */
  id: string;
  /** 2 for groups (and for items of a release without groups), 3 for items under a group. */
  level: 2 | 3;
  /** The item's number as the release gives it (Thai digits read as Arabic); absent for groups and `Title:` items. */
  number?: number;
  /** The number as written, with its dot: `17.`, `๑๗.`; absent when `number` is. */
  marker?: string;
  /**
   * The heading after its number as the release writes it, Markdown inline source: `เรื่อง รายงาน…`, `กฎหมาย`; an
   * English synopsis's `Title: ` label is left out.
   */
  text: string;
  /** What the contents list shows after the number: `text` without its label (`เรื่อง`, `Title:`). */
  title: string;
  /** 0-based line of the body where the heading stands. */
  line: number;
  /** How many lines of the body the heading takes the place of; 0 for a group heading taken from the agenda. */
  lines: number;
}

export interface Outline {
  headings: OutlineHeading[];
  /**
   * Lines [start, end) of the release's own agenda, which the contents list takes the place of; absent without one,
   * and when some of its entries are missing from the text (the agenda then stays, and the contents list goes first).
   */
  agenda?: { start: number; end: number };
}

/** A run of non-blank lines: lines [start, end) of the body, its text with lines joined by a space, its first line. */
interface Paragraph {
  start: number;
  end: number;
  text: string;
  first: string;
}

/** How many headings a release needs for a contents list. */
export const CONTENTS_MIN_HEADINGS = 5;

/** A numbered paragraph: `17.`, `๑๗.`, `17)` (escaped `17\)` by the importer), or `17` before `เรื่อง`; then the text. */
const NUMBERED = /^\s{0,3}([0-9๐-๙]{1,3})(?:(?:\.|\\?\))(?![0-9๐-๙])[ \t\u00A0]*|[ \t\u00A0]+(?=เรื่อง))(\S.*)$/;
/** The labels that introduce a title, dropped from what the contents list shows. */
const LABEL = /^(?:(?:เรื่อง(?:ที่)?|Title|Subject)\s*[:：]?\s*)+/i;
const TITLE_LINE = /^\s{0,3}Title\s*:\s*(\S.*)$/;
const SUBJECT = /^เรื่อง/;
const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Between two agenda entries: at most this many paragraphs (group lines, the end of a wrapped title) … */
const GAP_PARAGRAPHS = 8;
/** … of at most this many characters each. */
const GAP_CHARS = 500;
/** A group line is short (`กฎหมาย`, `เศรษฐกิจ - สังคม`, `ต่างประเทศ`, `แต่งตั้ง`). */
const GROUP_CHARS = 40;
/** A `Title:` line is a title, not a paragraph of prose. */
const TITLE_CHARS = 2000;

/**
 * The headings of a release body.
 * @param markdown the body as written (from `releaseBody`)
 * @example outlineRelease('1. เรื่อง ก\n\n2. เรื่อง ข\n\n1. เรื่อง ก\n\nข้อความ\n\n2. เรื่อง ข\n\nข้อความ').headings.map((h) => h.id)
 * // ['item-1', 'item-2']
 */
export function outlineRelease(markdown: string): Outline {
  const lines = markdown.split('\n');
  const written = writtenHeadings(lines);
  if (written) return { headings: written };
  const body = new Body(paragraphsOf(lines));
  return agendaOutline(body) ?? numberedSubjects(body) ?? titledItems(body) ?? { headings: [] };
}

/** The ATX headings an editor wrote (outside fenced code), levels shifted so the highest is 2; null when none. */
function writtenHeadings(lines: readonly string[]): OutlineHeading[] | null {
  const found: { depth: number; text: string; line: number }[] = [];
  let fence: string | null = null;
  for (const [index, line] of lines.entries()) {
    const marker = FENCE.exec(line)?.[1];
    if (marker && (fence === null || marker[0] === fence[0])) {
      fence = fence === null ? marker : null;
      continue;
    }
    if (fence !== null) continue;
    const heading = ATX.exec(line);
    if (heading && heading[2]!.trim()) found.push({ depth: heading[1]!.length, text: heading[2]!.trim(), line: index });
  }
  if (!found.length) return null;
  const top = Math.min(...found.map(({ depth }) => depth));
  const ids = new Ids();
  return found.map(({ depth, text, line }) => {
    const numbered = NUMBERED.exec(text);
    const number = numbered ? arabic(numbered[1]!) : undefined;
    const level = depth === top ? 2 : 3;
    return number === undefined
      ? { kind: level === 2 && found.some((other) => other.depth > top) ? 'group' : 'item', id: ids.part(), level, text, title: text, line, lines: 1 }
      : { kind: 'item', id: ids.item(number), level, number, marker: `${numbered![1]}.`, text: numbered![2]!, title: numbered![2]!.replace(LABEL, ''), line, lines: 1 };
  });
}

/**
 * What `npm run check` reports about the headings an editor wrote: an item number used twice, as two items cannot
 * share the address `#item-N` (the second would get `#item-N-2`, which a correction could move).
 * @returns each problem with its 0-based line in the body
 * @example headingProblems('## 1. ก\n\n## 1. ข') // [{ line: 2, message: 'heading: item number 1 is already used on the heading 2 lines up; …' }]
 */
export function headingProblems(markdown: string): { line: number; message: string }[] {
  const headings = writtenHeadings(markdown.split('\n')) ?? [];
  const first = new Map<number, OutlineHeading>();
  const problems: { line: number; message: string }[] = [];
  for (const heading of headings) {
    if (heading.number === undefined) continue;
    const earlier = first.get(heading.number);
    if (!earlier) first.set(heading.number, heading);
    else {
      problems.push({
        line: heading.line,
        message: `heading: item number ${heading.number} is already used on the heading ${heading.line - earlier.line} lines up; give each item its own number (its address is #item-${heading.number})`,
      });
    }
  }
  return problems;
}

/** Paragraphs of the body; a fenced code block is one paragraph that matches nothing. */
function paragraphsOf(lines: readonly string[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = -1;
  let fence: string | null = null;
  const close = (end: number) => {
    if (start >= 0) paragraphs.push({ start, end, text: lines.slice(start, end).join(' ').trim(), first: lines[start]!.trim() });
    start = -1;
  };
  for (const [index, line] of lines.entries()) {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (marker && marker[0] === fence[0]) fence = null;
      continue;
    }
    if (marker) {
      close(index);
      fence = marker;
      paragraphs.push({ start: index, end: index + 1, text: '', first: '' });
      continue;
    }
    if (line.trim() === '') close(index);
    else if (start < 0) start = index;
  }
  close(lines.length);
  return paragraphs;
}

interface Numbered {
  number: number;
  numberText: string;
  rest: string;
}

/** The number and text of a paragraph's first line, when it starts with a number. */
function numbered(paragraph: Paragraph): Numbered | null {
  const match = NUMBERED.exec(paragraph.first);
  return match ? { number: arabic(match[1]!), numberText: match[1]!, rest: match[2]!.trim() } : null;
}

/** A title reduced for comparing an agenda entry with its repeat: no label, markup, spaces or punctuation. */
function key(text: string): string {
  return normalizeThai(text)
    .replace(LABEL, '')
    .replace(/\\(.)/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/[\s*_`"“”'‘’.,:;()[\]{}\-–—]+/g, '')
    .toLowerCase();
}

/** Whether two title keys are the same title: their first 24 characters (or all of the shorter) agree. */
function sameTitle(a: string, b: string): boolean {
  const length = Math.min(24, a.length, b.length);
  return length >= 3 && a.slice(0, length) === b.slice(0, length);
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}

/** The paragraphs of a body with their number and title key, each worked out once. */
class Body {
  private readonly numbers: (Numbered | null | undefined)[] = [];
  private readonly keys: (string | undefined)[] = [];
  constructor(readonly paragraphs: readonly Paragraph[]) {}
  get length(): number {
    return this.paragraphs.length;
  }
  text(index: number): string {
    return this.paragraphs[index]!.text;
  }
  numbered(index: number): Numbered | null {
    if (this.numbers[index] === undefined) this.numbers[index] = numbered(this.paragraphs[index]!);
    return this.numbers[index]!;
  }
  /** The key of the paragraph's title: its text after the number, if it has one. */
  key(index: number): string {
    this.keys[index] ??= key(this.numbered(index)?.rest ?? this.text(index));
    return this.keys[index]!;
  }
}

/** An entry of a release's own agenda. */
interface AgendaEntry {
  number: number;
  /** Its paragraph, or -1 for a number the agenda skips (`24.` then `26.`) whose item the text still has. */
  paragraph: number;
  /** Paragraphs after it in the agenda and before the next entry: group lines, the end of a wrapped title. */
  gap: number[];
}

/** The release's own numbered agenda and its repeats, as an outline; null when the body has none. */
function agendaOutline(body: Body): Outline | null {
  for (let first = 0; first < body.length; first++) {
    if (body.numbered(first)?.number !== 1) continue;
    const entries = agendaFrom(body, first);
    const labelled = entries.filter((entry) => entry.paragraph >= 0 && SUBJECT.test(body.numbered(entry.paragraph)!.rest)).length * 2 > entries.length;
    if (entries.length < (labelled ? 2 : 3)) continue;
    const outline = matchAgenda(body, entries);
    if (outline) return outline;
  }
  return null;
}

/**
 * The agenda starting at paragraph `first` (numbered 1), in the order it is written: entries numbered one more than
 * the last, or two more (the agenda skipped a number), or a number skipped before; up to `GAP_PARAGRAPHS` short
 * paragraphs between entries. It ends at a paragraph numbered 1 (the text's first item) or at anything else.
 */
function agendaFrom(body: Body, first: number): AgendaEntry[] {
  const entries: AgendaEntry[] = [{ number: 1, paragraph: first, gap: [] }];
  const skipped = new Set<number>();
  let highest = 1;
  for (let index = first + 1; index < body.length; index++) {
    const last = entries.at(-1)!;
    const number = body.numbered(index)?.number;
    if (number === highest + 1 || number === highest + 2 || (number !== undefined && skipped.has(number))) {
      if (number === highest + 2) skipped.add(highest + 1);
      skipped.delete(number);
      highest = Math.max(highest, number);
      entries.push({ number, paragraph: index, gap: [] });
    } else if (number !== 1 && last.gap.length < GAP_PARAGRAPHS && body.text(index).length <= GAP_CHARS) {
      last.gap.push(index);
    } else break;
  }
  return [...entries, ...[...skipped].map((number) => ({ number, paragraph: -1, gap: [] }))];
}

/**
 * Finds the repeat of each agenda entry after the agenda, in the order of their numbers: the next paragraph with the
 * entry's number and title; accepts the agenda when two of its subjects (`เรื่อง`), or half of the entries of another
 * list (and three), come back with text after them. A repeat whose
 * title differs (a typo, a word added) is then looked for between its neighbours' repeats: the entry's number with
 * the label `เรื่อง` on both sides, or the title's first words.
 */
function findRepeats(body: Body, entries: readonly AgendaEntry[]): Map<number, number> | null {
  const byNumber = [...entries].sort((a, b) => a.number - b.number);
  const end = Math.max(...entries.map((entry) => entry.paragraph));
  const repeats = new Map<number, number>();
  let cursor = end + 1;
  for (const entry of byNumber) {
    if (entry.paragraph < 0) continue;
    const wanted = body.key(entry.paragraph);
    for (let index = cursor; index < body.length; index++) {
      if (body.numbered(index)?.number === entry.number && sameTitle(wanted, body.key(index))) {
        repeats.set(entry.number, index);
        cursor = index + 1;
        break;
      }
    }
  }
  const labelled = entries.filter((entry) => entry.paragraph >= 0 && SUBJECT.test(body.numbered(entry.paragraph)!.rest)).length * 2 > entries.length;
  // An agenda of subjects (`เรื่อง`) is one even when the text stops early; an ordinary list must mostly come back.
  const enough = labelled ? 2 : Math.max(3, Math.ceil(entries.length / 2));
  if (repeats.size < enough) return null;
  for (const [position, entry] of byNumber.entries()) {
    if (repeats.has(entry.number)) continue;
    const after = Math.max(end, ...byNumber.slice(0, position).map((other) => repeats.get(other.number) ?? -1));
    const before = Math.min(body.length, ...byNumber.slice(position + 1).map((other) => repeats.get(other.number) ?? Infinity));
    for (let index = after + 1; index < before; index++) {
      const candidate = body.numbered(index);
      if (candidate?.number !== entry.number) continue;
      const subject = labelled && SUBJECT.test(candidate.rest);
      if (subject || (entry.paragraph >= 0 && commonPrefix(body.key(entry.paragraph), body.key(index)) >= 8)) {
        repeats.set(entry.number, index);
        break;
      }
    }
  }
  return withText(body, [...repeats.values()]) ? repeats : null;
}

/**
 * The outline of a release with its own agenda: each repeat an item heading; each gap paragraph of the agenda that
 * the text has again between two repeats a group heading there (or, right after the previous repeat, the end of
 * that item's wrapped title); a short one the text does not repeat a group heading added before its item, unless
 * it ends the previous title.
 */
function matchAgenda(body: Body, entries: readonly AgendaEntry[]): Outline | null {
  const repeats = findRepeats(body, entries);
  if (!repeats) return null;
  const written = entries.filter((entry) => entry.paragraph >= 0);
  const last = written.at(-1)!;
  // The gap before an entry is the one after the entry written before it; before the first, a group line.
  const gapBefore = new Map<number, number[]>(written.map((entry, position) => [entry.number, position ? written[position - 1]!.gap : leadingGroup(body, entry.paragraph)]));
  const ids = new Ids();
  const headings: OutlineHeading[] = [];
  let agendaStart = written[0]!.paragraph;
  let previous: { repeat: number; heading: OutlineHeading } | undefined;
  for (const entry of [...entries].sort((a, b) => a.number - b.number)) {
    const repeat = repeats.get(entry.number);
    if (repeat === undefined) continue;
    for (const index of gapBefore.get(entry.number) ?? []) {
      const wanted = body.key(index);
      const found = findBetween(previous?.repeat ?? last.paragraph, repeat, (other) => body.key(other) === wanted);
      if (found !== undefined && previous && found === previous.repeat + 1 && found < repeat - 1) {
        extend(previous.heading, body.paragraphs[found]!);
      } else if (found !== undefined && groupLine(body.paragraphs[found]!)) {
        headings.push(groupHeading(ids, body.paragraphs[found]!));
        if (entry.number === 1) agendaStart = Math.min(agendaStart, index);
      } else if (found === undefined && entry.number > 1 && groupLine(body.paragraphs[index]!) && !(previous && key(previous.heading.text).includes(wanted))) {
        headings.push({ ...groupHeading(ids, body.paragraphs[index]!), line: body.paragraphs[repeat]!.start, lines: 0 });
      }
    }
    const heading = itemHeading(ids, body.paragraphs[repeat]!, body.numbered(repeat)!);
    headings.push(heading);
    previous = { repeat, heading };
  }
  // The agenda ends with its last entry and the end of that entry's wrapped title (which the repeat holds, or has
  // in the paragraph after it); the group line of the first item and anything else after it are the text's.
  let agendaEnd = last.paragraph;
  const lastRepeat = repeats.get(last.number);
  const lastHeading = headings.findLast((heading) => heading.kind === 'item' && heading.number === last.number);
  for (const index of last.gap) {
    if (lastRepeat === undefined || !lastHeading || headings.some((heading) => heading.lines && heading.line === body.paragraphs[index]!.start)) break;
    if (lastRepeat + 1 < body.length && body.key(lastRepeat + 1) === body.key(index)) extend(lastHeading, body.paragraphs[lastRepeat + 1]!);
    else if (!key(lastHeading.text).includes(body.key(index))) break;
    agendaEnd = index;
  }
  const complete = repeats.size === entries.length;
  return { headings: leveled(headings), ...(complete && { agenda: { start: body.paragraphs[agendaStart]!.start, end: body.paragraphs[agendaEnd]!.end } }) };
}

/** The short, unnumbered paragraph right before paragraph `index`, if any: the group line of an agenda's first entry. */
function leadingGroup(body: Body, index: number): number[] {
  return index > 0 && groupLine(body.paragraphs[index - 1]!) ? [index - 1] : [];
}

/** The last paragraph strictly between `after` and `before` that passes `test`. */
function findBetween(after: number, before: number, test: (index: number) => boolean): number | undefined {
  for (let index = before - 1; index > after; index--) if (test(index)) return index;
  return undefined;
}

/** Adds a paragraph, the end of a title wrapped over two, to a heading, when only a blank line is between them. */
function extend(heading: OutlineHeading, paragraph: Paragraph): void {
  if (paragraph.start - (heading.line + heading.lines) > 1 || /^[-*+•]/.test(paragraph.text)) return;
  heading.text = `${heading.text} ${paragraph.text}`;
  heading.title = `${heading.title} ${paragraph.text}`;
  heading.lines = paragraph.end - heading.line;
}

function groupHeading(ids: Ids, paragraph: Paragraph): OutlineHeading {
  return { kind: 'group', id: ids.part(), level: 2, text: paragraph.text, title: paragraph.text, line: paragraph.start, lines: paragraph.end - paragraph.start };
}

/** Whether a paragraph can be a group line: one short line that is not a list item (`-`, `3.2`). */
function groupLine(paragraph: Paragraph): boolean {
  return paragraph.end - paragraph.start === 1 && paragraph.text.length <= GROUP_CHARS && !/^[-*+•0-9๐-๙]/.test(paragraph.text);
}

function itemHeading(ids: Ids, paragraph: Paragraph, { number, numberText, rest }: Numbered): OutlineHeading {
  const text = rest.replace(/\s+/g, ' ');
  return { kind: 'item', id: ids.item(number), level: 2, number, marker: `${numberText}.`, text, title: text.replace(LABEL, ''), line: paragraph.start, lines: 1 };
}

/** Paragraphs `1. เรื่อง …`, `2. เรื่อง …` … in order (three at least), when the release has no agenda. */
function numberedSubjects(body: Body): Outline | null {
  const ids = new Ids();
  const headings: OutlineHeading[] = [];
  const found: number[] = [];
  for (const [index, paragraph] of body.paragraphs.entries()) {
    const item = body.numbered(index);
    if (item && SUBJECT.test(item.rest) && item.number === headings.length + 1) {
      headings.push(itemHeading(ids, paragraph, item));
      found.push(index);
    }
  }
  if (!withText(body, found)) return null;
  return headings.length >= 3 ? { headings } : null;
}

/** Paragraphs `Title: …` (two at least), items numbered by their order; the heading drops the label, as a heading says it. */
function titledItems(body: Body): Outline | null {
  const ids = new Ids();
  const headings: OutlineHeading[] = [];
  const found: number[] = [];
  for (const [index, paragraph] of body.paragraphs.entries()) {
    const title = TITLE_LINE.exec(paragraph.first)?.[1];
    if (!title || paragraph.first.length > TITLE_CHARS) continue;
    found.push(index);
    headings.push({ kind: 'item', id: ids.item(headings.length + 1), level: 2, text: title.trim(), title: title.trim(), line: paragraph.start, lines: 1 });
  }
  return headings.length >= 2 && withText(body, found) ? { headings } : null;
}

/**
 * Whether most of the would-be headings (at paragraphs `indices`) have text of their own after them: the rows of a
 * table repeated twice, or a list of one-line items, are not sections.
 */
function withText(body: Body, indices: readonly number[]): boolean {
  const sorted = [...indices].sort((a, b) => a - b);
  const followed = sorted.filter((index, position) => (sorted[position + 1] ?? body.length) - index > 1).length;
  return followed * 2 >= sorted.length;
}

/** Items go one level under groups when the release has groups. */
function leveled(headings: OutlineHeading[]): OutlineHeading[] {
  if (!headings.some((heading) => heading.kind === 'group')) return headings;
  return headings.map((heading) => (heading.kind === 'item' ? { ...heading, level: 3 } : heading));
}

/** Element ids, unique within a release: a repeated item number gets `item-17-2`. */
class Ids {
  private parts = 0;
  private readonly used = new Map<string, number>();
  part(): string {
    this.parts += 1;
    return `part-${this.parts}`;
  }
  item(number: number): string {
    const id = `item-${number}`;
    const seen = (this.used.get(id) ?? 0) + 1;
    this.used.set(id, seen);
    return seen === 1 ? id : `${id}-${seen}`;
  }
}

/** A number written in Arabic or Thai digits. */
function arabic(digits: string): number {
  return Number(digits.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50)));
}
