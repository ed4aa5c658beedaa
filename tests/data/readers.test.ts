import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentPath } from '@/lib/content/path';
import { loadArchive, readBody, versionsOf, type Archive } from '@/lib/content';
import { manifestSchema, type Manifest } from '@/lib/data/files';
import { updateOpenData } from '@/lib/data/update';

/**
 * Real clients read the bulk files of the shipped sample (`content/`): Debian's python3 with its csv, json, gzip and
 * hashlib modules and pandas (`apt-get install python3-pandas`), and coreutils' sha256sum against the manifest.
 */

const PYTHON = '/usr/bin/python3';
const out = join(mkdtempSync(join(tmpdir(), 'open-data-readers-')), 'data');
let archive: Archive;
let manifest: Manifest;

interface PythonFinding {
  pandas: string | null;
  files: Record<string, { sha256: string; rows: number; pandasRows?: number; pandasTitles?: string[] }>;
  rows: Record<string, { csv?: [string, string, string[]]; json?: [string, string, string[]] }>;
}
let python: PythonFinding;

beforeAll(async () => {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: apt-get install -y python3 python3-pandas`);
  const loaded = loadArchive(contentPath(process.cwd(), 'content'));
  expect(loaded.errors).toEqual([]);
  archive = loaded.archive;
  await updateOpenData(archive, { out, stateFile: join(out, '..', 'state.json'), threads: 1 });
  manifest = manifestSchema.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
  python = JSON.parse(execFileSync(PYTHON, [join(import.meta.dirname, 'read-open-data.py'), out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}, 120_000);

/** `slug.lang` → [title, SHA-1 of the Markdown body, tags] of every release of the sample, as written. */
function expectedRows(): Record<string, [string, string, string[]]> {
  const rows: Record<string, [string, string, string[]]> = {};
  for (const story of archive.stories) {
    for (const release of versionsOf(story)) {
      const body = readBody(archive, release).trim();
      rows[`${story.slug}.${release.lang}`] = [release.title, createHash('sha1').update(body).digest('hex'), (story.th ?? release).tags];
    }
  }
  return rows;
}

describe('the bulk files of the shipped sample, read by real clients', () => {
  it('Python reads as many rows from every file as the manifest says, with matching SHA-256', () => {
    expect(Object.keys(python.files)).toEqual(manifest.files.map((file) => file.name));
    for (const file of manifest.files) {
      expect(python.files[file.name], file.name).toMatchObject({ sha256: file.sha256, rows: file.rows });
    }
    expect(manifest.files.filter((f) => f.format === 'csv').reduce((sum, f) => sum + f.rows, 0)).toBe(Object.keys(expectedRows()).length);
  });

  it('Python finds every title, tag and body intact, Thai and English, in both the CSV and the JSON Lines files', () => {
    const expected = expectedRows();
    expect(Object.keys(python.rows).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, row] of Object.entries(expected)) {
      expect(python.rows[key], key).toEqual({ csv: row, json: row });
    }
    expect(python.rows['2018-12-07-telmin-18.th']?.json?.[0]).toBe('กระทรวงดิจิทัลฯ เผยที่ประชุม TELMIN ครั้งที่ 18 เห็นพ้องข้อเสนอไทยเรื่อง “มั่นคงปลอดภัยไซเบอร์” ความเชื่อมโยงและการขับเคลื่อนเศรษฐกิจดิจิทัลฯ');
  });

  it('pandas reads every file to the manifest count with the same titles', () => {
    if (python.pandas === null) throw new Error(`pandas is missing from ${PYTHON}: apt-get install -y python3-pandas`);
    for (const file of manifest.files.filter((f) => f.year !== null)) {
      const titles = Object.entries(expectedRows())
        .filter(([key]) => key.startsWith(`${file.year}-`))
        .map(([, [title]]) => title)
        .sort();
      expect(python.files[file.name], file.name).toMatchObject({ pandasRows: file.rows, pandasTitles: titles });
    }
  });

  it('sha256sum checks every file against the manifest', () => {
    writeFileSync(join(out, '..', 'SHA256SUMS'), manifest.files.map((file) => `${file.sha256}  ${file.name}\n`).join(''));
    const report = execFileSync('sha256sum', ['-c', join(out, '..', 'SHA256SUMS')], { cwd: out, encoding: 'utf8' });
    expect(report.trim().split('\n')).toEqual(manifest.files.map((file) => `${file.name}: OK`));
  });
});
