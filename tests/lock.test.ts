import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { acquireLock } from '@/lib/workers';

const lockFile = () => join(mkdtempSync(join(tmpdir(), 'lock-')), 'build.lock');

describe('acquireLock', () => {
  it('holds the pid of its owner until released', async () => {
    const path = lockFile();
    const release = await acquireLock(path, 'the index');
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(path)).toBe(false);
  });

  it('makes a second taker wait until the first releases it', async () => {
    const path = lockFile();
    const release = await acquireLock(path, 'the index');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const order: string[] = [];
    const second = acquireLock(path, 'the index', { pollMs: 10 }).then((releaseSecond) => {
      order.push('second');
      releaseSecond();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    order.push('first done');
    release();
    await second;
    expect(order).toEqual(['first done', 'second']);
    expect(log).toHaveBeenCalledWith(`waiting for process ${process.pid}, which is updating the index (${path})`);
    log.mockRestore();
  });

  it('takes over the lock of a process that died', async () => {
    const path = lockFile();
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => child.on('exit', resolve));
    writeFileSync(path, String(child.pid));
    const release = await acquireLock(path, 'the index');
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
    release();
  });

  it('says who holds it when waiting runs out', async () => {
    const path = lockFile();
    const release = await acquireLock(path, 'the index');
    vi.spyOn(console, 'log').mockImplementation(() => {});
    await expect(acquireLock(path, 'the index', { timeoutMs: 50, pollMs: 10 })).rejects.toThrow(
      `the index is locked by process ${process.pid} (${path}) for more than 0 s; stop it or wait for it, then run this again`,
    );
    release();
  });
});
