import { parentPort } from 'node:worker_threads';
import { TermNumbering } from './analyze';
import { prepareBatch, transferables, type PrepareRequest } from './pool';

/** A worker thread of `prepareAll`: prepares batches of releases and hands the results back packed, in order. */
const numbering = new TermNumbering();
parentPort?.on('message', ({ batch }: PrepareRequest) => {
  const packed = prepareBatch(batch, numbering);
  parentPort?.postMessage(packed, transferables(packed));
});
