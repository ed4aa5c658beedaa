import type { BuildRecord } from '../steps/build';
import type { ImportResult } from '../steps/import';
import { CATEGORIES, type LighthousePage } from '../steps/lighthouse';
import type { MemoryFigures, ServeResult } from '../steps/serve';
import type { WeightResult } from '../steps/weight';

/**
 * The figures measured beside the targets the site is held to at full scale on this machine (build time and memory,
 * requests/s and latency against the bare App Router app, first renders, memory over time, page weight, Lighthouse
 * scores), as table rows. Units are decimal: 1 KB = 1,000 bytes, 1 MB = 10^6 bytes, 4 GB = 4,000 MB.
 */

export type Status = 'PASS' | 'FAIL' | 'INFO' | 'SKIP';

export interface Row {
  step: string;
  figure: string;
  value: string;
  target: string;
  status: Status;
}

/** Everything one run measured; a step that did not run is absent. */
export interface Results {
  import?: ImportResult;
  build?: BuildRecord;
  serve?: ServeResult;
  weight?: WeightResult;
  lighthouse?: LighthousePage[];
}

export const check = (ok: boolean): Status => (ok ? 'PASS' : 'FAIL');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const info = (step: string, figure: string, value: string): Row => ({ step, figure, value, target: '', status: 'INFO' });

function importRows(result: ImportResult): Row[] {
  const seconds = result.importSeconds === undefined ? '' : `, full import ${result.importSeconds} s`;
  return [info('import', `dataset ${result.dataset}`, `${result.releases.toLocaleString('en')} releases${result.reused ? ' (reused)' : ''}${seconds}`)];
}

function buildRows(build: BuildRecord): Row[] {
  const step = 'build';
  const { cold, warm } = build;
  return [
    info(step, 'content', build.layout === 'inside' ? "the working copy's content/" : 'CONTENT_DIR outside the project'),
    { step, figure: 'cold build wall time', value: `${cold.wallSeconds.toFixed(1)} s`, target: '≤ 180 s', status: check(cold.wallSeconds <= 180) },
    info(step, 'cold build CPU time, all processes', `${cold.cpuSeconds?.toFixed(0)} s`),
    { step, figure: 'cold build peak memory, summed PSS of all its processes', value: `${cold.peakTreePssMb} MB`, target: '≤ 2,000 MB', status: check(cold.peakTreePssMb <= 2000) },
    info(step, 'cold build peak summed RSS; largest process (time -v)', `${cold.peakTreeRssMb} MB; ${cold.maxSingleRssMb} MB`),
    { step, figure: 'warm rebuild after one new release', value: `${warm.wallSeconds.toFixed(1)} s`, target: '≤ 40 s', status: check(warm.wallSeconds <= 40) },
    info(step, 'warm rebuild CPU time, all processes', `${warm.cpuSeconds?.toFixed(0)} s`),
    { step, figure: 'warm rebuild peak memory, summed PSS', value: `${warm.peakTreePssMb} MB`, target: '≤ 2,000 MB', status: check(warm.peakTreePssMb <= 2000) },
    info(step, 'pages pre-rendered (articles)', `${build.prerendered.total} (${build.prerendered.articles})`),
  ];
}

/** A server's memory over a run, held to "flat": its second half rises by at most 1 % of the start a minute. */
export function memoryRow(step: string, figure: string, memory: MemoryFigures): Row {
  const flatLimit = memory.startMb * 0.01;
  return {
    step,
    figure,
    value: `${memory.secondHalfSlopeMbPerMin} MB/min (whole run ${memory.slopeMbPerMin})`,
    target: `flat: ≤ ${flatLimit.toFixed(1)} MB/min (1% of start)`,
    status: check(memory.secondHalfSlopeMbPerMin <= flatLimit),
  };
}

function serveRows(serve: ServeResult): Row[] {
  const { bare, article, firstRender, memory } = serve;
  return [
    info('serve', 'bare App Router page', `${bare.requestsPerSecond} req/s, p99 ${bare.p99Ms} ms (load avg ${bare.loadAverage})`),
    {
      step: 'serve',
      figure: 'cached article req/s vs bare',
      value: `${article.requestsPerSecond} req/s = ${(serve.ratio * 100).toFixed(0)}% (load avg ${article.loadAverage})`,
      target: '≥ 90%',
      status: check(serve.ratio >= 0.9),
    },
    { step: 'serve', figure: 'cached article p99 latency (50 conn.)', value: `${article.p99Ms} ms`, target: '≤ 60 ms', status: check(article.p99Ms <= 60) },
    {
      step: 'serve',
      figure: 'load test errors / non-2xx',
      value: `${bare.errors + article.errors} / ${bare.non2xx + article.non2xx}`,
      target: '0 / 0',
      status: check(bare.errors + article.errors + bare.non2xx + article.non2xx === 0),
    },
    {
      step: 'serve',
      figure: `first render, p95 of ${firstRender.count} archive articles`,
      value: `${firstRender.p95Ms} ms (median ${firstRender.medianMs}, max ${firstRender.maxMs})`,
      target: '≤ 150 ms',
      status: check(firstRender.p95Ms <= 150),
    },
    info('serve', 'first uncached render after start (loads the archive)', `${firstRender.coldStartMs} ms`),
    info('serve', `memory over ${memory.seconds} s, ${memory.urls} articles`, `${memory.startMb} → ${memory.endMb} MB, max ${memory.maxMb} MB, ${memory.load.requests} req`),
    memoryRow('serve', 'memory slope, second half of the run', memory),
    { step: 'serve', figure: 'memory run errors / non-2xx', value: `${memory.load.errors} / ${memory.load.non2xx}`, target: '0 / 0', status: check(memory.load.errors + memory.load.non2xx === 0) },
  ];
}

function weightRows(weight: WeightResult): Row[] {
  return [
    ...weight.html.map((html, i): Row => ({
      step: 'weight',
      figure: `article HTML gzip, ${html.label}`,
      value: `${kb(html.gzip)} (br ${kb(html.brotli)}, raw ${kb(html.raw)})`,
      target: i < 2 ? '≤ 25 KB' : '',
      status: i < 2 ? check(html.gzip <= 25_000) : 'INFO',
    })),
    { step: 'weight', figure: `fonts transferred (${weight.article.fonts} files)`, value: kb(weight.article.font), target: '≤ 60 KB', status: check(weight.article.font <= 60_000) },
    {
      step: 'weight',
      figure: 'own JavaScript (article − bare page)',
      value: `${kb(weight.ownScript)} (${kb(weight.article.script)} − ${kb(weight.bare.script)})`,
      target: '≤ 10 KB',
      status: check(weight.ownScript <= 10_000),
    },
    {
      step: 'weight',
      figure: 'client components on the article route',
      value: weight.clientComponents === null ? 'unknown' : weight.clientComponents.length ? weight.clientComponents.join(', ') : 'none',
      target: 'none',
      status: weight.clientComponents === null ? 'SKIP' : check(weight.clientComponents.length === 0),
    },
  ];
}

function lighthouseRows(pages: LighthousePage[]): Row[] {
  return pages.map((page): Row => {
    const figure = `${page.name} ${page.path}`;
    if (!page.scores) return { step: 'lighthouse', figure, value: page.skipped ?? 'skipped', target: '', status: 'SKIP' };
    const scores = page.scores;
    const m = page.metrics ?? {};
    const value = `${CATEGORIES.map((c) => scores[c]).join(' / ')} (LCP ${m['largest-contentful-paint']}, TBT ${m['total-blocking-time']}, CLS ${m['cumulative-layout-shift']})`;
    if (page.baseline) return info('lighthouse', `${figure} (baseline)`, value);
    const ok = scores.performance >= 95 && CATEGORIES.slice(1).every((c) => scores[c] === 100);
    return { step: 'lighthouse', figure, value, target: '≥95 / 100 / 100 / 100', status: check(ok) };
  });
}

/** The table's rows for whatever ran. */
export function rows(results: Results): Row[] {
  return [
    ...(results.import ? importRows(results.import) : []),
    ...(results.build ? buildRows(results.build) : []),
    ...(results.serve ? serveRows(results.serve) : []),
    ...(results.weight ? weightRows(results.weight) : []),
    ...(results.lighthouse ? lighthouseRows(results.lighthouse) : []),
  ];
}

/**
 * A plain-text table with aligned columns.
 * @example formatTable([{ step: 'build', figure: 'cold', value: '80 s', target: '≤ 300 s', status: 'PASS' }])
 * // 'step   figure  measured  target   result\n-----  ------  --------  -------  ------\nbuild  cold    80 s      ≤ 300 s  PASS'
 */
export function formatTable(table: Row[]): string {
  const header: Row = { step: 'step', figure: 'figure', value: 'measured', target: 'target', status: 'result' as Status };
  const columns = ['step', 'figure', 'value', 'target', 'status'] as const;
  const widths = columns.map((c) => Math.max(...[header, ...table].map((row) => row[c].length)));
  const line = (row: Row) => columns.map((c, i) => (i === columns.length - 1 ? row[c] : row[c].padEnd(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...table.map(line)].join('\n');
}
