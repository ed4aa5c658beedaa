import { gzipSync } from 'node:zlib';
import { plainText } from '../../markdown';
import { encodeDoc, type DocSection } from '../format';
import { analyze, INDEXED_CHARS, SECTIONED_CHARS, type Analysis, type TermNumbering } from './analyze';
import { recordBody, type SearchRecord } from './records';
import { docSections } from './sections';

/** How much of a release's text a result carries for its excerpt (the first characters of its plain text). */
export const EXCERPT_CHARS = 1500;

/** What one release gives the index: its analysis (term numbers of the numbering given) and its result file (gzip JSON). */
export interface Prepared {
  analysis: Analysis;
  doc: Uint8Array;
}

/** Reads, analyzes and packs one release: the per-release work of a build, done on every core (see `pool.ts`). */
export function prepare(record: SearchRecord, numbering: TermNumbering): Prepared {
  const body = recordBody(record);
  const text = plainText(body);
  const sections = docSections(body);
  return { analysis: analyze(record.title, text, numbering, sections.length ? SECTIONED_CHARS : INDEXED_CHARS), doc: docFile(record, text, sections) };
}

/** A release's result file (gzip): what a search result shows of it, with the opening of its text and its items. */
export function docFile(record: SearchRecord, text: string, sections: DocSection[]): Uint8Array {
  const excerptText = text.length > EXCERPT_CHARS ? text.slice(0, EXCERPT_CHARS) : text;
  // Copied into a buffer of its own size: zlib returns a view of a 64 KB buffer that Node.js 24 marks untransferable,
  // so a worker thread could not hand it over (pool.ts), and each result file would hold 64 KB until it is written.
  return new Uint8Array(gzipSync(encodeDoc({ ...record, text: excerptText, sections }), { level: 4 }));
}
