/**
 * `npm run import -- <file | folder | .tar.xz>... [--out DIR] [--dry-run] [--force] [--sample N] [--report FILE]`
 *
 * Turns thaigov.go.th pages (the format of ../shared/corpus) into release files under `DIR/news/` (default
 * `content`), lists every page it did not import with the reason, and writes the full report as JSON to FILE
 * (default `.cache/import-report-<UTC time>.json`, git-ignored). Exits 0 when it ran to the end, whatever it
 * rejected; 1 when it could not run (unreadable input or registry), 2 on bad arguments.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { command, fail, progressBar, usageError } from '../lib/cli';
import { ImportError, ImportStopped, runImport, SourceError } from '../lib/import/run';
import { defaultReportFile, type ImportReport } from '../lib/import/report';
import { problemLines, summaryLines } from '../lib/import/summary';

const USAGE = `usage: npm run import -- <file | folder | .tar.xz>... [--out DIR] [--dry-run] [--force] [--sample N] [--report FILE]
  --out DIR      content root to import into (default: content); releases land in DIR/news/<year>/
  --dry-run      read and check everything, write nothing
  --force        overwrite release files an editor changed since their import
  --sample N     import only a deterministic, spread-out sample of N releases
  --report FILE  where the JSON report goes (default: .cache/import-report-<UTC time>.json)`;

const cli = command({
  usage: USAGE,
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'content' },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    sample: { type: 'string' },
    report: { type: 'string' },
  },
});
if (cli.positionals.length === 0) usageError('give at least one input: a .txt page, a folder of them, or a .tar.xz archive');
const sample = cli.positiveInteger('sample');

const started = performance.now();
const reportFile = cli.values.report ?? defaultReportFile(new Date());
const bar = progressBar(process.stdout);
/** Prints what an import did (or had done when it stopped) and saves its report. */
function tell(report: ImportReport): void {
  for (const line of problemLines(report)) console.log(line);
  if (report.rejects.length + report.duplicates.length + report.kept.length) console.log('');
  for (const line of summaryLines(report)) console.log(line);
  if (report.dryRun) console.log('dry run: nothing was written');
  else {
    mkdirSync(dirname(reportFile), { recursive: true });
    writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`report: ${reportFile}`);
  }
}

try {
  const report = await runImport({
    inputs: cli.positionals,
    out: cli.values.out,
    dryRun: cli.values['dry-run'],
    force: cli.values.force,
    sample,
    threads: availableParallelism(),
    onProgress: ({ input, done, total, read }) => bar.update(done, total, `${read.toLocaleString('en')} pages read  ${input}`),
  });
  bar.stop();
  tell(report);
  console.log(`time ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  bar.stop();
  if (error instanceof ImportStopped) {
    tell(error.report);
    fail(
      `import stopped before the end: ${error.message}\n${error.report.stopped!.written.length.toLocaleString('en')} release files were written before it stopped (listed in the report). Fix the input and run the same command again: files already written are recognized as unchanged.`,
    );
  }
  if (error instanceof ImportError || error instanceof SourceError) fail(`import failed: ${error.message}`);
  throw error;
}
