import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatContentError, readRegistry, type Registry } from '../content';
import { agencyFinder } from './agencies';
import { ImportError, ImportStopped } from './error';
import { preparePool } from './pool';
import { likelyPairs, pairSynopses, type PairCandidate } from './pairs';
import type { Prepared } from './prepare';
import { releaseFileText, releasePath } from './release-file';
import { ImportTally, type ImportReport } from './report';
import { SampleSelector } from './sample';
import { SECTION_SPELLINGS } from './sections';
import { readSource, SourceError, type SourceFile } from './sources';
import { existingReleases, ReleaseWriter } from './writer';

/**
 * `npm run import` without the command line: reads every input, turns each page into a release file under
 * `<out>/news/`, and accounts for every page read — imported, rejected (with a reason) or a duplicate — so that
 * `read = imported + rejected + duplicates` (`+ not sampled` with `sample`).
 *
 * Idempotent: a file that already holds exactly what the import would write is left alone. A file that holds
 * anything else was changed by an editor after its import and is kept (listed in the report) unless `force`.
 * The report is returned, not written: `npm run import` writes it where `--report` says.
 */

export interface ImportOptions {
  /** Pages, folders of pages, or `.tar.xz` archives, read in this order. */
  inputs: string[];
  /**
   * The content root releases land in (`<out>/news/<year>/…`). Its `agencies.yaml` and `categories.yaml` give the
   * ids; when it has none, the project's (`content/`) are used and copied into it.
   */
  out: string;
  /** Read and check everything, write nothing (no release, no registry copy). */
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

/**
 * Runs an import.
 * @throws ImportError (or SourceError) when it cannot run; ImportStopped, with the report so far, when it stopped
 *   half-way; rejected pages never throw, they are reported
 * @example await runImport({ inputs: ['../shared/corpus/thaigov-v1.tar.xz'], out: 'content' }) // { counts: { read: 28555, … } }
 */
export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const { out, dryRun = false, force = false } = options;
  const registries = loadRegistries(out, dryRun);
  agencyFinder(registries.agencies); // fails fast when the aliases name an agency the registry lacks
  const known = { agencies: Object.keys(registries.agencies), categories: Object.keys(registries.categories) };
  const existing = existingReleases(out);
  const tally = new ImportTally({ inputs: options.inputs, out, dryRun, force, sample: options.sample ?? null });
  const writer = new ReleaseWriter(out, existing.files, { dryRun, force });
  const seen = new Map<number, string>();
  const selector = new SampleSelector<Story>();
  const synopses: Page[] = [];
  const candidates: PairCandidate[] = [];

  const save = async (story: Story) => {
    for (const page of story.pages) tally.imported(join(out, page.target), page, await writer.save(page.target, page.text));
  };

  /** A story's pages whose id is not already in another release file; accepted, then imported (now or into the sample). */
  const place = async (story: Story) => {
    const pages = story.pages.filter((page) => {
      const there = existing.ids.get(page.legacyId);
      if (there !== undefined && there !== page.target) tally.duplicate(page.name, page.legacyId, join(out, there));
      else tally.accepted();
      return there === undefined || there === page.target;
    });
    if (pages.length === 0) return;
    const kept = { ...story, pages };
    if (options.sample !== undefined) return selector.offer(kept);
    await save(kept);
  };

  /**
   * Accounts for one prepared page, in input order: rejected, duplicate, or imported (now or into the sample). A
   * cabinet synopsis waits for the end of the input, when its translation may have been read.
   */
  const consider = async (page: Prepared) => {
    if (!page.ok) return tally.rejected(page.name, page.reason, page.message);
    const earlier = seen.get(page.legacyId);
    if (earlier !== undefined) return tally.duplicate(page.name, page.legacyId, earlier);
    seen.set(page.legacyId, page.name);
    if (page.lang === 'en' || page.features.names.length >= 2) candidates.push(pairCandidate(page));
    if (page.meeting) return void synopses.push(page);
    await place(single(page));
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
      for await (const entry of readSource(input, (done, total) => options.onProgress?.({ input, done, total, read: tally.report.counts.read }))) {
        if ('ignored' in entry) {
          tally.ignoredEntry(entry.ignored, entry.kind);
          continue;
        }
        batch.push(entry);
        if (batch.length === BATCH_SIZE) send();
        await settle(BATCHES_IN_FLIGHT);
      }
    }
    send();
    await settle(0);
  } catch (error) {
    // Before the first page there is nothing to report: the input could not be read at all.
    const { read, ignored, folders } = tally.report.counts;
    if (read + ignored + folders === 0) throw error;
    // The pages read before the failure are still imported, then the report says how far it got.
    send();
    await settle(0).catch(() => {});
    await writer.close().catch(() => {});
    const reason = (error as Error).message;
    tally.stopped(reason);
    throw new ImportStopped(reason, tally.report);
  } finally {
    await pool.close();
  }

  const { pairs, singles } = pairSynopses(synopses);
  for (const page of singles) await place(single(page));
  for (const [th, en] of pairs) {
    tally.paired(th.name, en.name, th.meeting!);
    await place({ legacyId: th.legacyId, date: th.date, ...(th.category && { category: th.category }), pages: [th, translationOf(en, th)] });
  }
  const paired = new Set(pairs.flat().map((page) => page.legacyId));
  tally.likely(likelyPairs(candidates.filter((candidate) => !paired.has(candidate.legacyId))));

  if (options.sample !== undefined) {
    const picked = selector.pick(options.sample);
    tally.sampled(picked.length);
    for (const page of picked) await save(page);
  }
  await writer.close();
  return tally.report;
}

type Page = Prepared & { ok: true };

/** What is imported as one: a release, or the two versions of a pair (Thai first); sampled by its first version. */
interface Story {
  legacyId: number;
  date: string;
  category?: string;
  pages: Page[];
}

const single = (page: Page): Story => ({ legacyId: page.legacyId, date: page.date, ...(page.category && { category: page.category }), pages: [page] });

/** The English page of a pair, rewritten under its Thai version's slug, with its date, agency and category. */
function translationOf(en: Page, th: Page): Page {
  const { agency, category } = th.release;
  const release = { ...en.release, date: th.date, agency, category };
  return { ...en, release, date: th.date, agency, category, target: releasePath(th.release, 'en'), text: releaseFileText(release) };
}

const FEATURES_KEPT = 40;

const pairCandidate = (page: Page): PairCandidate => ({
  name: page.name,
  legacyId: page.legacyId,
  lang: page.lang,
  date: page.date,
  title: page.release.title,
  features: { numbers: page.features.numbers.slice(0, FEATURES_KEPT), names: page.features.names.slice(0, FEATURES_KEPT) },
});

/** The project's content root, relative to the working directory, as `npm run` sets it. */
const PROJECT_CONTENT = 'content';
/** Pages per message to a worker, and batches sent ahead of the one being accounted for. */
const BATCH_SIZE = 32;
const BATCHES_IN_FLIGHT = 16;

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
    const { registry, errors } = readRegistry(file, (shown) => shown);
    if (errors.length) throw new ImportError(`${formatContentError(errors[0]!)}; run npm run check to see what is wrong`);
    return registry;
  };
  const agencies = read('agencies.yaml');
  const categories = read('categories.yaml');
  const missing = Object.keys(SECTION_SPELLINGS).filter((id) => !categories[id]);
  if (missing.length) throw new ImportError(`the categories.yaml in use lacks ${missing.join(', ')}, which lib/import/sections.ts maps thaigov sections to: add them (th:, en:)`);
  return { agencies, categories };
}

export { ImportError, ImportStopped, SourceError };
export type { ImportReport };
