import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { contentContext, loadArchive } from '@/lib/content/load';
import { ParseCache } from '@/lib/content/cache';
import { acquireLock } from '@/lib/lock';
import { releaseFiles, testSite } from '../helpers/site';
import { mountSmallDisk } from './tmpfs';

/** A disk of 256 KB, full before each write that is meant to fail. */
const disk = mountSmallDisk(256 * 1024);
afterAll(() => disk.unmount());

describe('a full disk under .cache', () => {
  it('leaves no partial parse cache behind, and says which file it could not write', () => {
    const { root } = testSite(releaseFiles([{ slug: '2019-03-01-first', title: 'ข่าวแรก' }]));
    const cacheFile = join(disk.dir, 'content-1f2e.json');
    const filler = disk.fill();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cache = new ParseCache(cacheFile, contentContext(root).cacheKey);
    expect(loadArchive(root, { cache }).errors).toEqual([]);
    expect(warn.mock.calls).toEqual([[`${cacheFile}: could not be written (no space left on the disk; free some and run this again); the parse cache is not kept, and the next run parses the changed files again`]]);
    warn.mockRestore();
    expect(readdirSync(disk.dir)).toEqual(['filler']);
    rmSync(filler);
  });

  it('leaves no empty lock file behind, and the error names it', async () => {
    const lock = join(disk.dir, 'build-search.lock');
    const filler = disk.fill();
    await expect(acquireLock(lock, 'the search index')).rejects.toThrow(`${lock}: could not be written (no space left on the disk; free some and run this again)`);
    expect(existsSync(lock)).toBe(false);
    rmSync(filler);
  });
});
