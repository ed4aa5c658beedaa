import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../files';

/**
 * Remembers what each release analyzed to (its terms, their counts, its length) between index builds, so that
 * adding one release to 90,000 re-segments one release: segmentation is most of a full build. A release is known by
 * its file, size and mtime; `version` must change whenever the tokenizer or the analysis would cut the same text
 * differently. The file is binary (a JSON header, then flat typed arrays): a JSON of 30 million postings would take
 * longer to read than to rebuild.
 */
export interface CachedAnalysis {
  /** The release's id in the index the cache was written with (its result file can be reused from there). */
  doc: number;
  /** Ids into the cache's term list, the title's first. */
  terms: Uint32Array;
  /** How many of `terms` are in the title. */
  titled: number;
  counts: Uint16Array;
  length: number;
}

export interface AnalysisCacheData {
  terms: string[];
  entries: Map<string, CachedAnalysis>;
  /** What the build that wrote the cache knew of its index (its manifest's `built`, shard hashes, …). */
  meta?: IndexMeta;
}

/** What a build needs to know of the index the cache was written with, to reuse its files. */
export interface IndexMeta {
  /** The manifest's `built`: the `doc` ids and `gen` refer to that index only. */
  built: string;
  gen: string;
  /** The average release length the BM25 weights were computed with. */
  average: number;
  shards: number;
  /** A hash of what each shard's files were made from (its terms and their postings), by shard number. */
  shardHashes: string[];
  /** The lexicon pages' separators (the manifest's `lexicon`) and a hash of each page's content, by page number. */
  lexicon: string[];
  lexiconHashes: string[];
}

interface Header {
  version: string;
  /** Length and SHA-1 of everything after the header: a truncated or damaged file is discarded, never trusted. */
  bytes: number;
  sha1: string;
  meta?: IndexMeta;
  terms: number;
  termBytes: number;
  /** [key, doc, length, term count, title term count] per release. */
  entries: [string, number, number, number, number][];
}

const MAGIC = 'search-analysis-cache\n';

/**
 * The cache at `path`, or an empty one when it is missing or of another version; a truncated, damaged or unreadable
 * file is discarded with a warning (the build then analyzes every release again), never trusted.
 */
export function readAnalysisCache(path: string, version: string): AnalysisCacheData {
  const empty = { terms: [], entries: new Map() };
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    return empty;
  }
  const damaged = (why: string) => {
    console.warn(`${path}: search analysis cache ${why}; discarding it, every release is analyzed again`);
    return empty;
  };
  if (data.toString('latin1', 0, MAGIC.length) !== MAGIC) return damaged('is not a cache file');
  let header: Header;
  let at = MAGIC.length + 4;
  try {
    const headerLength = data.readUInt32LE(MAGIC.length);
    header = JSON.parse(data.toString('utf8', at, at + headerLength)) as Header;
    at += headerLength;
  } catch {
    return damaged('header is unreadable');
  }
  if (header.version !== version) return empty;
  const body = data.subarray(at);
  if (body.length !== header.bytes) return damaged(`is truncated (${body.length} of ${String(header.bytes)} bytes)`);
  if (checksum(body) !== header.sha1) return damaged('does not match its checksum');
  at = 0;
  const total = header.entries.reduce((sum, entry) => sum + entry[3], 0);
  const ids = new Uint32Array(total);
  new Uint8Array(ids.buffer).set(body.subarray(at, at + total * 4));
  at += total * 4;
  const counts = new Uint16Array(total);
  new Uint8Array(counts.buffer).set(body.subarray(at, at + total * 2));
  at += total * 2;
  const terms = header.terms ? body.toString('utf8', at, at + header.termBytes).split('\0') : [];
  const entries = new Map<string, CachedAnalysis>();
  let offset = 0;
  for (const [key, doc, length, n, titled] of header.entries) {
    entries.set(key, { doc, length, terms: ids.subarray(offset, offset + n), titled, counts: counts.subarray(offset, offset + n) });
    offset += n;
  }
  return { terms, entries, ...(header.meta ? { meta: header.meta } : {}) };
}

function checksum(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('base64');
}

/** Writes the cache (to a temporary file first, renamed: a reader finds the old cache or the new one). */
export function writeAnalysisCache(path: string, version: string, { terms, entries, meta }: AnalysisCacheData) {
  const list = [...entries];
  const total = list.reduce((sum, [, entry]) => sum + entry.terms.length, 0);
  const ids = new Uint32Array(total);
  const counts = new Uint16Array(total);
  let offset = 0;
  for (const [, entry] of list) {
    ids.set(entry.terms, offset);
    counts.set(entry.counts, offset);
    offset += entry.terms.length;
  }
  const termData = Buffer.from(terms.join('\0'), 'utf8');
  // The body in three parts, hashed and written one after the other (not copied into one buffer of ~140 MB).
  const body = [new Uint8Array(ids.buffer), new Uint8Array(counts.buffer), termData];
  const sha1 = createHash('sha1');
  for (const part of body) sha1.update(part);
  const header: Header = {
    version,
    bytes: body.reduce((sum, part) => sum + part.length, 0),
    sha1: sha1.digest('base64'),
    ...(meta ? { meta } : {}),
    terms: terms.length,
    termBytes: termData.length,
    entries: list.map(([key, e]) => [key, e.doc, e.length, e.terms.length, e.titled]),
  };
  const headerData = Buffer.from(JSON.stringify(header), 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32LE(headerData.length);
  // Not flushed to the disk: a cache torn by a crash fails its checksum and is built again.
  writeFileAtomic(path, [Buffer.from(MAGIC, 'latin1'), size, headerData, ...body], { flush: false });
}
