import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A file that could not be written: the message names it and the system's reason (`ENOSPC: no space left on device`
 * alone names no file), and says that nothing was left behind. `code` is the system's (`ENOSPC`, `EACCES`…).
 */
export class WriteError extends Error {
  readonly code: string | undefined;
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    const code = (cause as NodeJS.ErrnoException).code;
    super(`${path}: could not be written (${code === 'ENOSPC' ? 'no space left on the disk; free some and run this again' : (cause as Error).message})`, { cause });
    this.name = 'WriteError';
    this.code = code;
  }
}

/**
 * Writes a whole file or nothing: to `<path>.<pid>.tmp` first, flushed to the disk, then renamed over `path`, so a
 * reader (or a crash) finds the old file or the new one, never a part. On failure the temporary file is removed.
 * @param chunks the content, written in order (a generator keeps a large file out of memory)
 * @param options.flush false: renamed without waiting for the disk, for a cache whose reader checks it (a checksum)
 *   and builds it again when it is damaged; a crash may then leave it empty or torn, never half-trusted
 * @throws WriteError naming `path`
 * @example writeFileAtomic('published/current.json', [JSON.stringify({ id })])
 */
export function writeFileAtomic(path: string, chunks: Iterable<string | Uint8Array>, { flush = true } = {}): void {
  const temporary = `${path}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(temporary, 'w');
    for (const chunk of chunks) writeAll(fd, typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    if (flush) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw new WriteError(path, error);
  }
}

/** Writes all of `data` at the file's position, or at `position` (`writeSync` may write less than asked). */
export function writeAll(fd: number, data: Uint8Array, position?: number): void {
  for (let at = 0; at < data.length; ) at += writeSync(fd, data, at, data.length - at, position === undefined ? null : position + at);
}
