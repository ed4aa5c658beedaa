import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Progress } from '../support/progress';
import { secondsOf } from '../support/measure';
import { dataset, PROJECT_DIR, readRecord, releaseFiles, spreadPick, writeRecord, type Dataset } from '../support/workspace';

/**
 * Step `import`: the whole corpus imported once with the project's real importer (`npm run import`) into
 * `BENCH_DIR/full/content`, kept between runs; a `--sample N` dataset is a deterministic subset copied from it.
 */

/** What the import step measured or found. */
export interface ImportResult {
  dataset: string;
  /** Release files in the dataset's content root. */
  releases: number;
  /** True when an earlier run's import was reused. */
  reused: boolean;
  /** Wall time of the full import, when this run (or the one that made it) timed it. */
  importSeconds?: number;
  counts?: Record<string, number>;
}

interface FullImportRecord {
  seconds: number;
  finishedAt: string;
  counts: Record<string, number>;
}

/** The importer's own report (`--report`: `import-report.json` beside the dataset's content root). */
interface ImporterReport {
  counts: Record<string, number>;
}

async function runImporter(corpus: string[], content: string, progress: Progress): Promise<FullImportRecord> {
  rmSync(dirname(content), { recursive: true, force: true });
  mkdirSync(dirname(content), { recursive: true });
  const started = performance.now();
  const reportFile = join(dirname(content), 'import-report.json');
  const code = await progress.hidden(
    () =>
      new Promise<number | null>((resolve) => {
        const child = spawn('npm', ['run', 'import', '--', ...corpus, '--out', content, '--report', reportFile], { cwd: PROJECT_DIR, stdio: 'inherit' });
        child.on('exit', resolve);
      }),
  );
  if (code !== 0) throw new Error(`npm run import exited with ${code}; its output is above`);
  const report = readRecord<ImporterReport>(reportFile);
  const record = { seconds: secondsOf(performance.now() - started), finishedAt: new Date().toISOString(), counts: report?.counts ?? {} };
  writeRecord(join(dirname(content), 'import.json'), record);
  return record;
}

/**
 * Makes sure the dataset's content exists, importing or sampling it when needed (or always, with `fresh`).
 * @param corpus the archives to import (both thaigov archives)
 */
export async function ensureImported(target: Dataset, corpus: string[], fresh: boolean, progress: Progress): Promise<ImportResult> {
  const full = dataset();
  const recordFile = join(dirname(full.content), 'import.json');
  let record = fresh ? undefined : readRecord<FullImportRecord>(recordFile);
  const reusedFull = record !== undefined && existsSync(full.content);
  if (!reusedFull) {
    progress.log(`importing the full corpus into ${full.content} (npm run import)`);
    record = await runImporter(corpus, full.content, progress);
  }
  if (target.sample === undefined) {
    return { dataset: target.name, releases: releaseFiles(full.content).length, reused: reusedFull, importSeconds: record!.seconds, counts: record!.counts };
  }

  const reusedSample = reusedFull && !fresh && existsSync(target.content);
  if (!reusedSample) {
    rmSync(dirname(target.content), { recursive: true, force: true });
    const picked = spreadPick(releaseFiles(full.content), target.sample);
    for (const file of [...picked, 'agencies.yaml', 'categories.yaml']) {
      mkdirSync(dirname(join(target.content, file)), { recursive: true });
      copyFileSync(join(full.content, file), join(target.content, file));
    }
  }
  return { dataset: target.name, releases: releaseFiles(target.content).length, reused: reusedSample, importSeconds: record!.seconds, counts: record!.counts };
}
