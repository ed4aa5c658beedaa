/**
 * `npx tsx scripts/bench/node-versions.ts [--site DIR] [--other NODE] [--rounds N] [--seconds S]`: the same build
 * served by two Node.js versions in turn, in one run, so that the machine's other work weighs on both alike: the
 * Node.js running this script (the project's 24, under npx) and `--other` (default Debian's `/usr/bin/node`).
 *
 * Each round starts `next start` on each version in turn (alternating which goes first) over `--site` (default the
 * benchmark's build, `/tmp/thaigov-bench/site`), renders never-visited articles one at a time (first renders, fresh
 * ones each round), then loads one cached article with 50 connections. Prints each round and the medians.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { command } from '../../lib/cli';
import { startNext } from '../../lib/testing/next-server';
import { quantile } from './support/measure';

const cli = command({
  usage: 'usage: npx tsx scripts/bench/node-versions.ts [--site DIR] [--other NODE] [--rounds N] [--seconds S]',
  options: {
    site: { type: 'string', default: '/tmp/thaigov-bench/site' },
    other: { type: 'string', default: '/usr/bin/node' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '20' },
  },
});
const site = cli.values.site;
const rounds = cli.positiveInteger('rounds');
const seconds = cli.positiveInteger('seconds');
const FIRST_RENDERS = 30;
const PORT = 3650;

/** Articles of the build's content, newest year first, for first renders no round repeats. */
const articles = readdirSync(join(site, 'content/news'))
  .sort()
  .reverse()
  .flatMap((year) => readdirSync(join(site, 'content/news', year)).filter((name) => name.endsWith('.th.md')))
  .map((name) => `/th/news/${name.replace(/\.th\.md$/, '')}`);
let next = 500; // past the newest, which the build pre-renders

async function measure(node: string) {
  const server = await startNext(site, { port: PORT, readyPath: '/th', node });
  try {
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const renders: number[] = [];
    for (const path of articles.slice(next, next + FIRST_RENDERS)) {
      const started = performance.now();
      const answer = await fetch(server.origin + path);
      await answer.text();
      renders.push(performance.now() - started);
    }
    next += FIRST_RENDERS;
    const cached = articles[0]!;
    await autocannon({ url: server.origin + cached, connections: 50, duration: 3 });
    const load = await autocannon({ url: server.origin + cached, connections: 50, duration: seconds });
    return {
      version,
      firstRenderP95: Math.round(quantile(renders, 0.95)),
      reqPerSec: Math.round(load.requests.average),
      p99: load.latency.p99,
      errors: load.errors + load.non2xx,
      load: Math.round(loadavg()[0]! * 10) / 10,
    };
  } finally {
    await server.stop();
  }
}

const nodes = [process.execPath, cli.values.other];
const results: Record<string, Awaited<ReturnType<typeof measure>>[]> = {};
for (let round = 0; round < rounds; round++) {
  for (const node of round % 2 ? [...nodes].reverse() : nodes) {
    const r = await measure(node);
    (results[r.version] ??= []).push(r);
    console.log(`round ${round + 1} ${r.version}: cached article ${r.reqPerSec} req/s, p99 ${r.p99} ms, errors ${r.errors}; first render p95 ${r.firstRenderP95} ms (load ${r.load})`);
  }
}
const median = (values: number[]) => quantile(values, 0.5);
for (const [version, runs] of Object.entries(results)) {
  console.log(
    `${version}, median of ${runs.length}: cached article ${median(runs.map((r) => r.reqPerSec))} req/s, p99 ${median(runs.map((r) => r.p99))} ms; first render p95 ${median(runs.map((r) => r.firstRenderP95))} ms`,
  );
}
