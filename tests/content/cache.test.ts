import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
  return { file, parsed, build };
}

describe('ParseCache', () => {
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
});
