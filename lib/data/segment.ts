import { gzipSync } from 'node:zlib';
import { stringify } from 'csv-stringify/sync';
import { readBody, versionsOf, type Story } from '../content';
import { rowFields, toRow, type ReleaseRow, type RowContext } from './row';

/**
 * The encoder of the bulk files, their one owner. A year's files are made of segments, one per day of releases,
 * newest first, each encoded on its own so that a publication re-encodes only the days it changed and copies the
 * others' bytes:
 * - JSON Lines: one row per line (UTF-8, `\n`); each day is one gzip member, and the file is their concatenation,
 *   which every gzip reader reads as one stream (RFC 1952 §2.2: "a gzip file consists of a series of members");
 * - CSV: RFC 4180 (fields with a comma, quote or line break quoted, quotes doubled), records ended by CRLF, after a
 *   UTF-8 byte-order mark and a header line so that Excel opens Thai as Thai; lists and objects as JSON text, null as
 *   an empty field.
 */

/**
 * gzip level of the JSON Lines files. Measured on the sample's releases on this 2-core machine: level 1 compresses
 * ~58 MB/s to 4.4×, level 3 ~38 MB/s to 5.2×, level 6 ~11 MB/s to 6.3×; level 3 keeps a cold build of every file
 * of the full archive within its time.
 */
export const GZIP_LEVEL = 3;

/** A day's releases to encode: the stories (newest first) and what their rows need. */
export interface SegmentJob {
  /** `2018-12-07` */
  key: string;
  /** The content root, where the release files are. */
  root: string;
  stories: Story[];
  context: RowContext;
}

export interface EncodedSegment {
  rows: number;
  /** CSV records, without the byte-order mark and header (see `csvHead`). */
  csv: Uint8Array;
  /** One gzip member of JSON Lines. */
  jsonl: Uint8Array;
}

/** The rows of a day: each story's versions, Thai first, in the order of `stories`. */
export function segmentRows(job: Pick<SegmentJob, 'root' | 'stories' | 'context'>): ReleaseRow[] {
  return job.stories.flatMap((story) => versionsOf(story).map((release) => toRow(job.context, story, release, readBody({ root: job.root }, release))));
}

/** Reads, converts and encodes one day (on a worker thread when many days are to be encoded). */
export function encodeSegment(job: SegmentJob): EncodedSegment {
  const rows = segmentRows(job);
  return { rows: rows.length, csv: Buffer.from(csvRecords(rows)), jsonl: gzipSync(rows.map(jsonLine).join(''), { level: GZIP_LEVEL }) };
}

/** A row as one line of JSON Lines, `\n` included. */
export function jsonLine(row: ReleaseRow): string {
  return `${JSON.stringify(row)}\n`;
}

/** CRLF after each record; a field holding a line break (CR or LF alone too) is quoted. */
const csvOptions = { record_delimiter: 'windows', quote_record_delimiter: true } as const;

/** The start of every CSV file: the UTF-8 byte-order mark, then the header line. */
export const csvHead = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(stringify([rowFields], csvOptions))]);

/** Rows as CSV records, each ended by CRLF. */
export function csvRecords(rows: ReleaseRow[]): string {
  return stringify(
    rows.map((row) => rowFields.map((field) => csvCell(row[field]))),
    csvOptions,
  );
}

function csvCell(value: ReleaseRow[keyof ReleaseRow]): string {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
