import { spawn } from 'node:child_process';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { extract } from 'tar-stream';

/**
 * The inputs an import reads, one file at a time: a single page, a folder of `.txt` pages (searched recursively,
 * in sorted order), or a `.tar.xz` archive streamed through `xz -dc` and a tar parser, so the corpus is never
 * unpacked nor held in memory.
 */

/** One file of an input. */
export interface SourceFile {
  /** Path inside the archive or folder (`23/ด้านสังคม_215.txt`); the section is read from it. */
  path: string;
  /** How reports name it: `thaigov-v1.tar.xz:23/ด้านสังคม_215.txt`, `folder/23/ด้านสังคม_215.txt`. */
  name: string;
  bytes: Uint8Array;
}

/**
 * An entry that is not a page, counted and never read: a `file` that is not `.txt` (`README.md`), a `folder`, a
 * symbolic or hard `link`, or `other` (a device, a FIFO).
 */
export interface IgnoredFile {
  ignored: string;
  kind: IgnoredKind;
}

export type IgnoredKind = 'file' | 'folder' | 'link' | 'other';

/** How far an input is read: bytes of a compressed archive, or files of a folder. */
export type ProgressListener = (done: number, total: number) => void;

/** The input could not be read at all (missing, not an archive, `xz` not installed): the import cannot run. */
export class SourceError extends Error {}

const ARCHIVE = /\.(tar\.xz|txz)$/i;
const PAGE = /\.txt$/i;

/**
 * Reads one input: a `.tar.xz` archive, a folder, or a single page file.
 * @throws SourceError when the input is missing or unreadable
 */
export async function* readSource(input: string, onProgress: ProgressListener = () => {}): AsyncGenerator<SourceFile | IgnoredFile> {
  let stats;
  try {
    stats = statSync(input);
  } catch {
    throw new SourceError(`${input}: no such file or folder; give a .txt page, a folder of them, or a .tar.xz archive`);
  }
  if (stats.isDirectory()) yield* readFolder(input, onProgress);
  else if (ARCHIVE.test(input)) yield* readArchive(input, stats.size, onProgress);
  else {
    yield { path: basename(input), name: input, bytes: readFileSync(input) };
    onProgress(1, 1);
  }
}

function* readFolder(folder: string, onProgress: ProgressListener): Generator<SourceFile | IgnoredFile> {
  const entries = listEntries(folder);
  for (const [index, { path: file, kind }] of entries.entries()) {
    const path = relative(folder, file);
    if (kind === 'file' && PAGE.test(file)) yield { path, name: join(folder, path), bytes: readFileSync(file) };
    else yield { ignored: join(folder, path), kind };
    onProgress(index + 1, entries.length);
  }
}

/** Every entry under `folder`, sorted, sub-folders listed (as `folder`) and entered; links are not followed. */
function listEntries(folder: string): { path: string; kind: IgnoredKind }[] {
  return readdirSync(folder, { withFileTypes: true })
    .map((entry) => ({ entry, path: join(folder, entry.name) }))
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .flatMap(({ entry, path }) => {
      if (entry.isDirectory()) return [{ path, kind: 'folder' as const }, ...listEntries(path)];
      return [{ path, kind: entry.isFile() ? ('file' as const) : entry.isSymbolicLink() ? ('link' as const) : ('other' as const) }];
    });
}

async function* readArchive(archive: string, size: number, onProgress: ProgressListener): AsyncGenerator<SourceFile | IgnoredFile> {
  const xz = spawn('xz', ['-dc'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  xz.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => xz.once('close', done));
  const cannotRun = new Promise<never>((_, fail) => {
    xz.once('error', (error: NodeJS.ErrnoException) => {
      fail(new SourceError(error.code === 'ENOENT' ? 'xz is not installed: install xz-utils (apt-get install xz-utils) to read .tar.xz archives' : `${archive}: cannot run xz: ${error.message}`));
    });
  });
  cannotRun.catch(() => {});

  let read = 0;
  const input = createReadStream(archive);
  input.on('data', (chunk) => {
    read += chunk.length;
    onProgress(read, size);
  });
  input.pipe(xz.stdin);
  xz.stdin.on('error', () => {}); // xz stopping early is reported through its exit code
  const entries = extract();
  xz.stdout.pipe(entries);

  const label = basename(archive);
  const broken = async (detail: string) => {
    const code = await Promise.race([exited, new Promise((wait) => setTimeout(wait, 1000, null))]);
    const why = code ? `xz: ${stderr.trim() || `exit ${code}`}` : detail;
    return new SourceError(`${archive}: not a readable .tar.xz archive (${why})`);
  };
  let finished = false;
  try {
    for await (const entry of untilFailure(entries, cannotRun)) {
      const path = entry.header.name.replace(/^\.\//, '');
      if (entry.header.type !== 'file') {
        entry.resume();
        if (path === '' || path === '.' || path === './') continue; // the archive's own root, not an entry of it
        yield { ignored: `${label}:${path}`, kind: entryKind(entry.header.type) };
      } else if (!PAGE.test(path)) {
        entry.resume();
        yield { ignored: `${label}:${path}`, kind: 'file' };
      } else {
        const chunks: Buffer[] = [];
        for await (const chunk of entry) chunks.push(chunk as Buffer);
        yield { path, name: `${label}:${path}`, bytes: Buffer.concat(chunks) };
      }
    }
    finished = true;
  } catch (error) {
    throw error instanceof SourceError ? error : await broken((error as Error).message);
  } finally {
    if (!finished) {
      input.destroy();
      xz.kill();
    }
  }
  if ((await exited) !== 0) throw await broken('');
}

/** Iterates `entries`, but throws as soon as `failure` rejects (xz could not start), instead of reading an empty stream. */
async function* untilFailure<T>(entries: AsyncIterable<T>, failure: Promise<never>): AsyncGenerator<T> {
  const iterator = entries[Symbol.asyncIterator]();
  while (true) {
    const next = await Promise.race([iterator.next(), failure]);
    if (next.done) return;
    yield next.value;
  }
}

/** What a tar entry that is not a regular file is, for the report. */
function entryKind(type: string | null | undefined): IgnoredKind {
  if (type === 'directory') return 'folder';
  if (type === 'symlink' || type === 'link') return 'link';
  return 'other';
}
