import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ParseResult } from './parse';

/** Bump when `parseReleaseFile` would give another result for the same file, so old cache files are not trusted. */
const FORMAT = 3;

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  hash: string;
  result: ParseResult;
}

/**
 * Remembers what each content file parsed to, so a rebuild of 90,000 releases parses only the files that changed.
 * A file counts as unchanged when its size and mtime match; when they do not, its content hash is compared before
 * it is parsed again (a touched but unchanged file is not re-parsed). `key` must change whenever anything else the
 * parse depends on changes (the agency and category registries).
 */
export class ParseCache {
  private readonly previous: Map<string, CacheEntry>;
  private readonly current = new Map<string, CacheEntry>();
  private changed = false;

  /** @param path the cache file, or undefined for no cache (every file is parsed) */
  constructor(
    private readonly path: string | undefined,
    private readonly key: string,
  ) {
    this.previous = new Map(path ? readCache(path, key) : []);
  }

  /** The parse result of one file: from the cache when the file is unchanged, else from `parse(text)`. */
  get(absolute: string, parse: (text: string) => ParseResult): ParseResult {
    const settled = this.current.get(absolute);
    if (settled) return settled.result;
    if (this.keep(absolute)) return this.current.get(absolute)!.result;
    const entry = parseEntry(absolute, parse, this.previous.get(absolute));
    this.current.set(absolute, entry);
    this.changed = true;
    return entry.result;
  }

  /** Keeps a file's entry when its size and mtime are unchanged; false when it has to be parsed. */
  keep(absolute: string): boolean {
    const { size, mtimeMs } = statSync(absolute);
    const known = this.previous.get(absolute);
    if (!known || known.size !== size || known.mtimeMs !== mtimeMs) return false;
    this.current.set(absolute, known);
    return true;
  }

  /** Stores an entry made elsewhere (by `parseEntry` on another thread). */
  put(absolute: string, entry: CacheEntry): void {
    this.current.set(absolute, entry);
    this.changed = true;
  }

  /** Write the cache back when anything changed (files added, edited or removed). Failing to write is harmless. */
  save(): void {
    if (!this.path || (!this.changed && this.current.size === this.previous.size)) return;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      const temporary = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, key: this.key, entries: [...this.current] }));
      renameSync(temporary, this.path);
      this.changed = false;
    } catch {
      // A read-only deployment still serves; it just parses again next time.
    }
  }
}

/**
 * Reads, hashes and parses one file. A file whose content hash is that of `known` (touched but unchanged) is not
 * parsed again.
 */
export function parseEntry(absolute: string, parse: (text: string) => ParseResult, known?: CacheEntry): CacheEntry {
  const { size, mtimeMs } = statSync(absolute);
  const text = readFileSync(absolute, 'utf8');
  const hash = createHash('sha1').update(text).digest('base64');
  return { size, mtimeMs, hash, result: known?.hash === hash ? known.result : parse(text) };
}

function readCache(path: string, key: string): [string, CacheEntry][] {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { format?: number; key?: string; entries?: [string, CacheEntry][] };
    return data.format === FORMAT && data.key === key && Array.isArray(data.entries) ? data.entries : [];
  } catch {
    return [];
  }
}

/** A short stable digest of some text, for cache keys and file names. */
export function digest(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}
