import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';

/**
 * Where the benchmark keeps its state between runs (`BENCH_DIR`, default /tmp/thaigov-bench), so that `--only`
 * steps reuse the last import and build:
 *
 * | path | what |
 * | --- | --- |
 * | `full/content` | the whole corpus, imported once (`--fresh` imports again), with its `import-report.json` |
 * | `sample-<N>/content` | a deterministic N-release subset of `full/content` |
 * | `site/` | the working copy of this project that is built and served, with `build.json` saying of which dataset; its `content/news/` holds the dataset's release files (hard links) |
 * | `bare/` | the bare App Router app of the baselines |
 */
export const BENCH_DIR = resolve(process.env.BENCH_DIR ?? '/tmp/thaigov-bench');
/** The project being measured: the benchmark runs from its root (`npm run bench`). */
export const PROJECT_DIR = process.cwd();
export const SITE_DIR = join(BENCH_DIR, 'site');
export const BARE_DIR = join(BENCH_DIR, 'bare');
/** What the build step leaves for the serving steps: a `BuildRecord` (steps/build.ts). */
export const buildRecordFile = join(SITE_DIR, 'build.json');
/** Results and logs, git-ignored. */
export const OUT_DIR = join(PROJECT_DIR, 'bench-out');

/** The content a run measures: the full corpus or a sample of it. */
export interface Dataset {
  /** `full` or `sample-2000`. */
  name: string;
  sample?: number;
  /** Where the import step keeps the dataset's content root, between runs. */
  content: string;
}

/**
 * Where the site being measured reads its content: `inside` the working copy's own `content/`, as the README tells
 * editors (the default), or `outside` it, in the dataset's folder named by `CONTENT_DIR`.
 */
export type Layout = 'inside' | 'outside';

/** The content root the site's build and server read for a layout. */
export function siteContent(data: Dataset, layout: Layout): string {
  return layout === 'inside' ? join(SITE_DIR, 'content') : data.content;
}

/** The environment that points the site at its content: nothing for `inside`, `CONTENT_DIR` for `outside`. */
export function contentEnv(data: Dataset, layout: Layout): Record<string, string> {
  return layout === 'inside' ? {} : { CONTENT_DIR: data.content };
}

/**
 * Puts the dataset's release files into the working copy's `content/news/`, in place of the shipped sample, as
 * `npm run import -- … --out content` leaves them: hard links to the imported files (same bytes, same mtimes),
 * made in a second or two instead of an import's minutes.
 * @returns how many release files were linked
 */
export function placeContent(data: Dataset): number {
  const news = join(SITE_DIR, 'content', 'news');
  rmSync(news, { recursive: true, force: true });
  let linked = 0;
  for (const year of readdirSync(join(data.content, 'news'))) {
    mkdirSync(join(news, year), { recursive: true });
    for (const name of readdirSync(join(data.content, 'news', year))) {
      if (isWarmRelease(name)) continue;
      linkSync(join(data.content, 'news', year, name), join(news, year, name));
      linked += 1;
    }
  }
  for (const name of ['agencies.yaml', 'categories.yaml']) cpSync(join(data.content, name), join(SITE_DIR, 'content', name));
  return linked;
}

export function dataset(sample?: number): Dataset {
  const name = sample === undefined ? 'full' : `sample-${sample}`;
  return { name, ...(sample !== undefined && { sample }), content: join(BENCH_DIR, name, 'content') };
}

/** Release files (`*.th.md`, `*.en.md`) of a content root, as paths relative to it, sorted; not the one the warm build adds. */
export function releaseFiles(content: string): string[] {
  const news = join(content, 'news');
  if (!existsSync(news)) return [];
  return readdirSync(news)
    .sort()
    .flatMap((year) => readdirSync(join(news, year)).filter((name) => name.endsWith('.md') && !isWarmRelease(name)).sort().map((name) => `news/${year}/${name}`));
}

/**
 * A deterministic subset of `n` items spread evenly over the list (so every year of a date-sorted list is in it).
 * @example spreadPick(['a', 'b', 'c', 'd', 'e', 'f'], 3) // ['a', 'c', 'e']
 */
export function spreadPick<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
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
  useThisNode();
  return files.length;
}

/**
 * Makes the snapshot's npm scripts run on the Node.js that runs the benchmark, so that two runs compare two versions:
 * `npm run bench` runs on the project's Node.js 24 (`node_modules/.bin/node`); `PATH=/usr/bin:/bin
 * node_modules/.bin/tsx scripts/bench.ts` on Debian's. npm puts `node_modules/.bin` first on a script's PATH, so a
 * `node` there that is another version is set aside (`node.aside`) for the run, and put back by the next one.
 */
function useThisNode(): void {
  const bin = join(SITE_DIR, 'node_modules/.bin/node');
  const aside = `${bin}.aside`;
  if (existsSync(aside) && !existsSync(bin)) renameSync(aside, bin);
  if (!existsSync(bin)) return;
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (version !== process.version) renameSync(bin, aside);
}
