import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '../support/command';
import type { Progress } from '../support/progress';
import { get, type Targets } from '../support/targets';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../../lib/testing/chromium';
import { PROJECT_DIR } from '../support/workspace';

/**
 * Step `lighthouse`: Lighthouse 12's CLI (mobile, its default) on the home, listing, article and search pages of the
 * served site, in headless Debian Chromium. Reports are kept as JSON and HTML beside the results.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthousePage {
  name: string;
  path: string;
  /** The bare App Router page, audited as a baseline: how much of the performance score is the framework's. */
  baseline?: boolean;
  /** Scores 0–100, or absent when the page was skipped. */
  scores?: Record<Category, number>;
  /** Why the page was skipped (it does not exist yet). */
  skipped?: string;
  /** Audits that cost points: `category: id (title)`, and the performance metrics. */
  failing?: string[];
  metrics?: Record<string, string>;
  /** Performance scores of every run; the other figures are those of the run with the median score. */
  performanceRuns?: number[];
  report?: string;
}

export interface Report {
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

function summarize(report: Report): Pick<LighthousePage, 'scores' | 'failing' | 'metrics'> {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
  const failing = CATEGORIES.flatMap((category) =>
    (report.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${ref.id} (${report.audits[ref.id]!.title}${report.audits[ref.id]!.displayValue ? `: ${report.audits[ref.id]!.displayValue}` : ''})`),
  );
  const metrics = Object.fromEntries(METRICS.map((id) => [id, (report.audits[id]?.displayValue ?? '?').replace(/\s/g, ' ')]));
  return { scores, failing, metrics };
}

/**
 * One Lighthouse run on `url` (mobile, its default), its reports written to `output`.report.json and .html.
 * @param categories the categories audited (all four unless fewer are asked for)
 */
export async function audit(url: string, output: string, categories: readonly Category[] = CATEGORIES): Promise<Report> {
  const result = await runCommand(
    process.execPath,
    [
      join(PROJECT_DIR, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--quiet',
      '--output=json',
      '--output=html',
      `--output-path=${output}`,
      `--only-categories=${categories.join(',')}`,
      `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
    ],
    { cwd: PROJECT_DIR, env: { CHROME_PATH: CHROMIUM } },
  );
  if (result.code !== 0) throw new Error(`lighthouse ${url} failed:\n${result.lines.map((l) => l.text).join('\n')}`);
  return JSON.parse(readFileSync(`${output}.report.json`, 'utf8')) as Report;
}

/**
 * Audits each page of the site that exists (a page that answers 404, not built yet, is skipped with a note), then
 * the bare App Router page as a baseline, `runs` times each, keeping the run with the median performance score.
 */
export async function runLighthouse(targets: Targets, runs: number, outDir: string, progress: Progress): Promise<LighthousePage[]> {
  mkdirSync(outDir, { recursive: true });
  const site = targets.site.origin;
  const pages = [
    { name: 'home', path: '/th', origin: site },
    { name: 'listing', path: '/th/news', origin: site },
    { name: 'article', path: targets.reference, origin: site },
    { name: 'search', path: '/th/search', origin: site },
    { name: 'bare page', path: '/', origin: targets.bare.origin, baseline: true },
  ];
  const results: LighthousePage[] = [];
  for (const { origin, ...page } of pages) {
    const url = origin + page.path;
    const status = (await get(url)).status;
    if (status !== 200) {
      progress.log(`lighthouse: ${page.path} answered ${status}; ${page.name} page skipped`);
      results.push({ ...page, skipped: `${page.path} answered ${status}` });
      continue;
    }
    progress.begin(`lighthouse: ${page.name} ${page.path}, ${runs} run(s)`);
    const audited = [];
    for (let run = 1; run <= runs; run += 1) {
      const output = join(outDir, `${page.name.replace(/ /g, '-')}-${run}`);
      audited.push({ output, ...summarize(await audit(url, output)) });
    }
    audited.sort((a, b) => a.scores!.performance - b.scores!.performance);
    const { output, ...median } = audited[Math.floor((audited.length - 1) / 2)]!;
    const performanceRuns = audited.map((a) => a.scores!.performance);
    progress.end(`${CATEGORIES.map((c) => `${c} ${median.scores![c]}`).join(', ')} (performance runs ${performanceRuns.join(', ')})`);
    results.push({ ...page, ...median, performanceRuns, report: `${output}.report.html` });
  }
  return results;
}
