import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParseCache } from '@/lib/content/cache';
import type { ParseResult } from '@/lib/content/parse';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'cache-'));
  const file = join(dir, 'x.th.md');
  writeFileSync(file, 'first');
  const cacheFile = join(dir, '.cache', 'content.json');
  const parsed: string[] = [];
  const parse = (bytes: Buffer): ParseResult => {
    const text = bytes.toString('utf8');
    parsed.push(text);
    return { release: null, errors: [{ file: 'x.th.md', line: 1, message: text }] };
  };
  /** One build: load the cache, ask for the file, save. */
  const build = (key = 'k') => {
    const cache = new ParseCache(cacheFile, key);
    const result = cache.get(file, parse);
    cache.save();
    return result;
  };
  return { file, cacheFile, parsed, build };
}

/** A build whose reading happens `seconds` after the file last changed, so its stat is trusted next time. */
function later<T>(seconds: number, build: () => T): T {
  const now = Date.now();
  const spy = vi.spyOn(Date, 'now').mockReturnValue(now + seconds * 1000);
  try {
    return build();
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ParseCache', () => {
  it('lets a server reload from what it parsed last, in memory, without reading or writing the cache file', () => {
    const { file, cacheFile, parsed, build } = setup();
    later(10, build);
    const served = later(20, () => {
      const cache = new ParseCache(cacheFile, 'k');
      cache.get(file, () => ({ release: null, errors: [] }));
      return cache;
    });
    writeFileSync(cacheFile, 'not a cache any more');
    const reload = later(30, () => ParseCache.following(served));
    expect(reload.key).toBe('k');
    expect(later(30, () => reload.get(file, () => ({ release: null, errors: [] })))).toEqual({ release: null, errors: [{ file: 'x.th.md', line: 1, message: 'first' }] });
    writeFileSync(file, 'second');
    const next = ParseCache.following(reload);
    expect(later(40, () => next.get(file, (bytes) => ({ release: null, errors: [{ file: 'x.th.md', line: 1, message: bytes.toString() }] }))).errors[0]?.message).toBe('second');
    next.save();
    expect(readFileSync(cacheFile, 'utf8')).toBe('not a cache any more');
    expect(parsed).toEqual(['first']);
  });

  it('parses a file once and answers from the cache on the next build', () => {
    const { parsed, build } = setup();
    const first = build();
    expect(build()).toEqual(first);
    expect(parsed).toEqual(['first']);
  });

  it('does not parse again a file that was only touched', () => {
    const { file, parsed, build } = setup();
    build();
    utimesSync(file, new Date('2030-01-01'), new Date('2030-01-01'));
    build();
    expect(parsed).toEqual(['first']);
  });

  it('parses a changed file again', () => {
    const { file, parsed, build } = setup();
    build();
    writeFileSync(file, 'second, longer');
    expect(build().errors[0]?.message).toBe('second, longer');
    expect(parsed).toEqual(['first', 'second, longer']);
  });

  it('ignores a cache written under another key (the registries changed)', () => {
    const { parsed, build } = setup();
    build('registries-v1');
    build('registries-v2');
    expect(parsed).toEqual(['first', 'first']);
  });

  it('parses again a same-size edit whose mtime was set back', () => {
    const { file, parsed, build } = setup();
    const noon = new Date('2020-01-01T12:00:00Z');
    utimesSync(file, noon, noon);
    later(10, build);
    writeFileSync(file, 'fir5t');
    utimesSync(file, noon, noon);
    expect(statSync(file).size).toBe(5);
    expect(build().errors[0]?.message).toBe('fir5t');
    expect(parsed).toEqual(['first', 'fir5t']);
  });

  it('discards a truncated cache file with a warning and parses again', () => {
    const { cacheFile, parsed, build } = setup();
    build();
    const size = statSync(cacheFile).size;
    truncateSync(cacheFile, size - 10);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(build().errors[0]?.message).toBe('first');
    expect(parsed).toEqual(['first', 'first']);
    const header = readFileSync(cacheFile, 'utf8').split('\n')[0]!;
    const bytes = (JSON.parse(header) as { bytes: number }).bytes;
    expect(warn.mock.calls).toEqual([[`${cacheFile}: parse cache is truncated (${bytes - 10} of ${bytes} bytes); discarding it, every content file is parsed again`]]);
  });

  it('discards a cache file whose entries were altered, or whose header is garbage, with a warning', () => {
    const { cacheFile, parsed, build } = setup();
    build();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replace('"message":"first"', '"message":"forge"'));
    expect(build().errors[0]?.message).toBe('first');
    writeFileSync(cacheFile, Buffer.from([0xff, 0x00, 0x7b, 0x0a, 0x5b, 0x5d]));
    expect(build().errors[0]?.message).toBe('first');
    expect(parsed).toEqual(['first', 'first', 'first']);
    expect(warn.mock.calls).toEqual([
      [`${cacheFile}: parse cache does not match its checksum; discarding it, every content file is parsed again`],
      [`${cacheFile}: parse cache header is unreadable; discarding it, every content file is parsed again`],
    ]);
  });

  it('trusts the stat of a file that has not changed since it was read, without reading it', () => {
    const { file, build } = setup();
    later(10, build);
    const cache = new ParseCache(join(file, '..', '.cache', 'content.json'), 'k');
    expect(cache.keep(file)).toBe(true);
    writeFileSync(file, 'first');
    expect(new ParseCache(join(file, '..', '.cache', 'content.json'), 'k').keep(file)).toBe(false);
  });
});

/** Twenty files and a build over all of them (its reading 10 s after their last change, so their stat is trusted). */
function archiveSetup() {
  const dir = mkdtempSync(join(tmpdir(), 'cache-'));
  const files = Array.from({ length: 20 }, (_, i) => join(dir, `${i}.th.md`));
  for (const [i, file] of files.entries()) writeFileSync(file, `release ${i} `.repeat(40));
  const cacheFile = join(dir, '.cache', 'content.json');
  const parsed: string[] = [];
  const parse = (bytes: Buffer): ParseResult => {
    parsed.push(bytes.toString('utf8').slice(0, 11).trim());
    return { release: null, errors: [{ file: 'x.th.md', line: 1, message: bytes.toString('utf8') }] };
  };
  const build = (seconds = 10) =>
    later(seconds, () => {
      const cache = new ParseCache(cacheFile, 'k');
      const results = files.filter((file) => statSync(file, { throwIfNoEntry: false })).map((file) => cache.get(file, parse).errors[0]!.message);
      cache.save();
      return results;
    });
  return { files, cacheFile, parsed, build };
}

describe('ParseCache additions', () => {
  it('appends what changed to the file instead of writing it again, and reads it back', () => {
    const { files, cacheFile, parsed, build } = archiveSetup();
    build();
    const whole = readFileSync(cacheFile);
    writeFileSync(files[3]!, 'release 3, corrected');
    rmSync(files[7]!);
    build(20);
    const grown = readFileSync(cacheFile);
    expect(grown.subarray(0, whole.length)).toEqual(whole);
    const addition = JSON.parse(grown.subarray(whole.length).toString('utf8').split('\n')[1]!) as [string, unknown][];
    expect(addition.map(([file, entry]) => [file, entry === null ? null : 'entry'])).toEqual([
      [files[3], 'entry'],
      [files[7], null],
    ]);
    parsed.length = 0;
    const results = build(30);
    expect(parsed).toEqual([]);
    expect(results).toHaveLength(19);
    expect(results[3]).toBe('release 3, corrected');
  });

  it('writes the file whole again once its additions reach a quarter of it', () => {
    const { files, cacheFile, build } = archiveSetup();
    build();
    const first = statSync(cacheFile).size;
    let seconds = 20;
    for (const [i, file] of files.slice(0, 10).entries()) {
      writeFileSync(file, `release ${i}, corrected `.repeat(40));
      build((seconds += 10));
    }
    const lines = readFileSync(cacheFile, 'utf8').split('\n');
    expect(lines.length).toBeLessThan(2 * 10);
    expect(statSync(cacheFile).size).toBeLessThan(first * 1.5);
  });

  it('drops a torn addition with a warning and reads again only the files it named', () => {
    const { files, cacheFile, parsed, build } = archiveSetup();
    build();
    writeFileSync(files[3]!, 'release 3, corrected');
    build(20);
    const whole = readFileSync(cacheFile);
    writeFileSync(files[5]!, 'release 5, corrected');
    build(30);
    const withTwo = statSync(cacheFile).size;
    truncateSync(cacheFile, withTwo - 5);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    parsed.length = 0;
    const results = build(40);
    expect(parsed).toEqual(['release 5,']);
    expect([results[3], results[5]]).toEqual(['release 3, corrected', 'release 5, corrected']);
    expect(warn.mock.calls).toEqual([[expect.stringMatching(new RegExp(`^${cacheFile}: parse cache's addition at byte ${whole.length} is truncated .*; dropping it and any after it, their files are read again$`))]]);
    // The build wrote the file whole again: nothing torn is left in it.
    warn.mockClear();
    parsed.length = 0;
    build(50);
    expect(parsed).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('writes the file whole when another build changed it since it was read', () => {
    const { files, cacheFile, build } = archiveSetup();
    build();
    const cache = later(20, () => new ParseCache(cacheFile, 'k'));
    appendFileSync(cacheFile, 'another build was here');
    writeFileSync(files[3]!, 'release 3, corrected');
    later(20, () => files.forEach((file) => cache.get(file, () => ({ release: null, errors: [] }))));
    cache.save();
    expect(readFileSync(cacheFile, 'utf8')).not.toContain('another build was here');
    expect(readFileSync(cacheFile, 'utf8').split('\n')).toHaveLength(2);
  });
});
