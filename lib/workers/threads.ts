import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Worker threads a build step starts: one per core, at most four (more only share the same cores). */
export function workerThreads(): number {
  return Math.min(availableParallelism(), 4);
}

/**
 * Starts a worker thread running the TypeScript module `entry` (through `boot.mjs`, which registers tsx in
 * the thread), with `data` as its `workerData` beside `entry`.
 */
export function startWorker(entry: URL, data: Record<string, unknown> = {}): Worker {
  return new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { ...data, entry: entry.href } });
}

/**
 * Hands `jobs` to `threads` worker threads running `entry`. A worker answers each job it is sent with one message,
 * in order; each holds up to `inFlight` jobs, so it need not wait for the main thread between two. `onReply` gets
 * each answer with its job and the worker's number (0 … threads − 1, for state kept per worker), on the main
 * thread. Resolves when every job is answered; rejects on the first error (of a worker or of `onReply`). The
 * workers are stopped either way.
 */
export async function runOnWorkers<Job, Reply>(
  entry: URL,
  jobs: Job[],
  onReply: (reply: Reply, job: Job, worker: number) => void,
  { threads = workerThreads(), inFlight = 1 }: { threads?: number; inFlight?: number } = {},
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: threads }, () => startWorker(entry));
  try {
    await Promise.all(
      workers.map(
        (worker, number) =>
          new Promise<void>((resolve, reject) => {
            const waiting: Job[] = [];
            const send = () => {
              if (next >= jobs.length) return;
              const job = jobs[next++]!;
              waiting.push(job);
              worker.postMessage(job);
            };
            worker.on('message', (reply: Reply) => {
              const job = waiting.shift()!;
              send();
              try {
                onReply(reply, job, number);
              } catch (error) {
                reject(error);
              }
              if (waiting.length === 0) resolve();
            });
            worker.on('error', reject);
            for (let k = 0; k < inFlight; k++) send();
            if (waiting.length === 0) resolve();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
