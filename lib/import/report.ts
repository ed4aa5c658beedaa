import type { Locale } from '../i18n/locales';
import type { UncertainPair } from './pairs';
import type { ImportRejectReason } from './prepare';
import type { IgnoredKind } from './sources';

/** What an import did with every entry it read: the counts, the reasons, and each page it did not simply import. */
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
    /** Files of folders and archives that are not pages (`README.md`), not counted in `read`. */
    ignored: number;
    /** Entries of folders and archives that are not files at all, not counted in `read`. */
    folders: number;
    links: number;
    /** Devices, FIFOs and other special entries. */
    otherEntries: number;
    /** Of the imported: new files, files rewritten by `force`, files already identical, editor-changed files kept. */
    written: number;
    overwritten: number;
    unchanged: number;
    kept: number;
    withAgency: number;
    withCategory: number;
    withTags: number;
    /** Of the imported: release files in Thai and in English (a pair counts once in each). */
    languages: Record<Locale, number>;
    /** Cabinet synopses paired with their translation (each pair is two of the imported files, one story). */
    pairs: number;
    /** Likely translation pairs listed for an editor (`likelyPairs`), not merged. */
    likelyPairs: number;
  };
  rejectedByReason: Partial<Record<ImportRejectReason, number>>;
  rejects: { file: string; reason: ImportRejectReason; message: string }[];
  duplicates: { file: string; legacyId: number; of: string }[];
  /** The certain pairs: the Thai and English pages of one cabinet meeting's synopsis. */
  pairs: { th: string; en: string; meeting: string }[];
  /** Likely but uncertain pairs, with their evidence, for an editor to confirm (never merged by the import). */
  likelyPairs: UncertainPair[];
  /** Release files left as an editor changed them (rerun with `force` to overwrite). */
  kept: string[];
  /** The files, links and special entries that are not pages (folders are only counted). */
  ignored: string[];
  /**
   * Set when the import stopped before the end of its inputs (a truncated archive, a disk full): why, and the
   * release files it had written or overwritten by then (the counts say how far it got).
   */
  stopped?: { reason: string; written: string[] };
}

/** What became of an imported release's file (see `ReleaseWriter.save`). */
export type FileOutcome = 'written' | 'overwritten' | 'unchanged' | 'kept';

/**
 * Accounts for every entry an import reads, in input order, so that `read = imported + rejected + duplicates`
 * (`+ notSampled` with a sample) holds by construction: each page read is counted by exactly one of `rejected`,
 * `duplicate` or `accepted`, and each accepted page is later either `imported` or left out by `sampled`.
 * @example
 * const tally = new ImportTally({ inputs: ['a.txt'], out: 'content', dryRun: false, force: false, sample: null });
 * tally.accepted();
 * tally.imported('content/news/2018/2018-12-07-17391.th.md', { agency: 'mdes', tagged: false }, 'written');
 * tally.report.counts // { read: 1, imported: 1, written: 1, withAgency: 1, … }
 */
export class ImportTally {
  readonly report: ImportReport;
  private accepts = 0;
  /** Release files written or overwritten so far, reported only if the import stops (`stopped`). */
  private readonly written: string[] = [];

  constructor(run: Pick<ImportReport, 'inputs' | 'out' | 'dryRun' | 'force' | 'sample'>) {
    this.report = {
      ...run,
      counts: { read: 0, imported: 0, rejected: 0, duplicates: 0, notSampled: 0, ignored: 0, folders: 0, links: 0, otherEntries: 0, written: 0, overwritten: 0, unchanged: 0, kept: 0, withAgency: 0, withCategory: 0, withTags: 0, languages: { th: 0, en: 0 }, pairs: 0, likelyPairs: 0 },
      rejectedByReason: {},
      rejects: [],
      duplicates: [],
      pairs: [],
      likelyPairs: [],
      kept: [],
      ignored: [],
    };
  }

  /** An entry of a folder or archive that is not a page (not counted as read). */
  ignoredEntry(entry: string, kind: IgnoredKind): void {
    const { counts } = this.report;
    if (kind === 'folder') return void (counts.folders += 1);
    if (kind === 'file') counts.ignored += 1;
    else if (kind === 'link') counts.links += 1;
    else counts.otherEntries += 1;
    this.report.ignored.push(entry);
  }

  /** A page read and not imported, for `reason`. */
  rejected(file: string, reason: ImportRejectReason, message: string): void {
    const { report } = this;
    report.counts.read += 1;
    report.counts.rejected += 1;
    report.rejectedByReason[reason] = (report.rejectedByReason[reason] ?? 0) + 1;
    report.rejects.push({ file, reason, message });
  }

  /** A page read whose legacyId was already taken from `of` (an earlier page, or a release file already there). */
  duplicate(file: string, legacyId: number, of: string): void {
    this.report.counts.read += 1;
    this.report.counts.duplicates += 1;
    this.report.duplicates.push({ file, legacyId, of });
  }

  /** A valid page read, the first of its legacyId: it will be imported, or (with a sample) perhaps not picked. */
  accepted(): void {
    this.report.counts.read += 1;
    this.accepts += 1;
  }

  /** An accepted page's release, saved as `outcome` at `file`. */
  imported(file: string, page: { lang: Locale; agency?: string; category?: string; tagged: boolean }, outcome: FileOutcome): void {
    const { counts } = this.report;
    counts.imported += 1;
    counts.languages[page.lang] += 1;
    counts[outcome] += 1;
    if (outcome === 'kept') this.report.kept.push(file);
    if (outcome === 'written' || outcome === 'overwritten') this.written.push(file);
    if (page.agency) counts.withAgency += 1;
    if (page.category) counts.withCategory += 1;
    if (page.tagged) counts.withTags += 1;
  }

  /** Two pages paired for certain as the versions of one cabinet meeting's synopsis. */
  paired(th: string, en: string, meeting: string): void {
    this.report.counts.pairs += 1;
    this.report.pairs.push({ th, en, meeting });
  }

  /** The likely pairs found, for an editor to confirm. */
  likely(pairs: UncertainPair[]): void {
    this.report.counts.likelyPairs = pairs.length;
    this.report.likelyPairs = pairs;
  }

  /** The import stopped before the end of its inputs, for `reason`: the report says what it had written. */
  stopped(reason: string): void {
    this.report.stopped = { reason, written: [...this.written] };
  }

  /** With a sample: `picked` of the accepted pages were picked; the others are counted as not sampled. */
  sampled(picked: number): void {
    this.report.counts.notSampled = this.accepts - picked;
  }
}

/**
 * Where `npm run import` writes its report when `--report` does not say: git-ignored `.cache/`, one file per run,
 * never beside the content (which may be the project's own `content/`).
 * @example defaultReportFile(new Date('2026-12-01T08:53:07.120Z')) // '.cache/import-report-2026-12-01T085307Z.json'
 */
export function defaultReportFile(now: Date): string {
  return `.cache/import-report-${now.toISOString().slice(0, 19).replace(/:/g, '')}Z.json`;
}
