import { startWorker } from '../workers';
import { pagePreparer, type PrepareContext, type Prepared } from './prepare';
import type { SourceFile } from './sources';

/**
 * Prepares batches of pages, on worker threads when `threads > 0` (each batch goes to the next worker in turn), else
 * on the calling thread. Results come back per batch; the caller awaits batches in the order it sent them, so the
 * import stays deterministic (the first copy of a duplicate is always the same one).
 */
export interface PreparePool {
  prepare(batch: SourceFile[]): Promise<Prepared[]>;
  close(): Promise<void>;
}

/**
 * @param threads worker threads to start; 0 prepares on the calling thread (tests, single files)
 * @example const pool = preparePool(context, 2); const results = await pool.prepare(pages); await pool.close();
 */
export function preparePool(context: PrepareContext, threads: number): PreparePool {
  if (threads <= 0) {
    const prepare = pagePreparer(context);
    return { prepare: async (batch) => batch.map(prepare), close: async () => {} };
  }
  const workers = Array.from({ length: threads }, () => {
    const worker = startWorker(new URL('./prepare-worker.ts', import.meta.url), { context });
    const waiting: { resolve: (results: Prepared[]) => void; reject: (error: Error) => void }[] = [];
    worker.on('message', (results: Prepared[]) => waiting.shift()?.resolve(results));
    worker.on('error', (error) => waiting.splice(0).forEach((job) => job.reject(error)));
    return { worker, waiting };
  });
  let next = 0;
  return {
    prepare(batch) {
      const target = workers[next++ % workers.length]!;
      return new Promise((resolve, reject) => {
        target.waiting.push({ resolve, reject });
        target.worker.postMessage(batch);
      });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
