import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '@/lib/content';
import { manifestSchema, type Manifest } from '@/lib/data/files';
import { releaseRowSchema, rowFields, type ReleaseRow } from '@/lib/data/row';
import { updateOpenData, type OpenDataOptions } from '@/lib/data/update';
import { registries, releaseFiles, testSite } from '../helpers/site';

/** A site of releases in 2017 (one day) and 2018 (three days, one story in two languages), and one deleted release. */
const files = {
  ...releaseFiles([
    { slug: '2017-05-02-budget', title: 'งบประมาณ 2561', agency: 'moph' },
    { slug: '2018-11-20-asean', title: 'อาเซียน', en: 'ASEAN', category: 'foreign-affairs', tags: ['อาเซียน'] },
    { slug: '2018-12-07-telmin', title: 'TELMIN ครั้งที่ 18', agency: 'mdes', legacyId: 17391 },
    { slug: '2018-12-01-health', title: 'สาธารณสุข', agency: 'moph' },
  ]),
  'gone.yaml': '2018-10-01-removed:\n  removed: 2018-10-05\n  legacyIds: [15000]\n',
};

/** Writes the open data of the content root `root` into `out`, at a fixed publication time (`hashed`: with the parse cache's hashes). */
async function write(root: string, out: string, options: Partial<OpenDataOptions> & { hashed?: boolean } = {}) {
  const { archive, errors, cache } = loadArchive(root);
  expect(errors).toEqual([]);
  const { hashed, ...rest } = options;
  const hashOf = hashed ? { hashOf: (absolute: string) => cache.hashOf(absolute) } : {};
  return updateOpenData(archive, { out, stateFile: join(out, '..', 'state.json'), publishedAt: new Date('2026-12-01T03:00:00Z'), threads: 1, ...hashOf, ...rest });
}

function outDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'open-data-')), 'data');
}

const manifestOf = (out: string): Manifest => manifestSchema.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
const jsonRows = (out: string, year: number): ReleaseRow[] =>
  gunzipSync(readFileSync(join(out, `releases-${year}.jsonl.gz`)))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => releaseRowSchema.parse(JSON.parse(line)));
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
/** Every file of a folder with its bytes, to compare two folders. */
const contents = (out: string) => Object.fromEntries(readdirSync(out).sort().map((name) => [name, readFileSync(join(out, name)).toString('base64')]));

describe('updateOpenData', () => {
  it('writes a JSON Lines and a CSV file per year, deleted.json, the row schema and a manifest that counts and checks them', async () => {
    const { root } = testSite(files);
    const out = outDir();
    const report = await write(root, out);
    expect(report.written).toEqual([2018, 2017]);
    expect(readdirSync(out).sort()).toEqual(['deleted.json', 'index.json', 'release.schema.json', 'releases-2017.csv', 'releases-2017.jsonl.gz', 'releases-2018.csv', 'releases-2018.jsonl.gz']);
    const manifest = manifestOf(out);
    expect(manifest.publishedAt).toBe('2026-12-01T03:00:00.000Z');
    expect(manifest.rowSchema).toBe('http://localhost:3000/data/release.schema.json');
    expect(manifest.files.map(({ name, year, rows, format, mediaType }) => [name, year, rows, format, mediaType])).toEqual([
      ['releases-2018.jsonl.gz', 2018, 4, 'jsonl.gz', 'application/gzip'],
      ['releases-2018.csv', 2018, 4, 'csv', 'text/csv; charset=utf-8'],
      ['releases-2017.jsonl.gz', 2017, 1, 'jsonl.gz', 'application/gzip'],
      ['releases-2017.csv', 2017, 1, 'csv', 'text/csv; charset=utf-8'],
      ['deleted.json', null, 1, 'json', 'application/json'],
    ]);
    for (const file of manifest.files) {
      expect(file.bytes).toBe(statSync(join(out, file.name)).size);
      expect(file.sha256).toBe(sha256(join(out, file.name)));
      expect(file.url).toBe(`http://localhost:3000/data/${file.name}`);
      expect(file.publishedAt).toBe('2026-12-01T03:00:00.000Z');
    }
    // Newest first, each story's Thai version before its English one.
    expect(jsonRows(out, 2018).map((row) => `${row.slug}.${row.language}`)).toEqual(['2018-12-07-telmin.th', '2018-12-01-health.th', '2018-11-20-asean.th', '2018-11-20-asean.en']);
    expect(JSON.parse(readFileSync(join(out, 'deleted.json'), 'utf8'))).toEqual([{ slug: '2018-10-01-removed', deleted: '2018-10-05' }]);
    const schema = JSON.parse(readFileSync(join(out, 'release.schema.json'), 'utf8'));
    expect(schema.$id).toBe('http://localhost:3000/data/release.schema.json');
    expect(Object.keys(schema.properties)).toEqual(rowFields);
  });

  it('writes CSV as Excel opens Thai: a byte-order mark, the header, CRLF records, RFC 4180 quoting', async () => {
    const { root } = testSite({
      ...registries,
      'news/2017/2017-05-02-quotes.th.md': '---\ntitle: \'ประกาศ "ด่วน", วันนี้\'\ndate: 2017-05-02\ntags: [ก, ข]\n---\n\nบรรทัดแรก\n\nบรรทัดที่สอง\n',
    });
    const out = outDir();
    await write(root, out);
    const csv = readFileSync(join(out, 'releases-2017.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(rowFields.join(','));
    expect(text).toContain('"ประกาศ ""ด่วน"", วันนี้"');
    expect(text).toContain('"[""ก"",""ข""]"');
    expect(text).toContain(',"บรรทัดแรก\n\nบรรทัดที่สอง","บรรทัดแรก\nบรรทัดที่สอง"\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('keeps the files of a year that did not change, and rewrites only the changed day of the year that did', async () => {
    const { root } = testSite(files);
    const out = outDir();
    await write(root, out);
    const before = Object.fromEntries(readdirSync(out).map((name) => [name, statSync(join(out, name)).mtimeMs]));

    const unchanged = await write(root, out, { publishedAt: new Date('2026-12-02T03:00:00Z') });
    expect([unchanged.written, unchanged.kept]).toEqual([[], [2018, 2017]]);
    expect(statSync(join(out, 'releases-2018.csv')).mtimeMs).toBe(before['releases-2018.csv']);
    expect(manifestOf(out).files.map((file) => file.publishedAt)).toEqual(Array(5).fill('2026-12-01T03:00:00.000Z'));
    expect(manifestOf(out).publishedAt).toBe('2026-12-02T03:00:00.000Z');

    writeFileSync(join(root, 'news/2018/2018-12-15-new.th.md'), '---\ntitle: ข่าวใหม่\ndate: 2018-12-15\n---\n\nเนื้อข่าวใหม่\n');
    const added = await write(root, out, { publishedAt: new Date('2026-12-03T03:00:00Z') });
    expect(added).toMatchObject({ written: [2018], kept: [2017], encodedDays: 1, copiedDays: 3, removed: [] });
    expect(statSync(join(out, 'releases-2017.csv')).mtimeMs).toBe(before['releases-2017.csv']);
    expect(manifestOf(out).files.map((file) => [file.name, file.publishedAt.slice(0, 10)])).toEqual([
      ['releases-2018.jsonl.gz', '2026-12-03'],
      ['releases-2018.csv', '2026-12-03'],
      ['releases-2017.jsonl.gz', '2026-12-01'],
      ['releases-2017.csv', '2026-12-01'],
      ['deleted.json', '2026-12-01'],
    ]);

    // The files built from the old ones are those a cold build writes.
    const cold = outDir();
    await write(root, cold, { stateFile: join(cold, '..', 'cold-state.json'), publishedAt: new Date('2026-12-03T03:00:00Z') });
    const { 'index.json': _, ...updatedFiles } = contents(out);
    const { 'index.json': __, ...coldFiles } = contents(cold);
    expect(updatedFiles).toEqual(coldFiles);
  });

  it('rewrites a year when only a body changed, and deletes the files of a year left without releases', async () => {
    const { root } = testSite(files);
    const out = outDir();
    await write(root, out);
    const file = join(root, 'news/2018/2018-11-20-asean.en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Text of ASEAN', 'Text of ASEAN, corrected'));
    rmSync(join(root, 'news/2017/2017-05-02-budget.th.md'));
    const report = await write(root, out);
    expect(report).toMatchObject({ written: [2018], kept: [], removed: [2017], encodedDays: 1, copiedDays: 2 });
    expect(jsonRows(out, 2018).find((row) => row.language === 'en')?.bodyMarkdown).toBe('Text of ASEAN, corrected');
    expect(readdirSync(out).filter((name) => name.startsWith('releases-2017'))).toEqual([]);
    expect(manifestOf(out).files.map((f) => f.name)).toEqual(['releases-2018.jsonl.gz', 'releases-2018.csv', 'deleted.json']);
  });

  it('with the parse cache\'s hashes, knows a body changed by its bytes, not by its file\'s times', async () => {
    const { root } = testSite(files);
    const out = outDir();
    await write(root, out, { hashed: true });
    const file = join(root, 'news/2018/2018-11-20-asean.en.md');
    utimesSync(file, new Date('2030-01-01'), new Date('2030-01-01'));
    expect(await write(root, out, { hashed: true })).toMatchObject({ written: [], kept: [2018, 2017] });
    // Without the hashes, the new times alone make the day change.
    expect(await write(root, out)).toMatchObject({ written: [2018, 2017], encodedDays: 4 });

    writeFileSync(file, readFileSync(file, 'utf8').replace('Text of ASEAN', 'Text of ASEAN!'));
    await write(root, out, { hashed: true });
    utimesSync(file, new Date('2030-01-01'), new Date('2030-01-01'));
    writeFileSync(file, readFileSync(file, 'utf8').replace('ASEAN!', 'ASEAN?'));
    utimesSync(file, new Date('2030-01-01'), new Date('2030-01-01'));
    expect(await write(root, out, { hashed: true })).toMatchObject({ written: [2018], kept: [2017], encodedDays: 1, copiedDays: 2 });
    expect(jsonRows(out, 2018).find((row) => row.language === 'en')?.bodyMarkdown).toBe('Text of ASEAN?');
  });

  it('writes every year again when a registry name changes (rows carry the names)', async () => {
    const { root } = testSite(files);
    const out = outDir();
    await write(root, out);
    writeFileSync(join(root, 'agencies.yaml'), registries['agencies.yaml'].replace('Ministry of Public Health', 'Ministry of Health'));
    const report = await write(root, out);
    expect(report).toMatchObject({ written: [2018, 2017], kept: [], encodedDays: 4, copiedDays: 0 });
    expect(jsonRows(out, 2017)[0]!.agencyNameEn).toBe('Ministry of Health');
  });

  it('writes the same bytes on worker threads as on the main thread', async () => {
    const { root } = testSite(files);
    const [main, threaded] = [outDir(), outDir()];
    await write(root, main);
    await write(root, threaded, { stateFile: join(threaded, '..', 'threaded-state.json'), threads: 2, threadedFrom: 0 });
    expect(contents(threaded)).toEqual(contents(main));
  });

  it('rebuilds a year from the releases when its files were changed or deleted behind its back', async () => {
    const { root } = testSite(files);
    const out = outDir();
    await write(root, out);
    rmSync(join(out, 'releases-2018.csv'));
    const report = await write(root, out);
    expect(report).toMatchObject({ written: [2018], kept: [2017], encodedDays: 3, copiedDays: 0 });
    expect(manifestOf(out).files.find((f) => f.name === 'releases-2018.csv')?.sha256).toBe(sha256(join(out, 'releases-2018.csv')));
  });
});
