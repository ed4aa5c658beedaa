import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysis } from './analyze';
import { prepare, type Prepared } from './prepare';
import type { SearchRecord } from './records';

/** Prepared releases in a form that crosses threads cheaply: one string, typed arrays, and the result files. */
export interface PackedBatch {
  /** Every release's terms, releases one after another, joined by U+0000. */
  joined: string;
  counts: Uint32Array;
  /** How many terms each release has. */
  perDoc: Uint32Array;
  lengths: Uint32Array;
  docs: Uint8Array[];
}

export interface PrepareRequest {
  id: number;
  batch: SearchRecord[];
}

export function packBatch(prepared: Prepared[]): PackedBatch {
  const analyses = prepared.map((p) => p.analysis);
  const total = analyses.reduce((sum, a) => sum + a.terms.length, 0);
  const counts = new Uint32Array(total);
  let at = 0;
  for (const a of analyses) {
    counts.set(a.counts, at);
    at += a.counts.length;
  }
  return {
    joined: analyses.map((a) => a.terms.join('\0')).join('\0'),
    counts,
    perDoc: Uint32Array.from(analyses, (a) => a.terms.length),
    lengths: Uint32Array.from(analyses, (a) => a.length),
    docs: prepared.map((p) => p.doc),
  };
}

/** The buffers a packed batch can hand over instead of copying. */
export function transferables(packed: PackedBatch): ArrayBuffer[] {
  return [packed.counts, packed.perDoc, packed.lengths, ...packed.docs].map((array) => array.buffer as ArrayBuffer);
}

/** Hands each release of a packed batch to `sink`, numbered from `first`. */
function unpackBatch({ joined, counts, perDoc, lengths, docs }: PackedBatch, first: number, sink: PreparedSink) {
  const all = joined ? joined.split('\0') : [];
  let at = 0;
  perDoc.forEach((n, i) => {
    const analysis: Analysis = { terms: all.slice(at, at + n), counts: Array.from(counts.subarray(at, at + n)), length: lengths[i] ?? 0 };
    sink(first + i, { analysis, doc: docs[i]! });
    at += n;
  });
}

/** Receives release `index` prepared (in no particular order when threads are used). */
export type PreparedSink = (index: number, prepared: Prepared) => void;

const BATCH = 200;
/** Below this many releases, threads cost more than they save. */
const THREADED_FROM = 3000;

/**
 * Prepares releases (reads, segments, counts, packs the result file) on every core: `Intl.Segmenter` cuts Thai at
 * about a million characters a second per core, which makes this the bulk of a full build.
 */
export async function prepareAll(records: SearchRecord[], sink: PreparedSink): Promise<void> {
  const threads = Math.min(availableParallelism(), 4);
  if (records.length < THREADED_FROM || threads < 2) {
    records.forEach((record, i) => sink(i, prepare(record)));
    return;
  }
  let next = 0;
  const entry = new URL('./prepare-worker.ts', import.meta.url).href;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { entry } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= records.length) return resolve();
              const first = next;
              next = Math.min(records.length, next + BATCH);
              worker.postMessage({ id: first, batch: records.slice(first, next) } satisfies PrepareRequest);
            };
            worker.on('message', ({ id, packed }: { id: number; packed: PackedBatch }) => {
              unpackBatch(packed, id, sink);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
