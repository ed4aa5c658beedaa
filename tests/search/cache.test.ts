import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readAnalysisCache, writeAnalysisCache } from '@/lib/search/index/cache';

const VERSION = 'test-1';
const analysis = {
  terms: ['ฝุ่น', 'pm2.5', '2561'],
  entries: new Map([
    ['a.th.md:10:1', { doc: 0, length: 7, terms: new Uint32Array([0, 2]), titled: 1, counts: new Uint16Array([3, 1]) }],
    ['b.th.md:20:2', { doc: 1, length: 4, terms: new Uint32Array([1]), titled: 0, counts: new Uint16Array([4]) }],
  ]),
};

function written(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'search-cache-')), 'search-th.bin');
  writeAnalysisCache(path, VERSION, analysis);
  return path;
}

describe('the search analysis cache', () => {
  it('reads back what it wrote', () => {
    const read = readAnalysisCache(written(), VERSION);
    expect(read.terms).toEqual(analysis.terms);
    expect([...read.entries.keys()]).toEqual(['a.th.md:10:1', 'b.th.md:20:2']);
    expect([...read.entries.get('a.th.md:10:1')!.terms]).toEqual([0, 2]);
    expect([...read.entries.get('b.th.md:20:2')!.counts]).toEqual([4]);
    expect([...read.entries.values()].map((entry) => entry.titled)).toEqual([1, 0]);
  });

  it.each([
    ['truncated', (bytes: Buffer) => bytes.subarray(0, bytes.length - 5), /is truncated/],
    ['with one byte changed', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, -1), Buffer.from([bytes.at(-1)! ^ 1])]), /does not match its checksum/],
    ['with a damaged header', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, 26), Buffer.from('['), bytes.subarray(27)]), /header is unreadable/],
  ])('is discarded with a warning when %s, so a build analyzes everything again', (_, damage, warning) => {
    const path = written();
    writeFileSync(path, damage(readFileSync(path)));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const read = readAnalysisCache(path, VERSION);
    expect(read.entries.size).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(warning));
    warn.mockRestore();
  });

  it('is ignored without a warning when another version wrote it', () => {
    const warn = vi.spyOn(console, 'warn');
    expect(readAnalysisCache(written(), 'test-2').entries.size).toBe(0);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
