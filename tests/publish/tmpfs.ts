import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small disk for the full-disk tests: a tmpfs of `bytes` mounted on a temp folder (the tests run as root, as CI
 * does here). `fill()` takes all its free space; `unmount()` is for `afterAll`, and is safe to call twice.
 */
export interface SmallDisk {
  dir: string;
  /** Writes a filler file until the disk is full, then frees `leave` bytes of it; returns its path. */
  fill(leave?: number): string;
  unmount(): void;
}

export function mountSmallDisk(bytes: number): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`mounting a ${bytes}-byte tmpfs on ${dir} failed (these tests need root): ${(error as Error).message}`);
  }
  let mounted = true;
  return {
    dir,
    fill(leave = 0) {
      const filler = join(dir, 'filler');
      const fd = openSync(filler, 'a');
      const block = Buffer.alloc(4096, 1);
      try {
        for (;;) writeSync(fd, block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        closeSync(fd);
      }
      if (leave) truncateSync(filler, Math.max(0, statSync(filler).size - leave));
      return filler;
    },
    unmount() {
      if (!mounted) return;
      // Lazily when a file is still open on it (a failing test may leave one): the mount goes now, the space when closed.
      execFileSync('umount', ['--lazy', dir], { stdio: 'pipe' });
      mounted = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
