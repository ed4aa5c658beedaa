import { stripUnsafeCharacters } from '../text';
import { normalizeThai, parseThaiDate } from '../thai';
import type { AgencyFinder } from './agencies';
import { categoryOfPath, categoryOfSection, SECTION_NAMES } from './sections';

/**
 * One thaigov.go.th page, as scraped into the corpus (see ../shared/corpus/README.md), read into a release:
 *
 * ```
 * รัฐบาลไทย-<section>-<title>          → title (and the fallback section)
 * วันศุกร์ที่ 7 ธันวาคม 2561            → date, read by lib/thai's parseThaiDate
 * 07/12/2561 · 6,690 · พิมพ์ · <title again> → dropped (page chrome and the repeated title)
 * กระทรวงดิจิทัลฯ                      → agency header: agency, dropped
 * <paragraphs>                         → body, one paragraph per line, page chrome removed
 * ที่มา : https://www.thaigov.go.th/news/contents/details/17391 → source and legacyId
 * ```
 * Control and bidi-override characters are removed (the rule is in lib/text/hygiene.ts), so every release imported
 * passes `npm run check`. Pure: text in, release or reject reason out; nothing here touches the disk; never throws.
 */

/** Why a page is not imported. */
export type RejectReason = 'empty' | 'placeholder' | 'no-url' | 'no-date' | 'no-title' | 'too-short';

/** What a page holds, before it becomes a Markdown file. Text is as written, after lib/thai's normalizeThai only. */
export interface ThaigovRelease {
  title: string;
  /** ISO date of the date line. */
  date: string;
  legacyId: number;
  source: string;
  category?: string;
  agency?: string;
  /** The hashtags, without `#`, in order of first appearance. */
  tags: string[];
  /** The body, one entry per paragraph (a hard-wrapped English paragraph keeps its `\n`s), plain text. */
  paragraphs: string[];
}

export type ThaigovResult = { ok: true; release: ThaigovRelease } | { ok: false; reason: RejectReason; message: string };

/**
 * Below this many characters of body text (whitespace not counted) a page is a caption or an empty shell, not a
 * release. Measured: the shortest real releases in the corpus are two-sentence notices of about 150 characters.
 */
export const MIN_BODY_CHARS = 80;

const SITE_PREFIX = 'รัฐบาลไทย-';
const PLACEHOLDER_DATE = '1970-01-01';
/** `วันศุกร์ที่ 7 ธันวาคม 2561`, Thai or Arabic digits; parseThaiDate then checks it names a real day and weekday. */
const DATE_LINE = /^วัน\S+ที่\s*[0-9๐-๙]{1,2}\s+\S+\s+[0-9๐-๙]{4}$/;
const SOURCE_LINE = /^ที่มา\s*:\s*(https?:\/\/(?:www\.)?thaigov\.go\.th\/news\/contents\/details\/(\d+))$/;
/** The page's own date again, `07/12/2561`, which the site prints under the date line. */
const SHORT_DATE_LINE = /^[0-9๐-๙]{1,2}\/[0-9๐-๙]{1,2}\/[0-9๐-๙]{4}$/;
/** The page-view counter (`6,690`) some 2017 pages show under the date line. */
const VIEW_COUNTER = /^\d{1,3}(?:,\d{3})*$/;

/** Lines of page chrome: the print button, the photo-album and video widgets' labels, pasted CSS rules, a lone HTML tag. */
const CHROME_LINE = /^(?:พิมพ์|อัลบั้มภาพ|Your browser does not support the (?:audio element|video tag)\.|(?:@page|[a-z]+\.[\w-]+)\s*\{[^{}]*\}|<[a-z]+(?:\s[^<>]*)?>)$/i;
/** The video player's script block starts with this line and ends with a line `});`. */
const SCRIPT_START = /^\$\(["']#video-player/;
const SCRIPT_END = '});';
/** Everything after this line is the site's list of related headlines. */
const RELATED_HEADER = 'ข่าวที่เกี่ยวข้อง';
/** A line of separator characters only: `.....`, `---------`, a lone `.`, `*****`, `- -`, `+++`. */
const SEPARATOR_LINE = /^[\s.…\-–—_=*+~#•·]+$/u;
/** A separator run glued to text (`*****12 มกราคม 2564`): the run goes, the text stays. */
const LEADING_SEPARATOR = /^(?:[*=_~]{3,}|-{5,})\s*/;

/**
 * A hard-wrapped English line goes on in the next (`…, the cabinet, in` / `its special session …`): the two stay
 * one paragraph, with the line break kept. Thai text has no letter case, so this never joins Thai lines.
 */
const CONTINUES = /[A-Za-z,;]$/;
const CONTINUATION = /^(?!https?:|www\.)[a-z]/;

/** Punctuation that may stand between hashtags (`#PRESSRELEASE | …`, `#KEYMESSAGE : #สันติสุข`). */
const TAG_GLUE = /^[|:,•]+$/;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/**
 * Reads one corpus page.
 * @param text the file's text (a byte-order mark and CRLF line ends are fine)
 * @param path the file's path inside its archive or folder: the section is read from it (`23/ด้านสังคม_215.txt`)
 * @param agencies the agency finder built from the registry
 * @example parseThaigov(seedText, '23/ด้านสังคม_215.txt', finder)
 * // { ok: true, release: { title: 'กระทรวงดิจิทัลฯ เผยที่ประชุม TELMIN …', date: '2018-12-07', legacyId: 17391, agency: 'mdes', category: 'society', … } }
 */
export function parseThaigov(text: string, path: string, agencies: AgencyFinder): ThaigovResult {
  const lines = blankChrome(normalizeThai(stripUnsafeCharacters(text)).split(/\r\n?|\n/).map((line) => line.trim()));
  const filled = lines.flatMap((line, index) => (line ? [index] : []));
  if (filled.length === 0) return reject('empty', 'the page is empty: nothing to import');

  const [titleAt, dateAt = titleAt] = filled as [number, number?];
  const lastAt = filled.at(-1)!;
  const dateLine = lines[dateAt]!;
  const date = DATE_LINE.test(dateLine) ? parseThaiDate(dateLine) : null;
  if (date?.start === PLACEHOLDER_DATE) return reject('placeholder', `a placeholder page dated "${dateLine}" (1 January 1970) with no release behind it: nothing to import`);

  const source = SOURCE_LINE.exec(lines[lastAt]!);
  if (!source) return reject('no-url', 'no "ที่มา : https://www.thaigov.go.th/news/contents/details/<id>" line at the end, so its id and source are unknown; add that line');
  if (!date || date.end) return reject('no-date', `no date line such as "วันศุกร์ที่ 7 ธันวาคม 2561" after the title (found "${clip(dateLine)}"); add the publication date line`);

  const { title, category: titleCategory } = readTitle(lines[titleAt]!);
  if (!title) return reject('no-title', 'the first line has no title after "รัฐบาลไทย-<section>-"; write the title there');

  const header = skipHeader(lines, dateAt + 1, lastAt, [title, dateLine]);
  const agencyLine = lines[header];
  const headerAgency = agencyLine ? agencies.exact(agencyLine) : undefined;
  const { paragraphs, tags } = readBody(lines.slice(headerAgency ? header + 1 : header, lastAt));
  const length = bodyLength(paragraphs);
  if (length < MIN_BODY_CHARS) return reject('too-short', `the body has ${length} characters, too short for a release (at least ${MIN_BODY_CHARS}): a photo caption or an empty page; add the release text to import it`);

  return {
    ok: true,
    release: {
      title,
      date: date.start,
      legacyId: Number(source[2]),
      source: source[1]!,
      category: categoryOfPath(path) ?? titleCategory,
      agency: headerAgency ?? agencies.first(title) ?? agencies.first(paragraphs[0] ?? ''),
      tags,
      paragraphs,
    },
  };
}

/** Characters of body text, whitespace not counted; stops counting once there are enough for a release. */
function bodyLength(paragraphs: string[]): number {
  let length = 0;
  for (const paragraph of paragraphs) {
    length += paragraph.replace(/\s+/g, '').length;
    if (length >= MIN_BODY_CHARS) break;
  }
  return length;
}

function reject(reason: RejectReason, message: string): ThaigovResult {
  return { ok: false, reason, message };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-<title>` → the title and the section's category; HTML entities of the page title decoded. */
function readTitle(line: string): { title: string; category?: string } {
  const collapsed = decodeEntities(line).replace(/\s+/g, ' ');
  if (!collapsed.startsWith(SITE_PREFIX)) return { title: collapsed.trim() };
  const rest = collapsed.slice(SITE_PREFIX.length);
  const section = SECTION_NAMES.find((name) => rest.startsWith(`${name}-`));
  if (!section) return { title: rest.trim() };
  return { title: rest.slice(section.length + 1).trim(), category: categoryOfSection(section) };
}

/**
 * `&amp;`, `&quot;`, `&#3585;` … decoded. A numeric entity that names no character a release may hold is dropped:
 * past U+10FFFF (`&#99999999;`), a surrogate, or a control or bidi-override character (`&#0;`, `&#27;`, `&#8238;`).
 * An unknown named entity stays as written.
 */
function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|[a-z]+);/g, (entity, name: string) => {
    if (!name.startsWith('#')) return ENTITIES[name] ?? entity;
    const code = Number(name.slice(1));
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
    return stripUnsafeCharacters(String.fromCodePoint(code));
  });
}

/** The lines with the page chrome (the video player's script, the print button, widget labels, CSS) blanked. */
function blankChrome(lines: string[]): string[] {
  for (const [index, line] of lines.entries()) {
    if (SCRIPT_START.test(line)) {
      const end = lines.indexOf(SCRIPT_END, index);
      lines.fill('', index, end === -1 ? index + 1 : end + 1);
    } else if (CHROME_LINE.test(line)) {
      lines[index] = '';
    }
  }
  return lines;
}

/**
 * Index of the first line after the date line that is not blank, `07/12/2561`, a view counter, or a repeat of the
 * title or of the date line.
 */
function skipHeader(lines: string[], from: number, to: number, repeats: string[]): number {
  const keys = new Set(repeats.map((line) => line.replace(/\s+/g, '')));
  let index = from;
  while (index < to) {
    const line = lines[index]!;
    const chrome = !line || SHORT_DATE_LINE.test(line) || VIEW_COUNTER.test(line);
    if (!chrome && !keys.has(decodeEntities(line).replace(/\s+/g, ''))) break;
    index += 1;
  }
  return index;
}

/** The body lines → paragraphs and hashtags, with the related headlines, separators and edge hashtags taken out. */
function readBody(lines: string[]): { paragraphs: string[]; tags: string[] } {
  const paragraphs: string[] = [];
  const tags = new Map<string, string>();
  for (const line of lines) {
    if (line === RELATED_HEADER) break;
    if (!line || SEPARATOR_LINE.test(line)) continue;
    const text = takeHashtags(line.replace(LEADING_SEPARATOR, ''), tags);
    if (!text || SEPARATOR_LINE.test(text)) continue;
    const previous = paragraphs.length - 1;
    if (previous >= 0 && CONTINUES.test(paragraphs[previous]!) && CONTINUATION.test(text)) paragraphs[previous] += `\n${text}`;
    else paragraphs.push(text);
  }
  return { paragraphs, tags: [...tags.values()] };
}

/** The hashtags of a word: `#ไทยคู่ฟ้า#สื่อสารรัฐบาลไทย` → both; `#000000` or `C#` → none (a tag has a letter). */
function hashtagsOf(word: string): string[] {
  return word
    .split('#')
    .slice(1)
    .map((tag) => tag.replace(/[.,:;!?"'”’)\]]+$/u, ''))
    .filter((tag) => /\p{L}/u.test(tag));
}

/** A word made only of hashtags. */
function isHashtagWord(word: string): boolean {
  return word.startsWith('#') && word.split('#').slice(1).every((tag) => /\p{L}/u.test(tag));
}

/**
 * Adds the line's hashtags to `tags` (first spelling kept, compared case-insensitively) and returns the line
 * without the hashtags at its start and end (with the `|` or `:` between them). Hashtags inside a sentence stay,
 * as the sentence needs them (`เปิดตัว #คนไทยรู้ทัน สร้างภูมิคุ้มกัน`). Word by word, so no regex backtracks over
 * long unspaced Thai text.
 */
function takeHashtags(line: string, tags: Map<string, string>): string {
  if (!line.includes('#')) return line;
  const parts = line.split(/(\s+)/);
  for (const word of parts) {
    for (const tag of hashtagsOf(word)) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  }
  const removable = (part: string) => !part.trim() || isHashtagWord(part) || TAG_GLUE.test(part);
  let start = 0;
  while (start < parts.length && removable(parts[start]!)) start += 1;
  if (!parts.slice(0, start).some(isHashtagWord)) start = 0;
  let end = parts.length;
  while (end > start && removable(parts[end - 1]!)) end -= 1;
  if (!parts.slice(end).some(isHashtagWord)) end = parts.length;
  return parts.slice(start, end).join('').trim();
}
