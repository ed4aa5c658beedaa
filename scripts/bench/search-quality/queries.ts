import { readFileSync } from 'node:fs';

/**
 * The benchmark's queries (`queries.tsv`): one line each, tab-separated, after a header line:
 * `kind  lang  legacyId  query  why  title`. `lang` is the search page the reader is on (`th` or `en`), `legacyId` and
 * `title` name the release the reader wants, `why` says in one line why a reader would type this.
 * The queries were written by reading the releases of the sample before any change to the engine, and stay fixed.
 */

export const QUERIES_FILE = new URL('./queries.tsv', import.meta.url);

const COLUMNS = ['kind', 'lang', 'legacyId', 'query', 'why', 'title'] as const;

export interface Query {
  kind: string;
  lang: 'th' | 'en';
  legacyId: number;
  query: string;
  why: string;
  title: string;
  /** Where the query is written, `queries.tsv:<line>`. */
  at: string;
}

/**
 * Parses the queries file; every malformed line is reported as `file:line: problem`, all at once.
 * @example parseQueries('kind\tlang\tlegacyId\tquery\twhy\ttitle\ntypo\tth\t42\tคำ\tเพราะ\tชื่อ', 'q.tsv')[0].legacyId // 42
 */
export function parseQueries(text: string, name: string): Query[] {
  const lines = text.split('\n');
  const problems: string[] = [];
  if (lines[0] !== COLUMNS.join('\t')) problems.push(`${name}:1: the header must be the columns ${COLUMNS.join(', ')}, tab-separated`);
  const queries: Query[] = [];
  lines.slice(1).forEach((line, i) => {
    const at = `${name}:${i + 2}`;
    if (!line.trim()) return;
    const cells = line.split('\t');
    if (cells.length !== COLUMNS.length) return problems.push(`${at}: ${cells.length} columns, expected ${COLUMNS.length} (${COLUMNS.join(', ')}) separated by tabs`);
    const [kind, lang, id, query, why, title] = cells as [string, string, string, string, string, string];
    if (lang !== 'th' && lang !== 'en') return problems.push(`${at}: lang is "${lang}"; write th or en`);
    if (!/^\d+$/.test(id)) return problems.push(`${at}: legacyId "${id}" is not a number`);
    if (!kind || !query.trim() || !why.trim() || !title.trim()) return problems.push(`${at}: kind, query, why and title must all be filled in`);
    queries.push({ kind, lang, legacyId: Number(id), query, why, title, at });
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return queries;
}

/** The project's queries. */
export function loadQueries(): Query[] {
  return parseQueries(readFileSync(QUERIES_FILE, 'utf8'), 'scripts/bench/search-quality/queries.tsv');
}
