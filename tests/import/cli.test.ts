import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run import -- …args`, as an editor runs it. */
const importCommand = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { encoding: 'utf8' });

describe('npm run import', () => {
  it('lists each page it did not take, then the reconciled counts, and exits 0', () => {
    const run = importCommand('tests/fixtures/thaigov', '--out', join(dir, 'content'), '--report', join(dir, 'reports', 'import.json'));
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('rejected  tests/fixtures/thaigov/v1/thaigov2-16/_2.txt: placeholder: a placeholder page dated "วันพฤหัสบดีที่ 1 มกราคม 2513" (1 January 1970) with no release behind it: nothing to import');
    expect(lines).toContain('duplicate tests/fixtures/thaigov/v1/6/ด้านกฎหมายฯ_1.txt: legacyId 1113 was already taken from tests/fixtures/thaigov/v1/5/ด้านกฎหมายฯ_45.txt; imported once, skipped here');
    expect(lines).toContain('read 18 = imported 13 + rejected 4 + duplicates 1');
    expect(lines).toContain('rejected: too-short 1, placeholder 2, no-url 1');
    expect(lines).toContain(`report: ${join(dir, 'reports', 'import.json')}`);
    expect(readdirSync(join(dir, 'content', 'news'))).toHaveLength(9);
    expect(readdirSync(dir).sort()).toEqual(['content', 'reports']);
    const report = JSON.parse(readFileSync(join(dir, 'reports', 'import.json'), 'utf8'));
    expect(report.counts).toMatchObject({ read: 18, imported: 13, rejected: 4, duplicates: 1 });
    expect(report.rejects).toHaveLength(4);
  });

  it('exits 2 with the usage on bad arguments', () => {
    const none = importCommand();
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^give at least one input: a \.txt page, a folder of them, or a \.tar\.xz archive\n\nusage: npm run import -- /);
    expect(importCommand('x', '--sample', 'many').stderr).toMatch(/^--sample takes a positive whole number, not "many"/);
    expect(importCommand('x', '--frobnicate').status).toBe(2);
  }, 90_000); // three node processes that each load tsx: seconds alone, more on a busy machine

  it('exits 1 and says what to do when an input cannot be read', () => {
    const missing = importCommand('../shared/corpus/thaigov-v3.tar.xz', '--out', join(dir, 'missing'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('import failed: ../shared/corpus/thaigov-v3.tar.xz: no such file or folder; give a .txt page, a folder of them, or a .tar.xz archive\n');
  });
});
