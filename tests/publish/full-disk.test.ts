import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { contentContext, loadArchive } from '@/lib/content/load';
import { ParseCache } from '@/lib/content/cache';
import { acquireLock } from '@/lib/workers';
import { readCurrent } from '@/lib/content/published';
import { PublishError } from '@/lib/publish/publish';
import { manyReleases, releaseFiles, testSite } from '../helpers/site';
import { publishableSite } from './publishing';
import { mountSmallDisk } from './tmpfs';

/** A disk of 256 KB, full before each write that is meant to fail; and one of 4 MB for publications. */
const disk = mountSmallDisk(256 * 1024);
const bigger = mountSmallDisk(4 * 1024 * 1024);
afterAll(() => {
  disk.unmount();
  bigger.unmount();
});

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

  it('keeps the parse cache as it was when the addition of the changed files does not fit', () => {
    const { root } = testSite(releaseFiles(manyReleases(60)));
    const cacheFile = join(bigger.dir, 'content-3a4b.json');
    const { cacheKey } = contentContext(root);
    const now = Date.now();
    // Read 10 s after the files were written: their stat is trusted, and only the changed ones are read again.
    vi.spyOn(Date, 'now').mockReturnValue(now + 10_000);
    expect(loadArchive(root, { cache: new ParseCache(cacheFile, cacheKey) }).errors).toEqual([]);
    const before = readFileSync(cacheFile);
    const folder = join(root, 'news/2019');
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.th.md')).slice(0, 10)) appendFileSync(join(folder, file), '\nย่อหน้าที่เพิ่มเข้ามาใหม่\n');
    vi.spyOn(Date, 'now').mockReturnValue(now + 20_000);
    const filler = bigger.fill();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(loadArchive(root, { cache: new ParseCache(cacheFile, cacheKey) }).errors).toEqual([]);
    expect(warn.mock.calls).toEqual([[`${cacheFile}: could not be written (no space left on the disk; free some and run this again); the parse cache is not kept, and the next run parses the changed files again`]]);
    expect(readFileSync(cacheFile)).toEqual(before);
    vi.restoreAllMocks();
    rmSync(filler);
    rmSync(cacheFile);
  });

  it('leaves no empty lock file behind, and the error names it', async () => {
    const lock = join(disk.dir, 'build-search.lock');
    const filler = disk.fill();
    await expect(acquireLock(lock, 'the search index')).rejects.toThrow(`${lock}: could not be written (no space left on the disk; free some and run this again)`);
    expect(existsSync(lock)).toBe(false);
    rmSync(filler);
  });
});

describe('a full disk during a publication', () => {
  /** Every file under `dir` but the filler, with its size. */
  const files = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== 'filler')
      .map((entry) => `${join(entry.parentPath, entry.name).slice(dir.length + 1)} ${statSync(join(entry.parentPath, entry.name)).size}`)
      .sort();

  // Where the disk runs out depends on what is left: measured, with 0 KB the lock, 12 KB the new release's bytes,
  // 20 KB a result file of the search index, 60 KB the search index's analysis cache.
  it.each([
    { left: '0 KB', words: 1 },
    { left: '12 KB', words: 2000 },
    { left: '20 KB', words: 1 },
    { left: '60 KB', words: 1 },
])('with $left left, leaves the site on its publication, nothing of the new one behind, and says so', async ({ left, words }) => {
    const site = publishableSite(releaseFiles([
      { slug: '2019-03-01-first', title: 'ข่าวแรก', legacyId: 901 },
      { slug: '2019-03-02-second', title: 'ข่าวที่สอง', legacyId: 902 },
    ]));
    const folder = mkdtempSync(join(bigger.dir, 'site-'));
    const on = { publications: join(folder, 'published'), indexOut: join(folder, 'search-index'), search: { cacheDir: join(folder, 'cache') } };
    const built = await site.build(on);
    const before = files(folder);
    rmSync(join(site.root, 'news/2019/2019-03-01-first.th.md'));
    writeFileSync(join(site.root, 'news/2019/2019-03-03-third.th.md'), '---\ntitle: "ข่าวที่สาม"\ndate: 2019-03-03\n---\n\n' + 'เนื้อข่าวที่สาม '.repeat(words) + '\n');
    const filler = bigger.fill(Number.parseInt(left) * 1024);
    const error = await site.build(on).catch((thrown: Error) => thrown).finally(() => rmSync(filler));
        expect(error).toBeInstanceOf(PublishError);
    expect((error as Error).message).toMatch(
      new RegExp(`^${folder}/\\S+: could not be written \\(no space left on the disk; free some and run this again\\)\\nNothing was published: the site still serves publication ${built.id}\\.$`),
    );
    expect(readCurrent(on.publications)).toEqual({ id: built.id });
    expect(files(folder)).toEqual(before);

    const again = await site.build(on);
    expect(readCurrent(on.publications)).toEqual({ id: again.id, previous: built.id });
    expect([...again.archive.gone.keys()]).toEqual(['2019-03-01-first']);
    rmSync(folder, { recursive: true });
  });
});
