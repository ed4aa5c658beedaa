import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { mb, quantile, slope, TreeSampler } from '../support/measure';
import type { Progress } from '../support/progress';
import { get, markVisited, visited, type Targets } from '../support/targets';
import { spreadPick } from '../support/workspace';

/**
 * Step `serve`: requests/s and latency of a cached article beside the bare app's page, first renders of
 * never-visited archive articles, and the server's memory over a long run across thousands of distinct articles.
 */

export interface ServeOptions {
  /** Seconds of each load test (30). */
  loadSeconds: number;
  /** Connections of each load test (50). */
  connections: number;
  /** Never-visited articles whose first render is timed (50). */
  firstRenders: number;
  /** Seconds of the memory run (300). */
  soakSeconds: number;
  /** Distinct articles the memory run goes through (10,000). */
  soakUrls: number;
}

/** The figures of one autocannon run. */
export interface LoadFigures {
  url: string;
  requestsPerSecond: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** The machine's 1-minute load average when the run ended: other work skews the figures. */
  loadAverage: number;
}

export interface ServeResult {
  bare: LoadFigures;
  article: LoadFigures & { cache: string };
  /** Article requests/s over the bare page's. */
  ratio: number;
  firstRender: { count: number; coldStartMs: number; medianMs: number; p95Ms: number; maxMs: number; statuses: Record<number, number> };
  memory: { seconds: number; urls: number; load: LoadFigures } & MemoryFigures;
}

/** One server's memory (RSS of its process tree) over a run. */
export interface MemoryFigures {
  startMb: number;
  endMb: number;
  maxMb: number;
  /** MB per minute, least squares over the whole run and over its second half (after caches filled). */
  slopeMbPerMin: number;
  secondHalfSlopeMbPerMin: number;
  samples: { t: number; mb: number }[];
}

/** One autocannon run (any of its options: headers, requests…), as the figures the table reports. */
export async function load(options: autocannon.Options): Promise<LoadFigures> {
  return loadFigures(options.url, await autocannon(options));
}

/**
 * Starts a load run that lasts until `stop()` is called, which resolves to its figures.
 * @example const run = startLoad({ url, connections: 10, requests }); …; const figures = await run.stop();
 */
export function startLoad(options: Omit<autocannon.Options, 'duration'>): { stop: () => Promise<LoadFigures> } {
  let done!: (figures: LoadFigures) => void;
  let failed!: (error: Error) => void;
  const finished = new Promise<LoadFigures>((resolve, reject) => ((done = resolve), (failed = reject)));
  const instance = autocannon({ ...options, duration: 24 * 3600 }, (error, result) => (error ? failed(error) : done(loadFigures(options.url, result))));
  return {
    stop: () => {
      instance.stop();
      return finished;
    },
  };
}

function loadFigures(url: string, result: autocannon.Result): LoadFigures {
  return {
    url,
    requestsPerSecond: Math.round(result.requests.average),
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    loadAverage: Math.round(loadavg()[0]! * 10) / 10,
  };
}

/** Seconds of unrecorded load before each measured run, so that both servers are equally warm (JIT, caches). */
const WARMUP_SECONDS = 5;

/** Requests the reference article until Next.js serves it from its cache. @returns the last `x-nextjs-cache` */
async function warm(url: string): Promise<string> {
  let cache = '';
  for (let i = 0; i < 5; i += 1) {
    const answer = await get(url);
    if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}`);
    cache = String(answer.headers['x-nextjs-cache'] ?? 'none');
  }
  return cache;
}

async function firstRenders(targets: Targets, count: number, progress: Progress): Promise<ServeResult['firstRender']> {
  const seen = visited();
  const pool = targets.articles.filter((path) => !targets.prerendered.has(path) && !seen.has(path));
  const [coldStart, ...picked] = spreadPick(pool, count + 1);
  if (!coldStart || !picked.length) throw new Error('every article of this build was already requested; rebuild (--only build) for new first renders');
  // The first uncached render of a fresh server also loads the archive; it is reported apart.
  const cold = await get(targets.site.origin + coldStart);
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  for (const path of picked) {
    const answer = await get(targets.site.origin + path);
    times.push(answer.ms);
    statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
  }
  markVisited([coldStart, ...picked]);
  progress.log(`first renders: ${picked.length} articles, median ${quantile(times, 0.5).toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms`);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { count: picked.length, coldStartMs: round(cold.ms), medianMs: round(quantile(times, 0.5)), p95Ms: round(quantile(times, 0.95)), maxMs: round(Math.max(...times)), statuses };
}

/**
 * The memory run: `urls` requested one after the other by 10 connections for `seconds`, while the process tree of
 * each server in `pids` is sampled every 3 s. The articles it reached are marked visited.
 */
export async function soak(origin: string, pids: number[], urls: string[], seconds: number): Promise<{ load: LoadFigures; memory: MemoryFigures[] }> {
  let next = 0;
  const samplers = pids.map((pid) => new TreeSampler(pid, 3000));
  const figures = await load({
    url: origin,
    connections: 10,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: urls[next++ % urls.length] }) }],
  });
  markVisited(urls.slice(0, Math.min(next, urls.length)));
  const memory = samplers.map((sampler): MemoryFigures => {
    const tree = sampler.stop();
    const points = tree.samples.map((s) => ({ x: s.t / 60, y: s.rss / 1e6 }));
    const secondHalf = points.filter((p) => p.x >= points.at(-1)!.x / 2);
    return {
      startMb: mb(tree.samples[0]?.rss ?? 0),
      endMb: mb(tree.samples.at(-1)?.rss ?? 0),
      maxMb: mb(tree.peakTotal),
      slopeMbPerMin: Math.round(slope(points) * 100) / 100,
      secondHalfSlopeMbPerMin: Math.round(slope(secondHalf) * 100) / 100,
      samples: tree.samples.map((s) => ({ t: Math.round(s.t), mb: mb(s.rss) })),
    };
  });
  return { load: figures, memory };
}

/** Never-visited articles for a memory run, Thai and English, spread over the archive. */
export function soakUrls(targets: Targets, count: number): string[] {
  const seen = visited();
  const thai = targets.articles.filter((path) => !seen.has(path));
  const english = targets.articles.map((path) => path.replace(/^\/th\//, '/en/')).filter((path) => !seen.has(path));
  return spreadPick([...thai, ...english], count);
}

async function memoryRun(targets: Targets, options: ServeOptions): Promise<ServeResult['memory']> {
  const urls = soakUrls(targets, options.soakUrls);
  const { load, memory } = await soak(targets.site.origin, [targets.site.pid], urls, options.soakSeconds);
  return { seconds: options.soakSeconds, urls: urls.length, load: { ...load, url: `${urls.length} distinct articles` }, ...memory[0]! };
}

/** Runs the serving measurements against fresh servers, in the order that keeps them independent. */
export async function runServe(targets: Targets, options: ServeOptions, progress: Progress): Promise<ServeResult> {
  const articleUrl = targets.site.origin + targets.reference;
  const cache = await warm(articleUrl);
  await warm(targets.bare.origin + '/');
  const run = { connections: options.connections, duration: options.loadSeconds };
  progress.begin(`load: bare page, ${options.connections} connections, ${WARMUP_SECONDS} s warm-up + ${options.loadSeconds} s`);
  await autocannon({ url: `${targets.bare.origin}/`, connections: options.connections, duration: WARMUP_SECONDS });
  const bare = await load({ url: `${targets.bare.origin}/`, ...run });
  progress.end(`${bare.requestsPerSecond} req/s, p99 ${bare.p99Ms} ms`);
  progress.begin(`load: cached article ${targets.reference}`);
  await autocannon({ url: articleUrl, connections: options.connections, duration: WARMUP_SECONDS });
  const article = await load({ url: articleUrl, ...run });
  progress.end(`${article.requestsPerSecond} req/s, p99 ${article.p99Ms} ms`);

  progress.begin(`first renders of ${options.firstRenders} archive articles`);
  const firstRender = await firstRenders(targets, options.firstRenders, progress);
  progress.end();

  progress.begin(`memory: ${options.soakSeconds} s over up to ${options.soakUrls} distinct articles`);
  const memory = await memoryRun(targets, options);
  progress.end(`${memory.startMb} → ${memory.endMb} MB (max ${memory.maxMb}), ${memory.load.requests} requests`);
  return { bare, article: { ...article, cache }, ratio: Math.round((article.requestsPerSecond / bare.requestsPerSecond) * 1000) / 1000, firstRender, memory };
}
