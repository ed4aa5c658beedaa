import { createHash, type Hash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { versionsOf, type Archive, type Story } from '../content';
import { contentPath, digest } from '../content';
import { runOnWorkers, workerThreads } from '../workers';
import { siteUrl } from '../site';
import { dataFileName, dataFormats, dataUrl, deletedEntries, type Manifest, type ManifestFile } from './files';
import { csvHead, encodeSegment, type EncodedSegment, type SegmentJob } from './segment';
import { rowJsonSchema } from './row';

/**
 * Writes the open data of an archive into a folder (`public/data/` for the site): per year a JSON Lines (gzip) and a
 * CSV file, `deleted.json`, the row's JSON Schema and the manifest `index.json`. Only what changed is written again:
 * a year whose releases and registries are as the last run left them keeps its files, and a year that changed gets
 * new files in which only the changed days are encoded again, the other days' bytes copied from the old files
 * (see `segment.ts`). What the last run wrote is remembered in a state file beside the parse cache.
 */

/** Bump when the encoding of a row or a file changes: every file is then written again. */
const FORMAT = 1;
/** Below this many stories to encode, worker threads cost more than they save (starting one takes ~1 s). */
const THREADED_FROM = 2000;

const fileStateSchema = z.strictObject({ bytes: z.number(), mtimeMs: z.number(), sha256: z.string() });
const segmentStateSchema = z.strictObject({ key: z.string(), fingerprint: z.string(), rows: z.number(), csvBytes: z.number(), jsonlBytes: z.number() });
const yearStateSchema = z.strictObject({ publishedAt: z.string(), csv: fileStateSchema, jsonl: fileStateSchema, segments: z.array(segmentStateSchema) });
const stateSchema = z.strictObject({
  format: z.literal(FORMAT),
  context: z.string(),
  years: z.record(z.string(), yearStateSchema),
  deleted: z.strictObject({ sha256: z.string(), publishedAt: z.string() }).optional(),
});
type FileState = z.output<typeof fileStateSchema>;
type SegmentState = z.output<typeof segmentStateSchema>;
type YearState = z.output<typeof yearStateSchema>;
type State = z.output<typeof stateSchema>;

export interface OpenDataOptions {
  /** The folder to write (created when missing). */
  out: string;
  /** The time of the publication the files reflect; now by default. */
  publishedAt?: Date;
  /** Where to remember what was written; `.cache/open-data-<digest of out>.json` by default. */
  stateFile?: string;
  /** The cache folder `stateFile` goes into by default (`.cache/`). */
  cacheDir?: string;
  /**
   * The SHA-1 each release file was checked with, by absolute path (`ParseCache.hashOf` of the load that made the
   * archive): what says a body changed. A file it has no hash for is stat-ed instead (its size and times).
   */
  hashOf?: (absolute: string) => string | undefined;
  /** Worker threads for a large encode (`workerThreads()` by default; 1 encodes on this thread). */
  threads?: number;
  /** Encode on worker threads from this many stories to encode (2,000 by default). */
  threadedFrom?: number;
  /** Called as each year's files are complete. */
  onYear?: (year: number, written: { rows: number; encodedDays: number; copiedDays: number }) => void;
}

export interface OpenDataReport {
  /** Years whose files were written, and years whose files were kept as they were. */
  written: number[];
  kept: number[];
  /** Days encoded from the releases, and days copied from the last files. */
  encodedDays: number;
  copiedDays: number;
  /** Years whose files were deleted (no release left in them). */
  removed: number[];
  manifest: Manifest;
}

/** A day as planned from the archive: its key, fingerprint and stories. */
interface PlannedSegment {
  key: string;
  fingerprint: string;
  stories: Story[];
}

/** One day's place in a year's new files: encoded now, or copied from the old files at `csvAt`/`jsonlAt`. */
type Slot = { year: number; planned: PlannedSegment } & ({ kind: 'encode'; encoded?: EncodedSegment } | { kind: 'copy'; old: SegmentState; csvAt: number; jsonlAt: number });

/**
 * Writes what changed in the open data since the last run into `options.out`, then the manifest (last, so a reader
 * never finds it naming a file not yet written; each file is replaced by a rename, so a download under way finishes
 * on the old file).
 * @example await updateOpenData(archive, { out: 'public/data' }) // { written: [2025], kept: [2016, …], … }
 */
export async function updateOpenData(archive: Archive, options: OpenDataOptions): Promise<OpenDataReport> {
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const publishedAt = (options.publishedAt ?? new Date()).toISOString();
  const stateFile = options.stateFile ?? join(options.cacheDir ?? join(process.cwd(), '.cache'), `open-data-${digest(out)}.json`);
  const context = digest(JSON.stringify([FORMAT, siteUrl, archive.agencies, archive.categories]));
  const state = readState(stateFile, context);
  const plan = planSegments(archive, context, options.hashOf);

  const report: OpenDataReport = { written: [], kept: [], encodedDays: 0, copiedDays: 0, removed: [], manifest: { publishedAt, rowSchema: dataUrl(dataFileName.schema), files: [] } };
  const slots: Slot[] = [];
  const next: State = { format: FORMAT, context, years: {} };
  for (const [year, segments] of plan) {
    const old = state.years[year];
    const intact = old !== undefined && filesIntact(out, year, old);
    if (intact && sameSegments(old.segments, segments)) {
      report.kept.push(year);
      next.years[year] = old;
      continue;
    }
    report.written.push(year);
    let csvAt = csvHead.length;
    let jsonlAt = 0;
    const previous = new Map<string, { old: SegmentState; csvAt: number; jsonlAt: number }>();
    for (const segment of intact ? old.segments : []) {
      previous.set(`${segment.key} ${segment.fingerprint}`, { old: segment, csvAt, jsonlAt });
      csvAt += segment.csvBytes;
      jsonlAt += segment.jsonlBytes;
    }
    for (const planned of segments) {
      const reusable = previous.get(`${planned.key} ${planned.fingerprint}`);
      slots.push(reusable ? { year, planned, kind: 'copy', ...reusable } : { year, planned, kind: 'encode' });
    }
  }

  const encodes = slots.filter((slot) => slot.kind === 'encode');
  const writer = new SlotWriter(out, slots, publishedAt, (year, state, counts) => {
    next.years[year] = state;
    report.encodedDays += counts.encodedDays;
    report.copiedDays += counts.copiedDays;
    options.onYear?.(year, counts);
  });
  const jobs = new Map(encodes.map((slot): [SegmentJob, Slot] => [{ key: slot.planned.key, root: archive.root, stories: slot.planned.stories, context: { agencies: archive.agencies, categories: archive.categories } }, slot]));
  const threads = options.threads ?? workerThreads();
  const stories = encodes.reduce((sum, slot) => sum + slot.planned.stories.length, 0);
  if (threads > 1 && stories >= (options.threadedFrom ?? THREADED_FROM)) {
    await runOnWorkers<SegmentJob, EncodedSegment>(new URL('./segment-worker.ts', import.meta.url), [...jobs.keys()], (encoded, job) => writer.arrived(jobs.get(job)!, encoded), { threads });
  } else {
    for (const [job, slot] of jobs) writer.arrived(slot, encodeSegment(job));
  }
  writer.flush();

  for (const year of Object.keys(state.years).map(Number)) {
    if (plan.has(year)) continue;
    report.removed.push(year);
    for (const name of [dataFileName.jsonl(year), dataFileName.csv(year)]) rmSync(join(out, name), { force: true });
  }

  writeIfChanged(join(out, dataFileName.schema), `${JSON.stringify(rowJsonSchema(), null, 2)}\n`);
  const deleted = deletedEntries(archive);
  const deletedText = `${JSON.stringify(deleted, null, 1)}\n`;
  const deletedSha = sha256(deletedText);
  next.deleted = state.deleted?.sha256 === deletedSha && existsSync(join(out, dataFileName.deleted)) ? state.deleted : { sha256: deletedSha, publishedAt };
  writeIfChanged(join(out, dataFileName.deleted), deletedText);

  report.manifest.files = [
    ...[...plan.keys()].flatMap((year) => yearFiles(year, next.years[year]!)),
    manifestFile(dataFileName.deleted, 'json', null, deleted.length, Buffer.byteLength(deletedText), next.deleted),
  ];
  writeAtomically(join(out, dataFileName.manifest), `${JSON.stringify(report.manifest, null, 1)}\n`);
  writeAtomically(stateFile, JSON.stringify(next));
  return report;
}

/**
 * The archive's stories by year (newest first) and day (newest first), each day with its fingerprint: its stories'
 * records and, for their bodies, which are not in the records, the hash of each body's bytes, else its file's size and
 * times as in the parse cache. A hash costs a lookup where a stat costs a system call (90,000 of them took seconds
 * on a busy machine, most of a publication's open-data update).
 */
function planSegments(archive: Archive, context: string, hashOf: OpenDataOptions['hashOf']): Map<number, PlannedSegment[]> {
  const plan = new Map<number, PlannedSegment[]>();
  let current: PlannedSegment | undefined;
  let hash: Hash | undefined;
  const close = () => {
    if (current && hash) current.fingerprint = hash.digest('base64url');
  };
  // archive.stories is newest first, so a day's stories are consecutive.
  for (const story of archive.stories) {
    const key = story.date;
    if (current?.key !== key) {
      close();
      current = { key, fingerprint: '', stories: [] };
      hash = createHash('sha1').update(context);
      const year = Number(key.slice(0, 4));
      plan.set(year, [...(plan.get(year) ?? []), current]);
    }
    current.stories.push(story);
    hash!.update(JSON.stringify([story.slug, story.th, story.en]));
    for (const release of versionsOf(story)) hash!.update(bodyFingerprint(archive, release.file, hashOf));
  }
  close();
  return plan;
}

/** What stands for a body: the SHA-1 of its bytes (a published archive's, else `hashOf`'s), else its file's size and times. */
function bodyFingerprint(archive: Archive, file: string, hashOf: OpenDataOptions['hashOf']): string {
  const absolute = contentPath(dirname(archive.root), file);
  const hash = archive.bodies?.get(file)?.hash ?? hashOf?.(absolute);
  if (hash !== undefined) return `sha1 ${hash}`;
  const { size, mtimeMs, ctimeMs } = statSync(absolute);
  return `stat ${size}:${mtimeMs}:${ctimeMs}`;
}

function sameSegments(old: SegmentState[], planned: PlannedSegment[]): boolean {
  return old.length === planned.length && old.every((segment, i) => segment.key === planned[i]!.key && segment.fingerprint === planned[i]!.fingerprint);
}

/** Whether a year's files are as the last run wrote them (their size and modification time). */
function filesIntact(out: string, year: number, old: YearState): boolean {
  const same = (name: string, file: FileState) => {
    const path = join(out, name);
    if (!existsSync(path)) return false;
    const { size, mtimeMs } = statSync(path);
    return size === file.bytes && mtimeMs === file.mtimeMs;
  };
  return same(dataFileName.csv(year), old.csv) && same(dataFileName.jsonl(year), old.jsonl);
}

/** The state of the last run, or an empty one when there is none or it was made by another format or context. */
function readState(file: string, context: string): State {
  const empty: State = { format: FORMAT, context, years: {} };
  if (!existsSync(file)) return empty;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success && parsed.data.context === context ? parsed.data : empty;
  } catch {
    return empty;
  }
}

/**
 * Writes the slots in order into each year's new files, as they become ready: an encoded day when it arrives
 * (days may arrive out of order from the worker threads), a copied one as soon as its turn comes. Holds at most the
 * days that arrived ahead of their turn.
 */
class SlotWriter {
  private at = 0;
  private open?: { year: number; csv: OpenFile; jsonl: OpenFile; old?: { csv: number; jsonl: number }; segments: SegmentState[]; encodedDays: number; copiedDays: number };

  constructor(
    private readonly out: string,
    private readonly slots: Slot[],
    private readonly publishedAt: string,
    private readonly onYear: (year: number, state: YearState, counts: { rows: number; encodedDays: number; copiedDays: number }) => void,
  ) {}

  arrived(slot: Slot, encoded: EncodedSegment): void {
    if (slot.kind === 'encode') slot.encoded = encoded;
    this.flush();
  }

  /** Writes every slot whose turn has come and that is ready. */
  flush(): void {
    for (; this.at < this.slots.length; this.at++) {
      const slot = this.slots[this.at]!;
      if (slot.kind === 'encode' && !slot.encoded) return;
      const files = this.filesFor(slot.year);
      let csv: Uint8Array;
      let jsonl: Uint8Array;
      let rows: number;
      if (slot.kind === 'encode') {
        ({ csv, jsonl, rows } = slot.encoded!);
        slot.encoded = undefined;
        files.encodedDays++;
      } else {
        csv = readRange(files.old!.csv, slot.csvAt, slot.old.csvBytes);
        jsonl = readRange(files.old!.jsonl, slot.jsonlAt, slot.old.jsonlBytes);
        rows = slot.old.rows;
        files.copiedDays++;
      }
      files.csv.write(csv);
      files.jsonl.write(jsonl);
      files.segments.push({ key: slot.planned.key, fingerprint: slot.planned.fingerprint, rows, csvBytes: csv.length, jsonlBytes: jsonl.length });
      if (this.slots[this.at + 1]?.year !== slot.year) this.finishYear();
    }
  }

  private filesFor(year: number) {
    if (this.open?.year === year) return this.open;
    const name = { csv: dataFileName.csv(year), jsonl: dataFileName.jsonl(year) };
    const oldCsv = join(this.out, name.csv);
    const oldJsonl = join(this.out, name.jsonl);
    const copies = this.slots.some((slot) => slot.year === year && slot.kind === 'copy');
    this.open = {
      year,
      csv: new OpenFile(oldCsv),
      jsonl: new OpenFile(oldJsonl),
      ...(copies && { old: { csv: openSync(oldCsv, 'r'), jsonl: openSync(oldJsonl, 'r') } }),
      segments: [],
      encodedDays: 0,
      copiedDays: 0,
    };
    this.open.csv.write(csvHead);
    return this.open;
  }

  private finishYear(): void {
    const files = this.open!;
    if (files.old) {
      closeSync(files.old.csv);
      closeSync(files.old.jsonl);
    }
    const state: YearState = { publishedAt: this.publishedAt, csv: files.csv.finish(), jsonl: files.jsonl.finish(), segments: files.segments };
    const rows = files.segments.reduce((sum, segment) => sum + segment.rows, 0);
    this.open = undefined;
    this.onYear(files.year, state, { rows, encodedDays: files.encodedDays, copiedDays: files.copiedDays });
  }
}

/** A file written under a temporary name, hashed as it is written, and renamed over `path` when finished. */
class OpenFile {
  private readonly temporary: string;
  private readonly fd: number;
  private readonly hash = createHash('sha256');
  private bytes = 0;

  constructor(private readonly path: string) {
    this.temporary = `${path}.${process.pid}.tmp`;
    this.fd = openSync(this.temporary, 'w');
  }

  write(data: Uint8Array): void {
    for (let done = 0; done < data.length; ) done += writeSync(this.fd, data, done);
    this.hash.update(data);
    this.bytes += data.length;
  }

  finish(): FileState {
    closeSync(this.fd);
    renameSync(this.temporary, this.path);
    return { bytes: this.bytes, mtimeMs: statSync(this.path).mtimeMs, sha256: this.hash.digest('hex') };
  }
}

function readRange(fd: number, at: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const read = readSync(fd, buffer, done, length - done, at + done);
    if (read === 0) throw new Error(`the open-data file ended before byte ${at + length}; delete the data folder and build it again`);
    done += read;
  }
  return buffer;
}

function yearFiles(year: number, state: YearState): ManifestFile[] {
  const rows = state.segments.reduce((sum, segment) => sum + segment.rows, 0);
  return [
    manifestFile(dataFileName.jsonl(year), 'jsonl.gz', year, rows, state.jsonl.bytes, { sha256: state.jsonl.sha256, publishedAt: state.publishedAt }),
    manifestFile(dataFileName.csv(year), 'csv', year, rows, state.csv.bytes, { sha256: state.csv.sha256, publishedAt: state.publishedAt }),
  ];
}

function manifestFile(name: string, format: keyof typeof dataFormats, year: number | null, rows: number, bytes: number, { sha256, publishedAt }: { sha256: string; publishedAt: string }): ManifestFile {
  return { name, url: dataUrl(name), format, mediaType: dataFormats[format], year, rows, bytes, sha256, publishedAt };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.${process.pid}.tmp`, text);
  renameSync(`${path}.${process.pid}.tmp`, path);
}

function writeIfChanged(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  writeAtomically(path, text);
}

