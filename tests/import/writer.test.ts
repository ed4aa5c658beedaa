import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existingReleases, ReleaseWriter } from '@/lib/import/writer';

let out: string;
beforeEach(() => {
  out = join(mkdtempSync(join(tmpdir(), 'writer-')), 'content');
});
afterEach(() => rmSync(join(out, '..'), { recursive: true, force: true }));

const target = 'news/2018/2018-12-07-17391.th.md';
const text = '---\ntitle: TELMIN\ndate: 2018-12-07\nlegacyId: 17391\n---\n\ntext\n';

async function save(options: { dryRun?: boolean; force?: boolean }, content = text) {
  const writer = new ReleaseWriter(out, existingReleases(out).files, { dryRun: options.dryRun ?? false, force: options.force ?? false });
  const outcome = await writer.save(target, content);
  await writer.close();
  return outcome;
}

describe('ReleaseWriter', () => {
  it('writes a new file, then leaves it alone when the text is the same', async () => {
    expect(await save({})).toBe('written');
    expect(readFileSync(join(out, target), 'utf8')).toBe(text);
    expect(await save({})).toBe('unchanged');
  });

  it('keeps a file an editor changed, and overwrites it only with force', async () => {
    mkdirSync(join(out, 'news/2018'), { recursive: true });
    writeFileSync(join(out, target), text.replace('TELMIN', 'TELMIN 18'));
    expect(await save({})).toBe('kept');
    expect(readFileSync(join(out, target), 'utf8')).toContain('TELMIN 18');
    expect(await save({ force: true })).toBe('overwritten');
    expect(readFileSync(join(out, target), 'utf8')).toBe(text);
  });

  it('writes nothing on a dry run, yet says what it would do', async () => {
    expect(await save({ dryRun: true })).toBe('written');
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });

  it('names the file it could not write', async () => {
    mkdirSync(join(out, target), { recursive: true }); // a folder where the file should go
    const writer = new ReleaseWriter(out, new Set(), { dryRun: false, force: false });
    await writer.save(target, text);
    await expect(writer.close()).rejects.toThrow(`cannot write ${join(out, target)}: EISDIR: illegal operation on a directory, open '${join(out, target)}'`);
  });
});

describe('existingReleases', () => {
  it('finds the release files and the legacyId of each, from a Thai file’s name or else the front matter', () => {
    mkdirSync(join(out, 'news/2018'), { recursive: true });
    writeFileSync(join(out, target), text);
    writeFileSync(join(out, 'news/2018/2018-12-07-telmin-18.th.md'), text.replace('17391', '17390'));
    writeFileSync(join(out, 'news/2018/2018-12-07-telmin-18.en.md'), text.replace('17391', '5001'));
    writeFileSync(join(out, 'news/2018/2018-12-07-17391.en.md'), text.replace('17391', '5002'));
    const found = existingReleases(out);
    expect([...found.files].sort()).toEqual(['news/2018/2018-12-07-17391.en.md', 'news/2018/2018-12-07-17391.th.md', 'news/2018/2018-12-07-telmin-18.en.md', 'news/2018/2018-12-07-telmin-18.th.md']);
    expect(found.ids).toEqual(
      new Map([
        [5002, 'news/2018/2018-12-07-17391.en.md'],
        [17391, target],
        [5001, 'news/2018/2018-12-07-telmin-18.en.md'],
        [17390, 'news/2018/2018-12-07-telmin-18.th.md'],
      ]),
    );
  });
});
