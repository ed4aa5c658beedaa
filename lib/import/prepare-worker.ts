/** A worker thread of lib/import/pool.ts: prepares the batches of pages it is sent, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { pagePreparer, type PrepareContext } from './prepare';
import type { SourceFile } from './sources';

const prepare = pagePreparer((workerData as { context: PrepareContext }).context);
parentPort!.on('message', (batch: SourceFile[]) => parentPort!.postMessage(batch.map(prepare)));
