import { createHash } from 'node:crypto';
import { closeSync, fstatSync, ftruncateSync, openSync, readFileSync, statSync } from 'node:fs';
import { writeAll, writeFileAtomic, WriteError } from '../files';
import type { ParseResult } from './parse';

/** Bump when `parseReleaseFile` would give another result for the same file, so old cache files are not trusted. */
const FORMAT = 7;

/**
 * A file whose last change (ctime) was this close to the moment it was read may change again without its ctime
 * moving (filesystems with coarse timestamps), so its stat is not trusted: it is hashed again.
 */
const RACY_MS = 2000;

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  /** When the file was stat-ed before it was read and hashed (ms since the epoch). */
  readMs: number;
  /** SHA-1 of the file's bytes. */
  hash: string;
  result: ParseResult;
}

/**
 * Remembers what each content file parsed to, so a rebuild of 90,000 releases parses only the files that changed.
 * A file counts as unchanged without being read when its size, mtime and ctime are those recorded and its ctime was
 * well before it was read. Otherwise it is read and hashed, and parsed again only when its content hash differs (a
 * touched but unchanged file is not re-parsed). ctime cannot be set back by editors or tools (`touch -d`, `utimes`
 * and every write move it), so a same-size edit with its mtime restored is caught. Hashing every file on every
 * build was measured and not kept: on the full corpus (90,780 files, 786 MB) it takes ~10 s where the stat check
 * takes ~2–3 s. `key` must change whenever anything else the parse depends on changes (the registries).
 *
 * The cache file is versioned and checksummed: a header line `{"format","key","bytes","sha1"}`, then the entries
 * as JSON; then any number of additions, each a line `{"bytes","sha1"}` and the entries that changed since (a file
 * no longer there as `null`). A build that changed a few files appends them (a publication of one release: a few
 * KB, where writing the 124 MB whole took ~1.7 s at full scale); the file is written whole again once its additions
 * reach a quarter of it. A truncated or damaged file is discarded with a warning and rebuilt, a damaged addition
 * with the ones after it (the files they named are read again); it never stops a build. (SHA-1 guards against
 * truncation and corruption, not against someone who can write `.cache/`: on the full corpus's 124 MB cache file
 * it costs ~0.3 s, SHA-256 ~1.5 s.)
 */
export class ParseCache {
  private readonly previous: Map<string, CacheEntry>;
  private readonly current = new Map<string, CacheEntry>();
  private changed = false;
  /** The cache file as read: its length, and how much of it is additions (none when it was missing or discarded). */
  private readonly file: CacheFile | undefined;

  /**
   * @param path the cache file, or undefined for no cache file
   * @param entries what to start from instead of the file's entries (see `following`)
   */
  constructor(
    private readonly path: string | undefined,
    readonly key: string,
    entries?: ReadonlyMap<string, CacheEntry>,
  ) {
    const read = !entries && path ? readCache(path, key) : undefined;
    this.previous = new Map(entries ?? read?.entries ?? []);
    this.file = read?.file;
  }

  /**
   * A cache in memory only that starts from what `earlier` settled in its last load: a server reloading its
   * archive stats every file but reads and parses only the changed ones, without reading or writing the cache file
   * (~2 s of blocked event loop at full scale; the publication that asked for the reload already wrote it).
   */
  static following(earlier: ParseCache): ParseCache {
    return new ParseCache(undefined, earlier.key, earlier.current);
  }

  /** The parse result of one file: from the cache when the file is unchanged, else from `parse(bytes)`. */
  get(absolute: string, parse: (bytes: Buffer) => ParseResult): ParseResult {
    const settled = this.current.get(absolute);
    if (settled) return settled.result;
    if (this.keep(absolute)) return this.current.get(absolute)!.result;
    const entry = parseEntry(absolute, parse, this.previous.get(absolute));
    this.current.set(absolute, entry);
    this.changed = true;
    return entry.result;
  }

  /** Keeps a file's entry when its stat proves it unchanged (see the class); false when it has to be read. */
  keep(absolute: string): boolean {
    const { size, mtimeMs, ctimeMs } = statSync(absolute);
    const known = this.previous.get(absolute);
    if (!known || known.size !== size || known.mtimeMs !== mtimeMs || known.ctimeMs !== ctimeMs) return false;
    if (known.readMs - known.ctimeMs < RACY_MS) return false;
    this.current.set(absolute, known);
    return true;
  }

  /** The SHA-1 (base64) of the bytes a file was checked as in this load, or undefined when it was not loaded. */
  hashOf(absolute: string): string | undefined {
    return this.current.get(absolute)?.hash;
  }

  /** Stores an entry made elsewhere (by `parseEntry` on another thread). */
  put(absolute: string, entry: CacheEntry): void {
    this.current.set(absolute, entry);
    this.changed = true;
  }

  /**
   * Write the cache back when anything changed (files added, edited or removed): the changes appended to the file
   * as read, or the whole cache (see the class). Failing to write is harmless (a read-only deployment still serves;
   * the next run parses the changed files again): it leaves no partial file or addition, and says which file it
   * could not write.
   */
  save(): void {
    if (!this.path || (!this.changed && this.current.size === this.previous.size)) return;
    try {
      const changes: [string, CacheEntry | null][] = [...this.current].filter(([file, entry]) => this.previous.get(file) !== entry);
      for (const file of this.previous.keys()) if (!this.current.has(file)) changes.push([file, null]);
      if (!(this.file && appendChanges(this.path, this.file, changes))) {
        // Not flushed: torn by a crash, it fails its checksum and is read again.
        writeFileAtomic(this.path, encodeSection([...this.current], { format: FORMAT, key: this.key }), { flush: false });
      }
      this.changed = false;
    } catch (error) {
      console.warn(`${(error as Error).message}; the parse cache is not kept, and the next run parses the changed files again`);
    }
  }
}

/** A cache file as `readCache` found it. */
interface CacheFile {
  /** Its length in bytes, all of it trusted. */
  length: number;
  /** The bytes of its additions. */
  added: number;
}

/**
 * Appends `changes` to the cache file at `path` as one addition, when the file is still the one read (same length)
 * and its additions stay under a quarter of it; false when it should be written whole instead.
 * @throws WriteError (the disk full): the file is cut back to what it was first
 */
function appendChanges(path: string, read: CacheFile, changes: [string, CacheEntry | null][]): boolean {
  const addition = Buffer.concat(encodeSection(changes));
  if ((read.added + addition.length) * 4 > read.length) return false;
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch {
    return false;
  }
  try {
    if (fstatSync(fd).size !== read.length) return false;
    try {
      // One write at the end: a crash may leave it torn, which its checksum tells.
      writeAll(fd, addition, read.length);
    } catch (error) {
      ftruncateSync(fd, read.length);
      throw new WriteError(path, error);
    }
    return true;
  } finally {
    closeSync(fd);
  }
}

/**
 * Stats, reads, hashes and parses one file. A file whose content hash is that of `known` (touched but unchanged) is
 * not parsed again.
 */
export function parseEntry(absolute: string, parse: (bytes: Buffer) => ParseResult, known?: CacheEntry): CacheEntry {
  const readMs = Date.now();
  const { size, mtimeMs, ctimeMs } = statSync(absolute);
  const bytes = readFileSync(absolute);
  const hash = createHash('sha1').update(bytes).digest('base64');
  return { size, mtimeMs, ctimeMs, readMs, hash, result: known?.hash === hash ? known.result : parse(bytes) };
}

/**
 * The entries of a cache file written by `save` for this format and key, its additions applied; none (with a
 * warning when damaged). A damaged addition is dropped with those after it, with a warning.
 */
function readCache(path: string, key: string): { entries: Map<string, CacheEntry>; file?: CacheFile } {
  const none = { entries: new Map<string, CacheEntry>() };
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    return none;
  }
  const damaged = (why: string) => {
    console.warn(`${path}: parse cache ${why}; discarding it, every content file is parsed again`);
    return none;
  };
  const base = section(data, 0);
  if (typeof base === 'string') return damaged(base);
  const { header } = base;
  if (header.format !== FORMAT || header.key !== key) return none;
  if (!Array.isArray(base.entries)) return damaged('holds no entries');
  const entries = new Map(base.entries as [string, CacheEntry][]);
  let at = base.end;
  while (at < data.length) {
    const added = section(data, at);
    if (typeof added === 'string' || !Array.isArray(added.entries)) {
      console.warn(`${path}: parse cache's addition at byte ${at} ${typeof added === 'string' ? added : 'holds no entries'}; dropping it and any after it, their files are read again`);
      break;
    }
    for (const [file, entry] of added.entries as [string, CacheEntry | null][]) {
      if (entry) entries.set(file, entry);
      else entries.delete(file);
    }
    at = added.end;
  }
  return { entries, file: { length: at, added: at - base.end } };
}

/** `entries` as a section of the cache file (`section` reads it): a header line, `fields` with the JSON's bytes and SHA-1, then the JSON. */
function encodeSection(entries: unknown, fields: { format?: number; key?: string } = {}): [Buffer, Buffer] {
  const body = Buffer.from(JSON.stringify(entries));
  return [Buffer.from(`${JSON.stringify({ ...fields, bytes: body.length, sha1: checksum(body) })}\n`), body];
}

/** The header line at `at` and the JSON it describes (its `bytes`, checked against its `sha1`), or why not. */
function section(data: Buffer, at: number): { header: { format?: unknown; key?: unknown }; entries: unknown; end: number } | string {
  const newline = data.indexOf(0x0a, at);
  let header: { format?: unknown; key?: unknown; bytes?: unknown; sha1?: unknown };
  try {
    header = JSON.parse(data.subarray(at, newline === -1 ? data.length : newline).toString('utf8'));
  } catch {
    return 'header is unreadable';
  }
  const bytes = typeof header?.bytes === 'number' ? header.bytes : NaN;
  const body = data.subarray(newline + 1, newline + 1 + bytes);
  if (newline === -1 || body.length !== bytes) return `is truncated (${body.length} of ${String(header?.bytes)} bytes)`;
  if (checksum(body) !== header.sha1) return 'does not match its checksum';
  try {
    return { header, entries: JSON.parse(body.toString('utf8')), end: newline + 1 + bytes };
  } catch {
    return 'is unreadable';
  }
}

function checksum(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('base64');
}

/** A short stable digest of some text, for cache keys and file names. */
export function digest(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}
