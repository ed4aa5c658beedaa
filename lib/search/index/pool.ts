import { runOnWorkers, workerThreads } from '../../workers';
import type { TermNumbering } from './analyze';
import { prepare, type Prepared } from './prepare';
import type { SearchRecord } from './records';

/**
 * Prepared releases in a form that crosses threads cheaply: flat typed arrays, the result files, and the terms the
 * worker's numbering met for the first time in this batch (the term numbers are the worker's own).
 */
export interface PackedBatch {
  /** Terms new to the worker's numbering, joined by U+0000: they take the next numbers, in this order. */
  fresh: string;
  terms: Uint32Array;
  counts: Uint16Array;
  /** How many terms each release has, and how many of them are in its title. */
  perDoc: Uint32Array;
  titled: Uint32Array;
  lengths: Uint32Array;
  docs: Uint8Array[];
}

/** A batch of releases for a worker; `id` is the number of its first release. */
export interface PrepareRequest {
  id: number;
  batch: SearchRecord[];
}

/** Prepares a batch in a worker thread, numbering terms with that thread's `numbering`. */
export function prepareBatch(batch: SearchRecord[], numbering: TermNumbering): PackedBatch {
  const known = numbering.terms.length;
  const prepared = batch.map((record) => prepare(record, numbering));
  const analyses = prepared.map((p) => p.analysis);
  const total = analyses.reduce((sum, a) => sum + a.terms.length, 0);
  const terms = new Uint32Array(total);
  const counts = new Uint16Array(total);
  let at = 0;
  for (const a of analyses) {
    terms.set(a.terms, at);
    counts.set(a.counts, at);
    at += a.terms.length;
  }
  return {
    fresh: numbering.terms.slice(known).join('\0'),
    terms,
    counts,
    perDoc: Uint32Array.from(analyses, (a) => a.terms.length),
    titled: Uint32Array.from(analyses, (a) => a.titled),
    lengths: Uint32Array.from(analyses, (a) => a.length),
    docs: prepared.map((p) => p.doc),
  };
}

/** The buffers a packed batch can hand over instead of copying. */
export function transferables(packed: PackedBatch): ArrayBuffer[] {
  return [packed.terms, packed.counts, packed.perDoc, packed.titled, packed.lengths, ...packed.docs].map((array) => array.buffer as ArrayBuffer);
}

/** Receives release `index` prepared, its terms numbered in the numbering given to `prepareAll` (in no particular
 * order when threads are used). */
export type PreparedSink = (index: number, prepared: Prepared) => void;

const BATCH = 200;
/** Below this many releases, threads cost more than they save. */
const THREADED_FROM = 3000;
/** Batches each worker holds, so it never waits for the main thread between two. */
const IN_FLIGHT = 2;

/**
 * Prepares releases (reads, segments, counts, packs the result file) on every core: `Intl.Segmenter` cuts Thai at
 * about a million characters a second per core, which makes this the bulk of a full build. Terms are numbered in
 * `numbering` (each worker numbers its own, and the main thread maps them once per new term).
 */
export async function prepareAll(
  records: SearchRecord[],
  numbering: TermNumbering,
  sink: PreparedSink,
  { onProgress, threadedFrom = THREADED_FROM }: { onProgress?: (done: number, total: number) => void; threadedFrom?: number } = {},
): Promise<void> {
  const threads = workerThreads();
  if (records.length < threadedFrom || threads < 2) {
    records.forEach((record, i) => sink(i, prepare(record, numbering)));
    return;
  }
  const jobs: PrepareRequest[] = [];
  for (let first = 0; first < records.length; first += BATCH) jobs.push({ id: first, batch: records.slice(first, first + BATCH) });
  /** Each worker's term numbers → `numbering`'s. */
  const toShared: number[][] = Array.from({ length: threads }, () => []);
  let done = 0;
  await runOnWorkers<PrepareRequest, PackedBatch>(
    new URL('./prepare-worker.ts', import.meta.url),
    jobs,
    (packed, { id }, worker) => {
      const numbers = toShared[worker]!;
      if (packed.fresh) for (const term of packed.fresh.split('\0')) numbers.push(numbering.id(term));
      let at = 0;
      packed.perDoc.forEach((n, i) => {
        const terms = packed.terms.subarray(at, at + n).map((local) => numbers[local]!);
        sink(id + i, { analysis: { terms, titled: packed.titled[i]!, counts: packed.counts.subarray(at, at + n), length: packed.lengths[i]! }, doc: packed.docs[i]! });
        at += n;
      });
      done += packed.perDoc.length;
      onProgress?.(done, records.length);
    },
    { threads, inFlight: IN_FLIGHT },
  );
}
