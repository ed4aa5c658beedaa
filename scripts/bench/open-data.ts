/**
 * `npx tsx scripts/bench/open-data.ts write [--content DIR] [--skip-cold]`
 * `npx tsx scripts/bench/open-data.ts api --url URL [--content DIR] [--seconds N] [--warm]`
 *
 * The open data's targets, measured (never part of `npm test`):
 * - `write`: every bulk file of DIR (default CONTENT_DIR, else ./content) written cold by `build:data` under
 *   `/usr/bin/time -v` into a temp folder (wall, CPU, peak RSS, total size against the corpus archives); then, in a
 *   hard-linked copy of DIR (`bench-out/open-data-content`) with one new release on its newest day, the update after
 *   that release (which years were written, days encoded and copied, time).
 * - `api`: against a running server built from DIR (`next start`, or nginx of the stack), autocannon runs, one after
 *   the other in one process, a list page (a different filter and cursor each request), a single release (a
 *   different slug each request) and a cached article; each run's p50/p95/p99 latency and rate.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { contentCacheFile, loadArchive, versionsOf } from '../../lib/content';
import { encodeCursor } from '../../lib/api/query';
import { paths } from '../../lib/listing';
import { updateOpenData } from '../../lib/data/update';
import { parseInParallel } from '../../lib/content/parallel';
import { parseTimeReport, quantile } from './support/measure';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { content: { type: 'string' }, url: { type: 'string' }, seconds: { type: 'string', default: '20' }, warm: { type: 'boolean', default: false }, 'skip-cold': { type: 'boolean', default: false } },
});
const content = resolve(values.content ?? process.env.CONTENT_DIR ?? 'content');
const mode = positionals[0];
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

if (mode === 'write') await benchWrite();
else if (mode === 'api' && values.url) await benchApi(values.url.replace(/\/+$/, ''));
else {
  console.error('usage: open-data.ts write [--content DIR] | api --url URL [--content DIR] [--seconds N] [--warm]');
  process.exit(2);
}

async function benchWrite() {
  const out = mkdtempSync(join(tmpdir(), 'open-data-bench-'));
  if (!values['skip-cold']) coldWrite(out);
  await afterOneRelease();
  rmSync(out, { recursive: true, force: true });
}

/** A cold write: a new folder and a state file nobody wrote (build:data keys its state by the folder). */
function coldWrite(out: string) {
  const cold = spawnSync('/usr/bin/time', ['-v', process.execPath, '--import', 'tsx', 'scripts/build-open-data.ts', '--out', join(out, 'data')], {
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
  });
  if (cold.status !== 0) throw new Error(`build:data failed:\n${cold.stdout}\n${cold.stderr}`);
  const time = parseTimeReport(cold.stderr);
  const files = readdirSync(join(out, 'data')).map((name) => ({ name, bytes: statSync(join(out, 'data', name)).size }));
  const sum = (pattern: RegExp) => files.filter((f) => pattern.test(f.name)).reduce((total, f) => total + f.bytes, 0);
  const corpus = ['thaigov-v1.tar.xz', 'thaigov-v2.tar.xz'].map((name) => join('..', 'shared', 'corpus', name));
  console.log(cold.stdout.trim().split('\n').at(-1));
  console.log(`cold build:data: ${time.wallSeconds.toFixed(1)} s wall, ${time.cpuSeconds.toFixed(1)} CPU-s, peak RSS ${megabytes(time.maxRssBytes)}`);
  console.log(`JSON Lines (gzip) ${megabytes(sum(/\.jsonl\.gz$/))}, CSV ${megabytes(sum(/\.csv$/))}, all files ${megabytes(sum(/./))}`);
  try {
    console.log(`corpus archives: ${corpus.map((file) => `${file.split('/').at(-1)} ${megabytes(statSync(file).size)}`).join(', ')}`);
  } catch {
    console.log('corpus archives: not found beside the checkout (../shared/corpus)');
  }
}

/**
 * One new release, in a hard-linked copy of the content kept in bench-out/ with its open data (the original is left
 * untouched; the copy keeps its parse cache and open data between runs: delete bench-out/open-data-* to start over).
 */
async function afterOneRelease() {
  const copy = resolve('bench-out', 'open-data-content');
  if (!existsSync(copy)) {
    mkdirSync(resolve('bench-out'), { recursive: true });
    execFileSync('cp', ['-al', content, copy]);
  }
  const out = resolve('bench-out', 'open-data-incremental', 'data');
  const stateFile = resolve('bench-out', 'open-data-incremental', 'state.json');
  const { cache } = await parseInParallel(copy, contentCacheFile(copy));
  const loaded = loadArchive(copy, cache ? { cache } : {});
  const archive = loaded.archive;
  const before = await updateOpenData(archive, { out, stateFile, hashOf: (absolute) => loaded.cache.hashOf(absolute) });
  console.log(`before the new release: ${before.written.length} year(s) written, ${before.kept.length} kept`);
  const newest = archive.stories[0]!;
  const slug = `${newest.date}-bench-open-data`;
  const added = join(copy, 'news', newest.date.slice(0, 4), `${slug}.th.md`);
  writeFileSync(added, `---\ntitle: "ข่าวทดสอบการเขียนข้อมูลเปิด"\ndate: ${newest.date}\n---\n\nเนื้อข่าวทดสอบ\n`);
  const loadStarted = performance.now();
  const after = loadArchive(copy, { cacheFile: contentCacheFile(copy) });
  const started = performance.now();
  const report = await updateOpenData(after.archive, { out, stateFile, hashOf: (absolute) => after.cache.hashOf(absolute) });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `after one new release (${slug}): years written ${report.written.join(', ')}, ${report.kept.length} kept, ${report.encodedDays} day(s) encoded, ` +
      `${report.copiedDays} copied, in ${seconds.toFixed(2)} s (content reload ${((started - loadStarted) / 1000).toFixed(1)} s before)`,
  );
  rmSync(added);
  const restored = loadArchive(copy, { cacheFile: contentCacheFile(copy) });
  await updateOpenData(restored.archive, { out, stateFile, hashOf: (absolute) => restored.cache.hashOf(absolute) });
}

/** One autocannon run over `paths` in turn; latencies of every answer, and the statuses seen. */
async function run(origin: string, paths: string[], seconds: number) {
  let next = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      { url: origin, connections: 4, duration: seconds, requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }] },
      (error, answer) => (error ? fail(error) : done(answer)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count]));
  return { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), p99: quantile(latencies, 0.99), rate: result.requests.average, statuses };
}

async function benchApi(origin: string) {
  const { archive } = loadArchive(content, { cacheFile: contentCacheFile(content) });
  const stories = archive.stories;
  const pick = (count: number) => Array.from({ length: count }, (_, i) => stories[Math.floor((i * stories.length) / count)]!);
  const years = [...new Set(stories.map((story) => story.date.slice(0, 4)))];
  const agencies = Object.keys(archive.agencies);
  const lists = pick(500).map((story, i) => {
    const release = versionsOf(story)[0]!;
    const filter = [`lang=th`, `year=${years[i % years.length]}`, `agency=${agencies[i % agencies.length]}`, `updatedSince=${story.date}`, ''][i % 5];
    return `/api/v1/releases?limit=20&cursor=${encodeCursor({ slug: story.slug, lang: release.lang })}${filter ? `&${filter}` : ''}`;
  });
  const singles = pick(500).map((story) => `/api/v1/releases/${story.slug}`);
  const article = paths.article('th', stories[0]!.slug);
  const seconds = Number(values.seconds);
  for (const [name, list] of [['list page', lists], ['single release', singles], ['cached article', [article]]] as const) {
    // --warm: ask every address once first, to measure what a cache in front (nginx) serves once it holds them.
    if (values.warm) for (const path of list) await fetch(origin + path).then((answer) => answer.arrayBuffer());
    const measured = await run(origin, [...list], seconds);
    console.log(`${name}: p50 ${measured.p50.toFixed(1)} ms, p95 ${measured.p95.toFixed(1)} ms, p99 ${measured.p99.toFixed(1)} ms, ${measured.rate.toFixed(0)} req/s, statuses ${JSON.stringify(measured.statuses)}`);
  }
}
