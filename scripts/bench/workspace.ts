import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';

/**
 * Where the benchmark keeps its state between runs (`BENCH_DIR`, default /tmp/thaigov-bench), so that `--only`
 * steps reuse the last import and build:
 *
 * | path | what |
 * | --- | --- |
 * | `full/content` | the whole corpus, imported once (`--fresh` imports again) |
 * | `sample-<N>/content` | a deterministic N-release subset of `full/content` |
 * | `site/` | the snapshot of this project that is built and served, with `build.json` saying of which dataset |
 * | `bare/` | the bare App Router app of the baselines |
 */
export const BENCH_DIR = resolve(process.env.BENCH_DIR ?? '/tmp/thaigov-bench');
/** The project being measured: the benchmark runs from its root (`npm run bench`). */
export const PROJECT_DIR = process.cwd();
export const SITE_DIR = join(BENCH_DIR, 'site');
export const BARE_DIR = join(BENCH_DIR, 'bare');
/** Results and logs, git-ignored. */
export const OUT_DIR = join(PROJECT_DIR, 'bench-out');

/** The content a run measures: the full corpus or a sample of it. */
export interface Dataset {
  /** `full` or `sample-2000`. */
  name: string;
  sample?: number;
  /** The content root (`CONTENT_DIR`). */
  content: string;
}

export function dataset(sample?: number): Dataset {
  const name = sample === undefined ? 'full' : `sample-${sample}`;
  return { name, ...(sample !== undefined && { sample }), content: join(BENCH_DIR, name, 'content') };
}

/** The release the warm rebuild adds (`news/<year>/<date>-bench-warm.th.md`); not part of any dataset. */
export const WARM_SLUG_SUFFIX = 'bench-warm';
export const isWarmRelease = (fileName: string) => fileName.includes(`-${WARM_SLUG_SUFFIX}.`);

/** A JSON record the steps leave for later runs (`full/import.json`, `site/build.json`), or undefined. */
export function readRecord<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export function writeRecord(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** The commit the working tree is on and whether it has changes (other engineers' work in progress). */
export function gitState(): { head: string; dirty: boolean } {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: PROJECT_DIR, encoding: 'utf8' }).stdout.trim();
  return { head: git('rev-parse', '--short', 'HEAD'), dirty: git('status', '--porcelain').length > 0 };
}

/**
 * Copies the project's working tree (tracked and untracked files that git does not ignore: no `.next`, `.cache`,
 * search index or other build output) into `SITE_DIR`, replacing the previous snapshot. The build runs there, so
 * that it neither clobbers nor is disturbed by the `.next` of engineers working in the repository. `node_modules`
 * is a real copy (Turbopack refuses a symlinked one outside the project root), refreshed only when the lockfile
 * changed.
 * @returns how many files were copied
 */
export function snapshotProject(): number {
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT_DIR, encoding: 'utf8' })
    .stdout.split('\0')
    .filter((file) => file && existsSync(join(PROJECT_DIR, file)));
  const modules = join(SITE_DIR, 'node_modules');
  const lockStamp = join(SITE_DIR, '.node_modules.lock-hash');
  const lockHash = createHash('sha1').update(readFileSync(join(PROJECT_DIR, 'package-lock.json'))).digest('hex');
  const keepModules = existsSync(modules) && readRecord<string>(lockStamp) === lockHash;
  if (keepModules) {
    for (const entry of readdirSync(SITE_DIR)) {
      if (entry !== 'node_modules' && entry !== '.node_modules.lock-hash') rmSync(join(SITE_DIR, entry), { recursive: true, force: true });
    }
  } else {
    rmSync(SITE_DIR, { recursive: true, force: true });
    mkdirSync(SITE_DIR, { recursive: true });
    cpSync(join(PROJECT_DIR, 'node_modules'), modules, { recursive: true, verbatimSymlinks: true });
    writeRecord(lockStamp, lockHash);
  }
  for (const file of files) {
    mkdirSync(dirname(join(SITE_DIR, file)), { recursive: true });
    cpSync(join(PROJECT_DIR, file), join(SITE_DIR, file));
  }
  return files.length;
}
