import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { WriteError, writeAll } from '../files';

/** Whether a process with this id is running on this machine. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock file at `path` for this process (created with O_EXCL, holding the pid), waiting while another
 * running process holds it and taking it over from a process that died. Returns the function that releases it (also
 * called when the process exits).
 * @param what what the lock guards, for the messages (`the search index and .cache/`)
 * @throws when another process still holds it after `timeoutMs`, naming that process; WriteError naming the lock file
 *   when it cannot be written (a full disk), leaving none behind
 */
export async function acquireLock(path: string, what: string, { timeoutMs = 15 * 60_000, pollMs = 500 } = {}): Promise<() => void> {
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeAll(fd, Buffer.from(String(process.pid)));
      } catch (error) {
        // A full disk: an empty lock file would only be litter (it is taken over as a dead owner's).
        closeSync(fd);
        rmSync(path, { force: true });
        throw new WriteError(path, error);
      }
      closeSync(fd);
      const release = () => {
        process.off('exit', release);
        rmSync(path, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(path, 'utf8').trim());
    if (!Number.isInteger(holder) || holder <= 0 || !alive(holder)) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what} is locked by process ${holder} (${path}) for more than ${Math.round(timeoutMs / 1000)} s; stop it or wait for it, then run this again`);
    }
    if (!told) {
      console.log(`waiting for process ${holder}, which is updating ${what} (${path})`);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
