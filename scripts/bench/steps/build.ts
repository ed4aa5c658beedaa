import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../support/command';
import { freePort, mb, parseTimeReport, TreeSampler } from '../support/measure';
import type { Progress } from '../support/progress';
import { buildRecordFile, contentEnv, isWarmRelease, placeContent, readRecord, siteContent, SITE_DIR, snapshotProject, WARM_SLUG_SUFFIX, writeRecord, type Dataset, type Layout } from '../support/workspace';

/**
 * Step `build`: a cold `npm run build` of a fresh snapshot of the project (no `.next`, `.cache` or search index)
 * with the dataset in its own `content/` (or, with `--outside`, in `CONTENT_DIR`), then a warm one after adding one
 * release, each under `/usr/bin/time -v` with the whole process tree's memory sampled every 0.5 s.
 */

/** One `npm run build`. */
export interface BuildRun {
  wallSeconds: number;
  /** CPU time of the whole build (user + system, every process): what it costs whatever else the machine runs. */
  cpuSeconds: number;
  /** The machine's 1-minute load average when the build started and when it ended (2 cores: above 2, others wait). */
  loadAverage: [number, number];
  /** `/usr/bin/time -v`'s maximum RSS: the largest single process of the tree. */
  maxSingleRssMb: number;
  /** The largest sum of PSS over the whole process tree at one sample: what the build really holds. */
  peakTreePssMb: number;
  /** The largest sum of RSS over the whole process tree at one sample (shared pages counted in every process). */
  peakTreeRssMb: number;
  /** The processes that held the most memory (PSS), each at its own peak. */
  topProcesses: { name: string; peakPssMb: number; peakRssMb: number }[];
  /** Wall time between the markers of the build's output (see {@link buildPhases}). */
  phases: { phase: string; seconds: number }[];
  /** The durations Next.js itself reports (`✓ Compiled successfully in 51s`). */
  nextReported: string[];
  log: string;
}

/** What the build step leaves in `site/build.json` for the serving steps. */
export interface BuildRecord {
  dataset: string;
  /** Where the site read its content. */
  layout: Layout;
  releases: number;
  builtAt: string;
  /** The port and `SITE_URL` the site was built for (canonical links); the server uses them again when it can. */
  port: number;
  siteUrl: string;
  cold: BuildRun;
  warm: BuildRun;
  /** The slug of the release the warm build added. */
  warmSlug: string;
  /** Pages Next.js pre-rendered, by route (`/[lang]/news/[[...path]]`), and how many of them are articles. */
  prerendered: { byRoute: Record<string, number>; articles: number; total: number };
}

const MARKERS: [string, RegExp][] = [
  ['compile', /Creating an optimized production build/],
  ['typescript', /Running TypeScript/],
  ['collect page data', /Collecting page data/],
  ['generate static pages', /Generating static pages.*\(0\//],
  ['finalize', /Finalizing page optimization/],
  ['after next build (route table, postbuild)', /^Route \(app\)/],
];

/**
 * Splits a build's wall time into phases at the lines where `next build` starts each one. Time before `▲ Next.js`
 * is whatever runs first (a prebuild step such as a search index); time after the route table is what runs after.
 * @param lines output lines with their arrival time in seconds
 * @example buildPhases([{ t: 2, text: '▲ Next.js 16' }, { t: 3, text: 'Creating an optimized production build ...' }, { t: 9, text: 'Route (app)' }], 10)
 * // [{ phase: 'before next build', seconds: 2 }, { phase: 'next build start-up', seconds: 1 }, { phase: 'compile', seconds: 6 }, { phase: 'after next build (route table, postbuild)', seconds: 1 }]
 */
export function buildPhases(lines: { t: number; text: string }[], totalSeconds: number): { phase: string; seconds: number }[] {
  const found: { phase: string; t: number }[] = [];
  const banner = lines.find((line) => /▲ Next\.js/.test(line.text));
  if (banner) found.push({ phase: 'before next build', t: 0 }, { phase: 'next build start-up', t: banner.t });
  for (const [phase, pattern] of MARKERS) {
    const line = lines.find((l) => pattern.test(l.text));
    if (line) found.push({ phase, t: line.t });
  }
  found.sort((a, b) => a.t - b.t);
  return found.map(({ phase, t }, i) => ({ phase, seconds: Math.round(((found[i + 1]?.t ?? totalSeconds) - t) * 10) / 10 }));
}

/** Pre-rendered pages from `.next/prerender-manifest.json`, counted by the route that made them. */
function prerendered(): BuildRecord['prerendered'] {
  const manifest = readRecord<{ routes: Record<string, { srcRoute?: string | null }> }>(join(SITE_DIR, '.next/prerender-manifest.json'));
  const byRoute: Record<string, number> = {};
  let articles = 0;
  for (const [path, route] of Object.entries(manifest?.routes ?? {})) {
    const key = route.srcRoute ?? path;
    byRoute[key] = (byRoute[key] ?? 0) + 1;
    if (/\/news\/\d{4}-\d{2}-\d{2}-/.test(path)) articles += 1;
  }
  return { byRoute, articles, total: Object.keys(manifest?.routes ?? {}).length };
}

/** Runs the project's `npm run build` in the snapshot, timed and sampled. */
async function timedBuild(kind: string, env: Record<string, string>, logDir: string, progress: Progress): Promise<BuildRun> {
  const timeFile = join(logDir, `build-${kind}.time`);
  const log = join(logDir, `build-${kind}.log`);
  let sampler: TreeSampler | undefined;
  progress.begin(`build (${kind})`);
  const loadBefore = loadavg()[0]!;
  const result = await runCommand('/usr/bin/time', ['-v', '-o', timeFile, 'npm', 'run', 'build'], {
    cwd: SITE_DIR,
    env,
    onStart: (pid) => (sampler = new TreeSampler(pid, 500)),
    onLine: (line) => progress.log(`  │ ${line}`),
  });
  const memory = sampler!.stop();
  writeFileSync(log, result.lines.map((l) => `${l.t.toFixed(1).padStart(7)}s  ${l.text}`).join('\n'));
  if (result.code !== 0) throw new Error(`npm run build (${kind}) failed with exit code ${result.code}; output in ${log}`);
  const time = parseTimeReport(readFileSync(timeFile, 'utf8'));
  progress.end(`${time.wallSeconds.toFixed(1)} s (CPU ${time.cpuSeconds.toFixed(0)} s), peak ${mb(memory.peakPss)} MB PSS (whole tree; RSS ${mb(memory.peakTotal)} MB)`);
  return {
    wallSeconds: time.wallSeconds,
    cpuSeconds: time.cpuSeconds,
    loadAverage: [Math.round(loadBefore * 10) / 10, Math.round(loadavg()[0]! * 10) / 10],
    maxSingleRssMb: mb(time.maxRssBytes),
    peakTreePssMb: mb(memory.peakPss),
    peakTreeRssMb: mb(memory.peakTotal),
    topProcesses: memory.peakByProcess.slice(0, 6).map((p) => ({ name: p.name, peakPssMb: mb(p.pss), peakRssMb: mb(p.rss) })),
    phases: buildPhases(result.lines, time.wallSeconds),
    nextReported: result.lines.map((l) => l.text.trim()).filter((text) => /^✓ .* in [\d.]+m?s$|^Finished .* in [\d.]+m?s/.test(text)),
    log,
  };
}

/** Removes the release a previous warm build added, so the cold build sees exactly the dataset. */
function removeWarmRelease(content: string): void {
  const news = join(content, 'news');
  for (const year of existsSync(news) ? readdirSync(news) : []) {
    for (const name of readdirSync(join(news, year))) if (isWarmRelease(name)) rmSync(join(news, year, name));
  }
}

/** Adds one new, valid Thai release dated today, as an editor would. @returns its slug */
function addWarmRelease(content: string): string {
  const date = new Date().toISOString().slice(0, 10);
  const slug = `${date}-${WARM_SLUG_SUFFIX}`;
  mkdirSync(join(content, 'news', date.slice(0, 4)), { recursive: true });
  writeFileSync(
    join(content, 'news', date.slice(0, 4), `${slug}.th.md`),
    [
      '---',
      'title: "รัฐบาลเผยแพร่ข่าวใหม่เพื่อทดสอบการสร้างเว็บไซต์ซ้ำ"',
      `date: ${date}`,
      '---',
      '',
      'ข่าวนี้เพิ่มเข้ามาโดยชุดทดสอบประสิทธิภาพ เพื่อวัดเวลาที่ใช้สร้างเว็บไซต์ใหม่หลังจากมีข่าวเพิ่มหนึ่งชิ้น',
      '',
      'This release was added by the benchmark to time a rebuild after one new release.',
      '',
    ].join('\n'),
  );
  return slug;
}

/** Cold build, one release added, warm build; records the result for the serving steps. */
export async function runBuild(data: Dataset, releases: number, layout: Layout, logDir: string, progress: Progress): Promise<BuildRecord> {
  progress.begin('snapshot of the project');
  const files = snapshotProject();
  removeWarmRelease(data.content);
  const placed = layout === 'inside' ? `; ${placeContent(data)} release files linked into its content/news/` : '';
  progress.end(`${files} files into ${SITE_DIR}${placed}`);
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const env = { ...contentEnv(data, layout), SITE_URL: siteUrl, NEXT_TELEMETRY_DISABLED: '1' };
  const cold = await timedBuild('cold', env, logDir, progress);
  const warmSlug = addWarmRelease(siteContent(data, layout));
  const warm = await timedBuild('warm', env, logDir, progress);
  const record: BuildRecord = { dataset: data.name, layout, releases, builtAt: new Date().toISOString(), port, siteUrl, cold, warm, warmSlug, prerendered: prerendered() };
  writeRecord(buildRecordFile, record);
  return record;
}
