import yaml from 'js-yaml';
import type { z } from 'zod';
import { headingProblems, markdownExcess, markdownLimits } from '../markdown';
import { decodeUtf8, unsafeCharacter } from '../text';
import { frontMatterFields, frontMatterSchema, releasePathPattern, type KnownIds, type Release } from './schema';
import { slugPattern } from './slug';
import { plainExcerpt } from './excerpt';
import { FrontMatterError, MAX_FRONT_MATTER_CHARS, readFrontMatter } from './front-matter';

/** A file longer than this is refused before its front matter is parsed (the delimiter lines are the 16). */
const MAX_FILE_CHARS = MAX_FRONT_MATTER_CHARS + markdownLimits.chars + 16;

/** One problem in one content file, located by its line in the whole file (1-based). */
export interface ContentError {
  file: string;
  line: number;
  message: string;
}

/** `content/news/2018/x.th.md:7: agency: unknown agency "mdx" (known: mdes, …)` */
export function formatContentError({ file, line, message }: ContentError): string {
  return `${file}:${line}: ${message}`;
}

export type ParseResult = { release: Release; errors: [] } | { release: null; errors: ContentError[] };

/**
 * `parseReleaseFile` on a file's bytes: a file that is not valid UTF-8 is an error at the line of its first bad byte
 * (it would otherwise publish `����`).
 */
export function parseReleaseBytes(file: string, bytes: Uint8Array, known: KnownIds): ParseResult {
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return parseReleaseFile(file, decoded.text, known);
  return { release: null, errors: [{ file, line: decoded.line, message: 'file: not UTF-8 text (an invalid byte on this line); save the file as UTF-8' }] };
}

/**
 * Parse and validate one release file.
 * @param file path relative to the project root, e.g. `content/news/2018/2018-12-07-telmin-18.th.md`
 * @param text the file's contents
 * @returns the release, or every problem found in it (never both, never throws)
 */
export function parseReleaseFile(file: string, text: string, known: KnownIds): ParseResult {
  const fail = (line: number, message: string): ParseResult => ({ release: null, errors: [{ file, line, message }] });

  const where = releasePathPattern.exec(file);
  const slug = where?.[2] ?? '';
  if (!where || !slugPattern.test(slug)) {
    return fail(1, 'file name: a release is news/<CE year>/<slug>.th.md or .en.md, with a slug such as 2018-12-07-telmin-18 (lowercase a-z, 0-9 and -, starting with the ISO date)');
  }
  if (!/^\uFEFF?---\r?\n/.test(text)) {
    return fail(1, 'front matter: start the file with a line "---", then title: and date:, then "---"');
  }

  if (text.length > MAX_FILE_CHARS) {
    return fail(1, `file: ${text.length.toLocaleString('en')} characters, more than a release can hold (a body of at most ${markdownLimits.chars.toLocaleString('en')} and front matter of at most ${MAX_FRONT_MATTER_CHARS.toLocaleString('en')}); split the release or cut pasted material`);
  }

  let parsed: ReturnType<typeof readFrontMatter>;
  try {
    parsed = readFrontMatter(text);
  } catch (error) {
    if (error instanceof FrontMatterError) return fail(error.line, error.message);
    if (error instanceof yaml.YAMLException) {
      // gray-matter hands js-yaml the text after the opening `---` including its newline: mark.line 1 is file line 2.
      return fail(error.mark.line + 1, `front matter: YAML syntax error: ${error.reason} (check quotes, colons and indentation)`);
    }
    throw error;
  }

  const lineOf = (key: PropertyKey | undefined) => frontMatterLine(text, String(key));

  const result = frontMatterSchema(known).safeParse(parsed.data);
  if (!result.success) {
    return { release: null, errors: result.error.issues.flatMap((issue) => describeIssue(file, issue, parsed.data, lineOf)) };
  }
  const data = result.data;

  const errors: ContentError[] = [];
  if (where[1] !== data.date.slice(0, 4)) {
    errors.push({ file, line: lineOf('date'), message: `date: ${data.date} belongs in news/${data.date.slice(0, 4)}/, not news/${where[1]}/` });
  }
  const slugDate = slugPattern.exec(slug)?.[1];
  if (slugDate !== data.date) {
    errors.push({ file, line: lineOf('date'), message: `date: ${data.date} does not match the date the slug starts with (${slugDate}); rename the file or fix the date` });
  }
  const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length;
  if (parsed.content.trim() === '') {
    errors.push({ file, line: bodyLine, message: 'body: the release has no text below the front matter' });
  }
  errors.push(...bodyErrors(parsed.content).map(({ line, message }) => ({ file, line: bodyLine + line - 1, message })));
  if (errors.length) return { release: null, errors };

  const release: Release = {
    ...data,
    slug,
    lang: where[3] === 'en' ? 'en' : 'th',
    file,
    excerpt: data.summary ?? plainExcerpt(parsed.content),
    bodyLine,
  };
  return { release, errors: [] };
}

/**
 * The Markdown body of a release file's text, exactly as written: everything from the start of line `bodyLine`
 * (1-based, as `parseReleaseFile` found it) on, or '' when the text has fewer lines. Pages, feeds and the search
 * index all read a body with it, so they agree on where it starts.
 * @example releaseBody('---\ntitle: x\n---\n\nText\n', 4) // '\nText\n'
 */
export function releaseBody(text: string, bodyLine: number): string {
  let at = 0;
  for (let line = 1; line < bodyLine; line++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return '';
    at = next + 1;
  }
  return text.slice(at);
}

/** What is wrong with a Markdown body (beyond being empty), each at its 1-based line in the body. */
function bodyErrors(body: string): { line: number; message: string }[] {
  if (body.length > markdownLimits.chars) {
    return [{ line: 1, message: `body: ${body.length.toLocaleString('en')} characters (at most ${markdownLimits.chars.toLocaleString('en')}); split the release in two or cut pasted material` }];
  }
  const errors: { line: number; message: string }[] = [];
  const unsafe = unsafeCharacter(body);
  if (unsafe) {
    const line = body.slice(0, unsafe.index).split('\n').length;
    errors.push({ line, message: `body: control or bidi-override character ${unsafe.codePoint}; delete it (it is invisible in most editors)` });
  }
  const excess = markdownExcess(body);
  if (excess) errors.push({ line: excess.line, message: `body: ${excess.message}` });
  errors.push(...headingProblems(body).map(({ line, message }) => ({ line: line + 1, message: `body: ${message}` })));
  return errors;
}

/** The line (1-based, in the whole file) where front-matter field `key` is written, or 1 when it is not. */
export function frontMatterLine(text: string, key: string): number {
  const lines = text.split(/\r?\n/);
  const end = lines.indexOf('---', 1);
  const index = lines.slice(0, end === -1 ? undefined : end).findIndex((line, i) => i > 0 && line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

function describeIssue(file: string, issue: z.core.$ZodIssue, data: Record<string, unknown>, lineOf: (key: PropertyKey | undefined) => number): ContentError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ file, line: lineOf(key), message: `${key}: unknown field (fields are ${frontMatterFields.join(', ')})` }));
  }
  const key = issue.path[0];
  const field = issue.path.join('.') || 'front matter';
  const missing = issue.code === 'invalid_type' && key !== undefined && valueAt(data, issue.path) === undefined;
  return [{ file, line: lineOf(key), message: `${field}: ${missing ? `required field is missing` : issue.message}` }];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}
