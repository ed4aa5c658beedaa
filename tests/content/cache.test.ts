import { mkdtempSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
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
