import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadArchive } from '@/lib/content';
import { ImportError, ImportStopped, runImport, SourceError, type ImportReport } from '@/lib/import/run';

const fixtures = 'tests/fixtures/thaigov';
let dir: string;
let out: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-'));
  out = join(dir, 'content');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under the content root's news/, with its text and modification time. */
function snapshot(): Map<string, { text: string; mtime: number }> {
  const files = new Map<string, { text: string; mtime: number }>();
  if (!existsSync(join(out, 'news'))) return files;
  for (const year of readdirSync(join(out, 'news'))) {
    for (const name of readdirSync(join(out, 'news', year))) {
      const file = join(out, 'news', year, name);
      files.set(`${year}/${name}`, { text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs });
    }
  }
  return files;
}

const reconciles = ({ counts }: ImportReport) => counts.read === counts.imported + counts.rejected + counts.duplicates + counts.notSampled;

describe('importing the fixture folder', () => {
  it('accounts for every page: read 18 = imported 13 + rejected 4 + duplicates 1', async () => {
    const report = await runImport({ inputs: [fixtures], out });
    expect(report.counts).toEqual({
      read: 18, imported: 13, rejected: 4, duplicates: 1, notSampled: 0, ignored: 1, folders: 29, links: 0, otherEntries: 0,
      languages: { th: 12, en: 1 }, pairs: 0, likelyPairs: 0,
      written: 13, overwritten: 0, unchanged: 0, kept: 0, withAgency: 4, withCategory: 13, withTags: 1,
    });
    expect(reconciles(report)).toBe(true);
    expect(report.rejectedByReason).toEqual({ 'too-short': 1, placeholder: 2, 'no-url': 1 });
    expect(report.rejects.map(({ file, reason }) => `${file.slice(fixtures.length + 1)}: ${reason}`)).toEqual([
      'v1/thaigov2-12/ด้านสังคม_18.txt: too-short',
      'v1/thaigov2-16/_2.txt: placeholder',
      'v1/รายการคืนความสุขให้คนในชาติ/2559/1/23.txt: no-url',
      'v2/2025/09/03/_4_3a91c367-fea5-451a-bedb-e41203496682.txt: placeholder',
    ]);
    expect(report.duplicates).toEqual([{ file: `${fixtures}/v1/6/ด้านกฎหมายฯ_1.txt`, legacyId: 1113, of: `${fixtures}/v1/5/ด้านกฎหมายฯ_45.txt` }]);
    expect(report.ignored).toEqual([`${fixtures}/v1/README.md`]);
    expect(readdirSync(dir)).toEqual(['content']);
  });

  it('writes files the site loads without a single error', async () => {
    await runImport({ inputs: [fixtures], out });
    expect([...snapshot().keys()].sort()).toEqual([
      '2016/2016-12-26-1113.th.md', '2017/2017-04-28-3382.th.md', '2017/2017-06-20-4657.th.md', '2018/2018-12-07-17391.th.md',
      '2019/2019-11-16-24611.th.md', '2020/2020-05-12-30701.th.md', '2020/2020-08-18-34288.th.md', '2022/2022-10-07-60195.th.md',
      '2023/2023-03-23-66478.th.md', '2023/2023-11-06-74234.th.md', '2024/2024-01-02-76905.th.md', '2024/2024-09-09-87817.en.md',
      '2025/2025-07-31-99156.th.md',
    ]);
    const { archive, errors } = loadArchive(out);
    expect(errors).toEqual([]);
    expect(archive.stories).toHaveLength(13);
    expect(archive.byLegacyId.get(17391)?.story.th).toMatchObject({ slug: '2018-12-07-17391', agency: 'mdes', category: 'society' });
  });

  it('is idempotent: a second run changes no file', async () => {
    await runImport({ inputs: [fixtures], out });
    const before = snapshot();
    const again = await runImport({ inputs: [fixtures], out });
    expect(again.counts).toMatchObject({ imported: 13, written: 0, overwritten: 0, unchanged: 13, kept: 0 });
    expect(snapshot()).toEqual(before);
  });

  it('keeps a file an editor changed, and overwrites it only with force', async () => {
    await runImport({ inputs: [fixtures], out });
    const edited = join(out, 'news/2018/2018-12-07-17391.th.md');
    const original = readFileSync(edited, 'utf8');
    writeFileSync(edited, original.replace('category: society', 'category: economy'));

    const kept = await runImport({ inputs: [fixtures], out });
    expect(kept.counts).toMatchObject({ unchanged: 12, kept: 1, overwritten: 0 });
    expect(kept.kept).toEqual([edited]);
    expect(readFileSync(edited, 'utf8')).toContain('category: economy');

    const forced = await runImport({ inputs: [fixtures], out, force: true });
    expect(forced.counts).toMatchObject({ unchanged: 12, kept: 0, overwritten: 1 });
    expect(readFileSync(edited, 'utf8')).toBe(original);
  });

  it('writes nothing on a dry run, yet reports the same counts', async () => {
    const report = await runImport({ inputs: [fixtures], out, dryRun: true });
    expect(report.counts).toMatchObject({ read: 18, imported: 13, rejected: 4, duplicates: 1, written: 13 });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('counts a release already in the archive under another slug as a duplicate (the hand-written seed)', async () => {
    mkdirSync(join(out, 'news/2018'), { recursive: true });
    cpSync('content/news/2018/2018-12-07-telmin-18.th.md', join(out, 'news/2018/2018-12-07-telmin-18.th.md'));
    const report = await runImport({ inputs: [fixtures], out });
    expect(report.counts).toMatchObject({ read: 18, imported: 12, duplicates: 2 });
    expect(report.duplicates[0]).toEqual({ file: `${fixtures}/v1/23/ด้านสังคม_215.txt`, legacyId: 17391, of: join(out, 'news/2018/2018-12-07-telmin-18.th.md') });
    expect(existsSync(join(out, 'news/2018/2018-12-07-17391.th.md'))).toBe(false);
  });

  it('imports only a sample when asked, and the counts still reconcile', async () => {
    const report = await runImport({ inputs: [fixtures], out, sample: 5 });
    expect(report.counts).toMatchObject({ read: 18, imported: 5, rejected: 4, duplicates: 1, notSampled: 8 });
    expect(reconciles(report)).toBe(true);
    expect(snapshot().size).toBe(5);
  });
});

describe('registries', () => {
  it('stops at a registry that is not valid, naming its file and line', async () => {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'agencies.yaml'), 'mdes:\n  th: กระทรวงดิจิทัลฯ\n');
    await expect(runImport({ inputs: [fixtures], out })).rejects.toThrow(
      new ImportError(`${join(out, 'agencies.yaml')}:1: mdes.en: Invalid input: expected string, received undefined; run npm run check to see what is wrong`),
    );
  });
});

describe('inputs', () => {
  it('streams a .tar.xz archive into the same files as the folder, on worker threads too', async () => {
    const archive = join(dir, 'fixtures.tar.xz');
    execFileSync('tar', ['-cJf', archive, '-C', fixtures, '.']);
    const fromArchive = await runImport({ inputs: [archive], out, threads: 2 });
    expect(fromArchive.counts).toMatchObject({ read: 18, imported: 13, rejected: 4, duplicates: 1, ignored: 1, folders: 29, links: 0 });
    expect(fromArchive.rejects[0]?.file).toBe('fixtures.tar.xz:v1/thaigov2-12/ด้านสังคม_18.txt');
    const archived = snapshot();
    rmSync(out, { recursive: true });
    await runImport({ inputs: [fixtures], out });
    expect(snapshot().size).toBe(13);
    for (const [name, { text }] of snapshot()) expect(archived.get(name)?.text).toBe(text);
  });

  it('counts links and folders, which it never follows', async () => {
    const input = join(dir, 'input');
    cpSync(`${fixtures}/v2`, input, { recursive: true });
    symlinkSync('2025/09/03', join(input, 'shortcut'));
    symlinkSync('/etc/passwd', join(input, 'passwd.txt'));
    const fromFolder = await runImport({ inputs: [input], out, dryRun: true });
    const archive = join(dir, 'input.tar.xz');
    execFileSync('tar', ['-cJf', archive, '-C', input, '.']);
    const fromArchive = await runImport({ inputs: [archive], out, dryRun: true });
    for (const report of [fromFolder, fromArchive]) {
      expect(report.counts).toMatchObject({ read: fromFolder.counts.read, links: 2, folders: 16, otherEntries: 0 });
      expect(report.ignored.filter((entry) => /shortcut|passwd/.test(entry))).toHaveLength(2);
    }
  });

  it('stops half-way through a truncated archive with a report of what it had written', async () => {
    const archive = join(dir, 'fixtures.tar.xz');
    execFileSync('tar', ['-cJf', archive, '-C', fixtures, '.']);
    const whole = readFileSync(archive);
    const truncated = join(dir, 'truncated.tar.xz');
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.7)));
    const stopped = await runImport({ inputs: [truncated], out }).catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(ImportStopped);
    const { report, message } = stopped as ImportStopped;
    expect(message).toMatch(/truncated\.tar\.xz: not a readable \.tar\.xz archive/);
    expect(report.stopped?.reason).toBe(message);
    expect(report.counts.read).toBeGreaterThan(0);
    expect(report.counts.read).toBeLessThan(18);
    expect(reconciles(report)).toBe(true);
    const written = [...snapshot().keys()].map((name) => join(out, 'news', name)).sort();
    expect(written.length).toBe(report.counts.written);
    expect([...report.stopped!.written].sort()).toEqual(written);
    const rerun = await runImport({ inputs: [archive], out });
    expect(rerun.counts).toMatchObject({ imported: 13, written: 13 - written.length, unchanged: written.length });
  });

  it('stops with a message that names the input when it cannot be read', async () => {
    await expect(runImport({ inputs: ['nowhere/thaigov.tar.xz'], out })).rejects.toThrow(
      new SourceError('nowhere/thaigov.tar.xz: no such file or folder; give a .txt page, a folder of them, or a .tar.xz archive'),
    );
    const broken = join(dir, 'broken.tar.xz');
    writeFileSync(broken, 'not an archive');
    await expect(runImport({ inputs: [broken], out })).rejects.toThrow(/broken\.tar\.xz: not a readable \.tar\.xz archive \(xz: .*File format not recognized\)/);
  });
});
