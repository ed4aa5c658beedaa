import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { registrySchema, type Registry } from '../content/schema';
import { agencyFinder } from './agencies';
import { preparePool } from './pool';
import type { ImportRejectReason, Prepared } from './prepare';
import { SampleSelector } from './sample';
import { SECTION_SPELLINGS } from './sections';
import { readSource, SourceError, type SourceFile } from './sources';

/**
 * `npm run import` without the command line: reads every input, turns each page into a release file under
 * `<out>/news/`, and accounts for every page read — imported, rejected (with a reason) or a duplicate — so that
 * `read = imported + rejected + duplicates` (`+ not sampled` with `sample`).
 *
 * Idempotent: a file that already holds exactly what the import would write is left alone. A file that holds
 * anything else was changed by an editor after its import and is kept (listed in the report) unless `force`.
 */

export interface ImportOptions {
  /** Pages, folders of pages, or `.tar.xz` archives, read in this order. */
  inputs: string[];
  /**
   * The content root releases land in (`<out>/news/<year>/…`). Its `agencies.yaml` and `categories.yaml` give the
   * ids; when it has none, the project's (`content/`) are used and copied into it.
   */
  out: string;
  /** Read and check everything, write nothing (no release, no registry copy, no report). */
  dryRun?: boolean;
  /** Overwrite files an editor changed since their import. */
  force?: boolean;
  /** Import only a spread-out sample of this many releases (see lib/import/sample.ts). */
  sample?: number;
  /** Worker threads that prepare pages while the main thread reads and writes (default 0: all on this thread). */
  threads?: number;
  /** Called as inputs are read: which input, how far (bytes of an archive or files of a folder), pages read so far. */
  onProgress?: (progress: { input: string; done: number; total: number; read: number }) => void;
}

export interface ImportReport {
  inputs: string[];
  out: string;
  dryRun: boolean;
  force: boolean;
  sample: number | null;
  counts: {
    /** Pages read (`.txt` files of folders and archives, or the single files given). */
    read: number;
    imported: number;
    rejected: number;
    duplicates: number;
    /** With `sample`: valid releases that were not picked. */
    notSampled: number;
    /** Entries of folders and archives that are not pages (`README.md`), not counted in `read`. */
    ignored: number;
    /** Of the imported: new files, files rewritten by `force`, files already identical, editor-changed files kept. */
    written: number;
    overwritten: number;
    unchanged: number;
    kept: number;
    withAgency: number;
    withCategory: number;
    withTags: number;
  };
  rejectedByReason: Partial<Record<ImportRejectReason, number>>;
  rejects: { file: string; reason: ImportRejectReason; message: string }[];
  duplicates: { file: string; legacyId: number; of: string }[];
  /** Release files left as an editor changed them (rerun with `force` to overwrite). */
  kept: string[];
  ignored: string[];
}

/** The import cannot run at all (bad registry, unreadable input): nothing useful can be reported. */
export class ImportError extends Error {}

/**
 * Runs an import.
 * @throws ImportError (or SourceError) when it cannot run; rejected pages never throw, they are reported
 * @example await runImport({ inputs: ['../shared/corpus/thaigov-v1.tar.xz'], out: 'content' }) // { counts: { read: 28555, … } }
 */
export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const { out, dryRun = false, force = false } = options;
  const registries = loadRegistries(out, dryRun);
  agencyFinder(registries.agencies); // fails fast when the aliases name an agency the registry lacks
  const known = { agencies: Object.keys(registries.agencies), categories: Object.keys(registries.categories) };
  const archive = scanArchive(out);
  const report = emptyReport(options);
  const { counts } = report;
  const seen = new Map<number, string>();
  const selector = new SampleSelector<Prepared & { ok: true }>();
  const madeDirs = new Set<string>();

  const rejectPage = (file: string, reason: ImportRejectReason, message: string) => {
    counts.rejected += 1;
    report.rejectedByReason[reason] = (report.rejectedByReason[reason] ?? 0) + 1;
    report.rejects.push({ file, reason, message });
  };

  const writes = new Set<Promise<void>>();
  let writeFailure: Error | undefined;
  /** Writes in the background (the disk works while the next pages are read), at most {@link WRITES_IN_FLIGHT} at once. */
  const write = async (file: string, text: string) => {
    if (!madeDirs.has(dirname(file))) mkdirSync(dirname(file), { recursive: true });
    madeDirs.add(dirname(file));
    const done: Promise<void> = writeFile(file, text).then(
      () => void writes.delete(done),
      (error: Error) => {
        writes.delete(done);
        writeFailure ??= new ImportError(`cannot write ${file}: ${error.message}`);
      },
    );
    writes.add(done);
    if (writes.size >= WRITES_IN_FLIGHT) await Promise.race(writes);
    if (writeFailure) throw writeFailure;
  };

  const save = async (target: string, text: string) => {
    const file = join(out, target);
    const current = archive.files.has(target) ? readFileSync(file, 'utf8') : undefined;
    counts.imported += 1;
    if (current === text) counts.unchanged += 1;
    else if (current !== undefined && !force) {
      counts.kept += 1;
      report.kept.push(file);
    } else {
      if (current === undefined) counts.written += 1;
      else counts.overwritten += 1;
      if (!dryRun) await write(file, text);
    }
  };

  const tally = (page: Prepared & { ok: true }) => {
    if (page.agency) counts.withAgency += 1;
    if (page.category) counts.withCategory += 1;
    if (page.tagged) counts.withTags += 1;
  };

  /** Accounts for one prepared page, in input order: rejected, duplicate, or imported (now or into the sample). */
  const consider = async (page: Prepared) => {
    counts.read += 1;
    if (!page.ok) return rejectPage(page.name, page.reason, page.message);
    const earlier = seen.get(page.legacyId);
    const existing = archive.ids.get(page.legacyId);
    if (earlier !== undefined || (existing !== undefined && existing !== page.target)) {
      counts.duplicates += 1;
      report.duplicates.push({ file: page.name, legacyId: page.legacyId, of: earlier ?? join(out, existing!) });
      return;
    }
    seen.set(page.legacyId, page.name);
    if (options.sample !== undefined) return selector.offer(page);
    tally(page);
    await save(page.target, page.text);
  };

  const pool = preparePool({ agencies: registries.agencies, known, out }, options.threads ?? 0);
  const batches: Promise<Prepared[]>[] = [];
  let batch: SourceFile[] = [];
  const send = () => {
    if (batch.length) batches.push(pool.prepare(batch));
    batch = [];
  };
  const settle = async (keep: number) => {
    while (batches.length > keep) for (const page of await batches.shift()!) await consider(page);
  };

  try {
    for (const input of options.inputs) {
      for await (const entry of readSource(input, (done, total) => options.onProgress?.({ input, done, total, read: counts.read }))) {
        if ('ignored' in entry) {
          counts.ignored += 1;
          report.ignored.push(entry.ignored);
          continue;
        }
        batch.push(entry);
        if (batch.length === BATCH_SIZE) send();
        await settle(BATCHES_IN_FLIGHT);
      }
    }
    send();
    await settle(0);
  } finally {
    await pool.close();
  }

  if (options.sample !== undefined) {
    const picked = selector.pick(options.sample);
    counts.notSampled = seen.size - picked.length;
    for (const page of picked) {
      tally(page);
      await save(page.target, page.text);
    }
  }
  await Promise.all(writes);
  if (writeFailure) throw writeFailure;
  if (!dryRun) writeFileSync(reportPath(out), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/** The project's content root, relative to the working directory, as `npm run` sets it. */
const PROJECT_CONTENT = 'content';
const WRITES_IN_FLIGHT = 64;
/** Pages per message to a worker, and batches sent ahead of the one being accounted for. */
const BATCH_SIZE = 32;
const BATCHES_IN_FLIGHT = 16;
/** Where the JSON report goes: beside the content root (`content` → `./import-report.json`). */
export function reportPath(out: string): string {
  return join(dirname(resolve(out)), 'import-report.json');
}

function emptyReport(options: ImportOptions): ImportReport {
  return {
    inputs: options.inputs,
    out: options.out,
    dryRun: options.dryRun ?? false,
    force: options.force ?? false,
    sample: options.sample ?? null,
    counts: { read: 0, imported: 0, rejected: 0, duplicates: 0, notSampled: 0, ignored: 0, written: 0, overwritten: 0, unchanged: 0, kept: 0, withAgency: 0, withCategory: 0, withTags: 0 },
    rejectedByReason: {},
    rejects: [],
    duplicates: [],
    kept: [],
    ignored: [],
  };
}

/** The registries of `out`, or the project's (copied into `out` unless a dry run), checked against the section table. */
function loadRegistries(out: string, dryRun: boolean): { agencies: Registry; categories: Registry } {
  const read = (name: string): Registry => {
    let file = join(out, name);
    if (!existsSync(file)) {
      file = join(PROJECT_CONTENT, name);
      if (!existsSync(file)) throw new ImportError(`neither ${join(out, name)} nor ${file} exists: run the import from the project folder, or give --out a content root that has ${name}`);
      if (!dryRun) {
        mkdirSync(out, { recursive: true });
        copyFileSync(file, join(out, name));
      }
    }
    let data: unknown;
    try {
      data = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }) ?? {};
    } catch (error) {
      throw new ImportError(`${file}: cannot read it (${(error as Error).message}); run npm run check to see what is wrong`);
    }
    const parsed = registrySchema.safeParse(data);
    if (!parsed.success) throw new ImportError(`${file}: not a valid registry (${parsed.error.issues[0]?.message}); run npm run check to see what is wrong`);
    return parsed.data;
  };
  const agencies = read('agencies.yaml');
  const categories = read('categories.yaml');
  const missing = Object.keys(SECTION_SPELLINGS).filter((id) => !categories[id]);
  if (missing.length) throw new ImportError(`the categories.yaml in use lacks ${missing.join(', ')}, which lib/import/sections.ts maps thaigov sections to: add them (th:, en:)`);
  return { agencies, categories };
}

/** What `out/news` already holds: every release file, and the legacyId → file of the Thai ones. */
function scanArchive(out: string): { files: Set<string>; ids: Map<number, string> } {
  const files = new Set<string>();
  const ids = new Map<number, string>();
  const news = join(out, 'news');
  if (!existsSync(news)) return { files, ids };
  for (const year of readdirSync(news)) {
    for (const name of readdirSync(join(news, year))) {
      const target = `news/${year}/${name}`;
      files.add(target);
      if (!name.endsWith('.th.md')) continue;
      const id = /^\d{4}-\d{2}-\d{2}-(\d+)\.th\.md$/.exec(name)?.[1] ?? /^legacyId:\s*(\d+)\s*$/m.exec(readFileSync(join(news, year, name), 'utf8'))?.[1];
      if (id) ids.set(Number(id), target);
    }
  }
  return { files, ids };
}

export { SourceError };
