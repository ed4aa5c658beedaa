/**
 * `npm run bench -- [--only STEP] [--sample N] [--fresh] [--outside] [--soak-seconds S] …`: the performance harness.
 *
 * Imports the corpus (once, kept in BENCH_DIR), puts it into the `content/` of a working copy of the project as an
 * editor's import would, builds the site cold and warm, serves it beside a bare App Router app, and measures load, first renders, memory, page weight and Lighthouse scores; prints one table of figures
 * against their targets and writes `bench-out/results-<date>.json`. Only localhost is contacted. Exits 0 when every
 * step ran (whatever the figures), 1 when a step could not run, 2 on bad arguments. Never part of `npm test`.
 */
import { mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { command, usageError } from '../lib/cli';
import { runBuild } from './bench/steps/build';
import { ensureImported } from './bench/steps/import';
import { runLighthouse } from './bench/steps/lighthouse';
import { Progress } from './bench/support/progress';
import { publishRows, runPublish, type PublishResult } from './bench/steps/publish';
import { runServe } from './bench/steps/serve';
import { runServeStack, serveStackRows, type ServeStackResult } from './bench/steps/serve-stack';
import { formatTable, rows, type Results, type Row } from './bench/support/table';
import { lastBuild, startTargets, type Targets } from './bench/support/targets';
import { runWeight } from './bench/steps/weight';
import { BENCH_DIR, dataset, gitState, OUT_DIR, PROJECT_DIR, writeRecord } from './bench/support/workspace';

const STEPS = ['import', 'build', 'serve', 'serve-stack', 'weight', 'lighthouse', 'publish'] as const;
type Step = (typeof STEPS)[number];

const USAGE = `usage: npm run bench -- [options]
  --only STEP          run one step (or several, comma-separated): ${STEPS.join(', ')}
                       serve, weight and lighthouse reuse the last build; build reuses the last import
  --sample N           measure a deterministic subset of N releases instead of the full corpus
  --fresh              import the corpus again instead of reusing ${BENCH_DIR}/full
  --outside            build with the content outside the project (CONTENT_DIR=${BENCH_DIR}/<dataset>/content)
                       instead of in the working copy's own content/, as the README documents
  --soak-seconds S     length of the memory run (default 300)
  --soak-urls N        distinct articles of the memory run (default 10000)
  --load-seconds S     length of each load test (default 30)
  --connections N      connections of each load test (default 50)
  --first-renders N    never-visited articles whose first render is timed (default 50)
  --lighthouse-runs N  Lighthouse runs per page; the median performance run is kept (default 3)
  --corpus DIR         folder of thaigov-v1.tar.xz and thaigov-v2.tar.xz (default ../shared/corpus)`;

function options() {
  const cli = command({
    usage: USAGE,
    options: {
      only: { type: 'string' },
      sample: { type: 'string' },
      fresh: { type: 'boolean', default: false },
      outside: { type: 'boolean', default: false },
      'soak-seconds': { type: 'string', default: '300' },
      'soak-urls': { type: 'string', default: '10000' },
      'load-seconds': { type: 'string', default: '30' },
      connections: { type: 'string', default: '50' },
      'first-renders': { type: 'string', default: '50' },
      'lighthouse-runs': { type: 'string', default: '3' },
      corpus: { type: 'string', default: '../shared/corpus' },
    },
  });
  const parsed = cli.values;
  const only = parsed.only?.split(',').map((step) => step.trim());
  const unknown = only?.find((step) => !(STEPS as readonly string[]).includes(step));
  if (unknown) usageError(`unknown step "${unknown}"`);
  return {
    steps: new Set<Step>((only as Step[] | undefined) ?? STEPS),
    sample: cli.positiveInteger('sample'),
    fresh: parsed.fresh,
    layout: parsed.outside ? ('outside' as const) : ('inside' as const),
    lighthouseRuns: cli.positiveInteger('lighthouse-runs'),
    corpus: ['thaigov-v1.tar.xz', 'thaigov-v2.tar.xz'].map((name) => resolve(PROJECT_DIR, parsed.corpus, name)),
    serve: {
      soakSeconds: cli.positiveInteger('soak-seconds'),
      soakUrls: cli.positiveInteger('soak-urls'),
      loadSeconds: cli.positiveInteger('load-seconds'),
      connections: cli.positiveInteger('connections'),
      firstRenders: cli.positiveInteger('first-renders'),
    },
  };
}

const opts = options();
const startedAt = new Date();
const stamp = startedAt.toISOString().slice(0, 19).replace(/:/g, '').replace('T', '-');
const logDir = join(OUT_DIR, `run-${stamp}`);
mkdirSync(logDir, { recursive: true });
const progress = new Progress();
const data = dataset(opts.sample);
const results: Results & { serveStack?: ServeStackResult; publish?: PublishResult } = {};
const errors: { step: Step; message: string }[] = [];
const machine = { cpus: cpus().length, memoryGb: Math.round(totalmem() / 1e9), node: process.version, loadAtStart: loadavg().map((l) => Math.round(l * 10) / 10) };
console.log(`bench: dataset ${data.name}, steps ${[...opts.steps].join(', ')}; state in ${BENCH_DIR}, logs in ${logDir}`);
console.log(`load average at start ${machine.loadAtStart.join(' ')} on ${machine.cpus} cores: other work on this machine skews every figure`);

/** Runs one step, recording its failure instead of stopping the run (a failed build does stop it). */
async function step<T>(name: Step, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    progress.end('failed', true);
    console.error(`${name} failed: ${(error as Error).message}`);
    errors.push({ step: name, message: (error as Error).message });
    return undefined;
  }
}

let reusedBuild: string | undefined;
if (opts.steps.has('import') || opts.steps.has('build')) {
  results.import = await step('import', () => ensureImported(data, opts.corpus, opts.fresh, progress));
  if (results.import) progress.log(`content: ${results.import.releases} releases in ${data.content}${results.import.reused ? ' (reused; --fresh imports again)' : ''}`);
}
if (opts.steps.has('build') && results.import) {
  results.build = await step('build', () => runBuild(data, results.import!.releases, opts.layout, logDir, progress));
}

const serving = (['serve', 'serve-stack', 'weight', 'lighthouse', 'publish'] as const).filter((name) => opts.steps.has(name));
if (serving.length && !errors.length) {
  let targets: Targets | undefined;
  try {
    const record = results.build ?? lastBuild(data);
    if (!results.build) {
      reusedBuild = record.builtAt;
      progress.log(`reusing the last build of ${record.dataset} (${record.builtAt})`);
    }
    targets = await startTargets(data, record, logDir, progress);
    const ready = targets;
    if (opts.steps.has('serve')) results.serve = await step('serve', () => runServe(ready, opts.serve, progress));
    if (opts.steps.has('serve-stack')) results.serveStack = await step('serve-stack', () => runServeStack(ready, opts.serve, logDir, progress));
    if (opts.steps.has('weight')) results.weight = await step('weight', () => runWeight(ready, progress));
    if (opts.steps.has('lighthouse')) results.lighthouse = await step('lighthouse', () => runLighthouse(ready, opts.lighthouseRuns, join(logDir, 'lighthouse'), progress));
    // Last: it changes the served content (a release added, then deleted and recorded in gone.yaml).
    if (opts.steps.has('publish')) results.publish = await step('publish', () => runPublish(ready, progress));
  } catch (error) {
    progress.end('failed', true);
    console.error((error as Error).message);
    errors.push({ step: serving[0]!, message: (error as Error).message });
  } finally {
    await targets?.site.stop();
    await targets?.bare.stop();
  }
}

const table: Row[] = [...rows(results), ...(results.serveStack ? serveStackRows(results.serveStack) : []), ...(results.publish ? publishRows(results.publish) : []), ...errors.map((e): Row => ({ step: e.step, figure: 'could not run', value: e.message.split('\n')[0]!, target: '', status: 'FAIL' }))];
const file = join(OUT_DIR, `results-${stamp}.json`);
writeRecord(file, {
  date: startedAt.toISOString().slice(0, 10),
  startedAt: startedAt.toISOString(),
  finishedAt: new Date().toISOString(),
  dataset: data.name,
  git: gitState(),
  machine: { ...machine, loadAtEnd: loadavg().map((l) => Math.round(l * 10) / 10) },
  options: { ...opts, steps: [...opts.steps] },
  ...(reusedBuild && { reusedBuild }),
  results,
  errors,
  table,
});
console.log(`\n${formatTable(table)}\n\nresults: ${file}`);
process.exit(errors.length ? 1 : 0);
