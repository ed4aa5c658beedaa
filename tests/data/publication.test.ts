import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentManifest } from '@/lib/data/publication';

const manifest = (publishedAt: string) => JSON.stringify({ publishedAt, rowSchema: 'http://localhost:3000/data/release.schema.json', files: [] });

describe('currentManifest', () => {
  it('reads the manifest being served, looks again at most once a second, and reads it again only when it changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    expect(currentManifest(dir, 1_000_000)).toBeUndefined();
    writeFileSync(join(dir, 'index.json'), manifest('2026-12-01T03:00:00.000Z'));
    expect(currentManifest(dir, 1_000_500)).toBeUndefined();
    expect(currentManifest(dir, 1_001_000)?.publishedAt).toBe('2026-12-01T03:00:00.000Z');
    writeFileSync(join(dir, 'index.json'), manifest('2026-12-02T03:00:00.000Z'));
    utimesSync(join(dir, 'index.json'), new Date(), new Date(Date.now() + 5000));
    expect(currentManifest(dir, 1_001_999)?.publishedAt).toBe('2026-12-01T03:00:00.000Z');
    expect(currentManifest(dir, 1_002_000)?.publishedAt).toBe('2026-12-02T03:00:00.000Z');
  });
});
