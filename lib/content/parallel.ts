import { runOnWorkers, workerThreads } from '../workers';
import { ParseCache, type CacheEntry } from './cache';
import { contentContext, releaseFiles } from './load';
import { contentPath } from './path';
import type { KnownIds } from './schema';

/** A batch of files for a worker: absolute path and the name messages use, with the ids releases may use. */
export interface ParseRequest {
  files: [absolute: string, shown: string][];
  known: KnownIds;
}

const BATCH = 500;
/** Below this many files to parse, threads cost more than they save. */
const THREADED_FROM = 2000;

/**
 * Parses, on every core, the release files that `cacheFile` does not know yet, and returns the cache filled with
 * them, for `loadArchive` (or `getArchive`) to validate the archive from and save. Reading and validating 90,000
 * releases takes about 45 s on one core: a cold build's first cost. Nothing is validated across files here.
 * Only scripts import this (the site never starts threads).
 * @param options.minFiles parse on threads only when at least this many files are new or changed
 * @returns the cache (undefined when the registries have errors: `loadArchive` reports them) and how many files
 * were parsed on worker threads (0 when there were too few to be worth it; `loadArchive` parses those)
 */
export async function parseInParallel(
  root: string,
  cacheFile: string,
  { onProgress, minFiles = THREADED_FROM }: { onProgress?: (done: number, total: number) => void; minFiles?: number } = {},
): Promise<{ cache?: ParseCache; parsed: number }> {
  const { errors, shown, known, cacheKey } = contentContext(root);
  if (errors.length) return { parsed: 0 };
  const cache = new ParseCache(cacheFile, cacheKey);
  const misses = [...releaseFiles(contentPath(root, 'news'))].filter((file) => !cache.keep(file));
  const threads = workerThreads();
  if (misses.length < minFiles || threads < 2) return { cache, parsed: 0 };

  const jobs: ParseRequest[] = [];
  for (let at = 0; at < misses.length; at += BATCH) {
    jobs.push({ files: misses.slice(at, at + BATCH).map((file) => [file, shown(file)]), known });
  }
  let done = 0;
  await runOnWorkers<ParseRequest, [string, CacheEntry][]>(
    new URL('./parse-worker.ts', import.meta.url),
    jobs,
    (entries) => {
      for (const [file, parsed] of entries) cache.put(file, parsed);
      done += entries.length;
      onProgress?.(done, misses.length);
    },
    { threads },
  );
  return { cache, parsed: misses.length };
}
