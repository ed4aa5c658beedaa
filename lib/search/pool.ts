import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyze, type Analysis } from './analyze';

/** Analyses of a batch of releases in a form that crosses threads cheaply: one string and three typed arrays. */
export interface PackedAnalyses {
  /** Every release's terms, releases one after another, joined by U+0000. */
  joined: string;
  counts: Uint32Array;
  /** How many terms each release has. */
  perDoc: Uint32Array;
  lengths: Uint32Array;
}

export interface AnalyzeRequest {
  id: number;
  batch: [title: string, text: string][];
}

export function packAnalyses(analyses: Analysis[]): PackedAnalyses {
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
  };
}

/** Hands each release of a packed batch to `sink`, numbered from `first`. */
export function unpackAnalyses({ joined, counts, perDoc, lengths }: PackedAnalyses, first: number, sink: AnalysisSink) {
  const all = joined ? joined.split('\0') : [];
  let at = 0;
  perDoc.forEach((n, i) => {
    sink(first + i, { terms: all.slice(at, at + n), counts: Array.from(counts.subarray(at, at + n)), length: lengths[i] ?? 0 });
    at += n;
  });
}

/** Receives the analysis of release `index` (in no particular order when threads are used). */
export type AnalysisSink = (index: number, analysis: Analysis) => void;

const BATCH = 200;
/** Below this many releases, threads cost more than they save. */
const THREADED_FROM = 3000;

/**
 * Analyzes `count` releases on every core: `Intl.Segmenter` cuts Thai at about 0.6 million characters a second per
 * core, which makes segmentation the bulk of a full build. `item(i)` is asked for each release once, in order, just
 * before it is analyzed, so texts need not all be in memory at once.
 */
export async function analyzeAll(count: number, item: (index: number) => [title: string, text: string], sink: AnalysisSink): Promise<void> {
  const threads = Math.min(availableParallelism(), 4);
  if (count < THREADED_FROM || threads < 2) {
    for (let i = 0; i < count; i++) sink(i, analyze(...item(i)));
    return;
  }
  let next = 0;
  const entry = new URL('./analyze-worker.ts', import.meta.url).href;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { entry } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= count) return resolve();
              const first = next;
              next = Math.min(count, next + BATCH);
              const batch = Array.from({ length: next - first }, (_, i) => item(first + i));
              worker.postMessage({ id: first, batch } satisfies AnalyzeRequest);
            };
            worker.on('message', ({ id, packed }: { id: number; packed: PackedAnalyses }) => {
              unpackAnalyses(packed, id, sink);
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
