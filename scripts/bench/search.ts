/**
 * `npm run bench:search [-- --scales 1000,10000,full] [--corpus DIR] [--queries "q1|q2|q3"]`
 *
 * Measures the search index at each scale: the corpus imported with the project's importer (`npm run import`, both
 * archives, once, into BENCH_DIR; a smaller scale is an evenly spread subset of it), then for each scale
 *   - a cold index build (no caches): wall time, content loading time, peak memory;
 *   - the index on disk: bytes and files;
 *   - an update: one release added, index rebuilt (its caches warm);
 *   - in Chromium, against the real search page (`next start` of a snapshot of this project, serving the scale's
 *     index): bytes transferred for a first query (index data, and the page itself) and for later queries.
 * Prints a table and writes `bench-out/search-<date>.json`. Never part of `npm test`; only localhost is contacted.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { command } from '../../lib/cli';
import { contentCacheFile } from '../../lib/content';
import { locales } from '../../lib/i18n/locales';
import { SEARCH_INDEX_DIR } from '../../lib/search/format';
import { analysisCacheFile } from '../../lib/search/index/update';
import { launchChromium } from '../../lib/testing/chromium';
import { startNext, type NextServer } from '../../lib/testing/next-server';

const { values: args } = command({
  usage: 'usage: npm run bench:search [-- --scales 1000,10000,full] [--corpus DIR] [--queries "q1|q2|q3"]',
  options: {
    scales: { type: 'string', default: '1000,10000,full' },
    corpus: { type: 'string', default: '../shared/corpus' },
    queries: { type: 'string', default: 'ฝุ่น PM2.5|ท่องเที่ยว ภูเก็ต|นายกรัฐมนตรี ประชุม' },
  },
});

const PROJECT = process.cwd();
const BENCH_DIR = resolve(process.env.BENCH_DIR ?? '/tmp/thaigov-bench');
const WORK = join(BENCH_DIR, 'search');
const queries = args.queries.split('|');
const log = (line: string) => console.log(`[bench:search] ${line}`);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} KB`;

/** The whole corpus as release files: reuses a finished import of the site benchmark, else imports once itself. */
function fullContent(): string {
  const shared = join(BENCH_DIR, 'full');
  if (existsSync(join(shared, 'import.json')) && existsSync(join(shared, 'content', 'news'))) return join(shared, 'content');
  const content = join(WORK, 'full', 'content');
  const marker = join(WORK, 'full', 'import.json');
  if (existsSync(marker)) return content;
  const corpus = ['thaigov-v1.tar.xz', 'thaigov-v2.tar.xz'].map((name) => resolve(args.corpus, name));
  rmSync(dirname(content), { recursive: true, force: true });
  mkdirSync(dirname(content), { recursive: true });
  log(`importing ${corpus.join(' and ')} (once; kept in ${content})`);
  const started = performance.now();
  const run = spawnSync('npm', ['run', 'import', '--', ...corpus, '--out', content, '--report', join(WORK, 'full', 'import-report.json')], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`npm run import exited with ${run.status}`);
  writeFileSync(marker, JSON.stringify({ seconds: (performance.now() - started) / 1000, finishedAt: new Date().toISOString() }));
  return content;
}

/** Story files (`news/<year>/<slug>.th.md` and its `.en.md`), grouped by slug, in date order. */
function storiesOf(content: string): string[][] {
  const bySlug = new Map<string, string[]>();
  for (const year of readdirSync(join(content, 'news')).sort()) {
    for (const name of readdirSync(join(content, 'news', year)).sort()) {
      if (!name.endsWith('.md') || name.includes('-bench-added.')) continue;
      const slug = name.replace(/\.(th|en)\.md$/, '');
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), `news/${year}/${name}`]);
    }
  }
  return [...bySlug.values()];
}

/** A subset of `n` stories spread evenly over the dates of the full content (so every year is in it). */
function sampleContent(full: string, n: number): string {
  const content = join(WORK, `sample-${n}`, 'content');
  if (existsSync(join(content, 'news'))) return content;
  const stories = storiesOf(full);
  const picked = Array.from({ length: Math.min(n, stories.length) }, (_, i) => stories[Math.floor((i * stories.length) / Math.min(n, stories.length))]!);
  for (const name of ['agencies.yaml', 'categories.yaml']) {
    mkdirSync(content, { recursive: true });
    cpSync(join(full, name), join(content, name));
  }
  for (const files of picked) {
    for (const file of files) {
      mkdirSync(dirname(join(content, file)), { recursive: true });
      linkSync(join(full, file), join(content, file));
    }
  }
  return content;
}

interface BuildRun {
  seconds: number;
  contentSeconds: number;
  /** User + system CPU time of the build process, all threads: what the build costs whatever else runs. */
  cpuSeconds: number;
  peakMB: number;
  output: string;
}

/** Runs the index build as `npm run build:search` would, in its own process, and reads its closing line. */
function buildIndex(content: string, out: string): BuildRun {
  const started = performance.now();
  // With the Node.js flags package.json's build:search gives it (tests/deploy/node.test.ts says why).
  const script = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['build:search']!;
  const flags = script.split(/\s+/).filter((word) => word.startsWith('--'));
  const run = spawnSync(process.execPath, [...flags, '--import', 'tsx', 'scripts/build-search-index.ts', '--out', out], {
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`the index build failed:\n${run.stdout}\n${run.stderr}`);
  const summary = /content ([\d.]+) s[^)]*\), CPU ([\d.]+) s on all threads, peak memory (\d+) MB/.exec(run.stdout);
  return { seconds, contentSeconds: Number(summary?.[1]), cpuSeconds: Number(summary?.[2]), peakMB: Number(summary?.[3]), output: run.stdout.trim() };
}

/** Forget everything a cold build could reuse: the index, its analysis caches, the content parse cache. */
function clearCaches(content: string, out: string) {
  rmSync(out, { recursive: true, force: true });
  const cache = join(PROJECT, '.cache');
  for (const file of [...locales.map((lang) => analysisCacheFile(cache, out, lang, content)), contentCacheFile(content)]) rmSync(file, { force: true });
}

function sizeOnDisk(dir: string): { bytes: number; files: number; blocks: number } {
  let bytes = 0;
  let files = 0;
  let blocks = 0;
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stat = statSync(path);
        bytes += stat.size;
        blocks += stat.blocks * 512;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files, blocks };
}

/** Adds one release (a copy of the newest, a day later), rebuilds, times it, and takes the release away again. */
function update(content: string, out: string): BuildRun {
  const stories = storiesOf(content);
  const newest = stories.at(-1)!.find((file) => file.endsWith('.th.md'))!;
  const date = /(\d{4}-\d{2}-\d{2})/.exec(newest)![1]!;
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const file = join(content, 'news', next.slice(0, 4), `${next}-bench-added.th.md`);
  const text = readFileSync(join(content, newest), 'utf8')
    .replace(/^date: .*$/m, `date: ${next}`)
    .replace(/^(legacyId|source): .*\n/gm, '');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  try {
    return buildIndex(content, out);
  } finally {
    rmSync(file);
  }
}

/** A copy of this project's last commit with its own `.next`, built once, whose `public/search-index` points at a scale's index. */
function siteSnapshot(): string {
  const site = join(WORK, 'site');
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  if (existsSync(join(site, '.next', 'BUILD_ID')) && existsSync(join(site, 'built-from')) && readFileSync(join(site, 'built-from'), 'utf8') === head) return site;
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  const unpack = spawnSync('sh', ['-c', `git archive HEAD | tar -x -C '${site}'`]);
  if (unpack.status !== 0) throw new Error(`could not copy HEAD into ${site}`);
  // The shipped content as it is now (the page shell does not depend on it, but the build validates it).
  cpSync(join(PROJECT, 'content'), join(site, 'content'), { recursive: true });
  const copy = spawnSync('cp', ['-al', join(PROJECT, 'node_modules'), join(site, 'node_modules')]);
  if (copy.status !== 0) cpSync(join(PROJECT, 'node_modules'), join(site, 'node_modules'), { recursive: true });
  log('building the site snapshot (next build, shipped content)');
  const build = spawnSync('npx', ['next', 'build'], { cwd: site, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`next build of the snapshot failed:\n${build.stdout}\n${build.stderr}`);
  writeFileSync(join(site, 'built-from'), head);
  return site;
}

/** Serves the site snapshot with a scale's index in its `public/search-index`. */
function serve(site: string, index: string, port: number): Promise<NextServer> {
  const link = join(site, SEARCH_INDEX_DIR);
  rmSync(link, { recursive: true, force: true });
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(index, link);
  return startNext(site, { port, readyPath: '/th/search' });
}

interface Transfer {
  query: string;
  /** Bytes of search-index files (on the wire, headers included). */
  data: number;
  /** Everything else the step fetched (HTML, scripts, styles, fonts). */
  page: number;
  requests: number;
  results: string;
}

/** Bytes Chromium fetched for the search page and each query typed into it, split into index data and page. */
async function measureQueries(base: string): Promise<{ shell: Transfer; ownScripts: number; queries: Transfer[] }> {
  const browser = await launchChromium();
  try {
    const scriptsOf = async (path: string) => {
      const page = await browser.newPage();
      const scripts = new Map<string, number>();
      page.on('requestfinished', async (request) => {
        if (request.resourceType() === 'script') scripts.set(request.url(), (await request.sizes()).responseBodySize);
      });
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      await page.close();
      return scripts;
    };
    const home = await scriptsOf('/th');
    const ownScripts = [...(await scriptsOf('/th/search'))].filter(([url]) => !home.has(url)).reduce((sum, [, bytes]) => sum + bytes, 0);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    const urls = new Map<string, string>();
    let seen: { url: string; bytes: number }[] = [];
    cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
    cdp.on('Network.loadingFinished', (event) => seen.push({ url: urls.get(event.requestId) ?? '', bytes: event.encodedDataLength }));
    const take = (query: string, results: string): Transfer => {
      const data = seen.filter((r) => r.url.includes('/search-index/')).reduce((sum, r) => sum + r.bytes, 0);
      const page = seen.filter((r) => !r.url.includes('/search-index/')).reduce((sum, r) => sum + r.bytes, 0);
      const transfer = { query, data, page, requests: seen.length, results };
      seen = [];
      return transfer;
    };
    await page.goto(`${base}/th/search`, { waitUntil: 'networkidle' });
    const shell = take('(page)', '');
    const status = page.locator('[role="status"]');
    const measured: Transfer[] = [];
    for (const query of queries) {
      await page.fill('#search-q', query);
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(() => /พบ|ไม่พบ/.test(document.querySelector('[role="status"]')?.textContent ?? ''), undefined, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      measured.push(take(query, await status.innerText()));
    }
    return { shell, ownScripts, queries: measured };
  } finally {
    await browser.close();
  }
}

interface ScaleResult {
  scale: string;
  releases: number;
  cold: BuildRun;
  warm: BuildRun;
  update: BuildRun;
  disk: ReturnType<typeof sizeOnDisk>;
  shell: Transfer;
  /** Script bytes (body, as sent) the search page loads beyond what the home page loads: its own code. */
  ownScripts: number;
  queries: Transfer[];
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  const started = new Date();
  log(`${started.toISOString()} on ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const full = fullContent();
  const site = siteSnapshot();
  const results: ScaleResult[] = [];
  let port = 3400;
  for (const scale of args.scales.split(',')) {
    const content = scale === 'full' ? full : sampleContent(full, Number(scale));
    const releases = storiesOf(content).flat().length;
    const out = join(WORK, `index-${scale}`);
    log(`${scale}: ${releases} release files; cold build`);
    clearCaches(content, out);
    const cold = buildIndex(content, out);
    log(cold.output.split('\n').join(' | '));
    const disk = sizeOnDisk(out);
    const warm = buildIndex(content, out);
    const updated = update(content, out);
    log(`update: ${updated.output.split('\n').join(' | ')}`);
    buildIndex(content, out);
    const server = await serve(site, out, ++port);
    try {
      const transfer = await measureQueries(server.origin);
      results.push({ scale, releases, cold, warm, update: updated, disk, ...transfer });
    } finally {
      await server.stop();
    }
    print(results.at(-1)!);
  }
  const file = join(PROJECT, 'bench-out', `search-${started.toISOString().slice(0, 10)}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ date: started.toISOString(), load: loadavg(), results }, null, 2)}\n`);
  log(`written ${file}`);
}

function print(r: ScaleResult) {
  const lines = [
    `scale ${r.scale} (${r.releases} release files)`,
    `  cold build      ${r.cold.seconds.toFixed(1)} s (content ${r.cold.contentSeconds.toFixed(1)} s; CPU ${r.cold.cpuSeconds.toFixed(0)} s), peak ${r.cold.peakMB} MB`,
    `  rebuild, no change ${r.warm.seconds.toFixed(1)} s; one release added ${r.update.seconds.toFixed(1)} s (CPU ${r.update.cpuSeconds.toFixed(0)} s, peak ${r.update.peakMB} MB)`,
    `  on disk         ${mb(r.disk.bytes)} in ${r.disk.files} files (${mb(r.disk.blocks)} of blocks)`,
    `  search page     ${kb(r.shell.page)} (HTML, scripts, styles, fonts; ${r.shell.requests} requests), of which scripts the home page lacks ${kb(r.ownScripts)}`,
    ...r.queries.map((q, i) => `  query ${i + 1} «${q.query}»  index data ${kb(q.data)}, other ${kb(q.page)}, ${q.requests} requests → ${q.results}`),
  ];
  console.log(lines.join('\n'));
}

await main();
