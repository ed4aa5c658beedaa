import { parentPort } from 'node:worker_threads';
import { packBatch, transferables, type PrepareRequest } from './pool';
import { prepare } from './prepare';

/** A worker thread of `prepareAll`: prepares batches of releases and hands the results back packed. */
parentPort?.on('message', ({ id, batch }: PrepareRequest) => {
  const packed = packBatch(batch.map(prepare));
  parentPort?.postMessage({ id, packed }, transferables(packed));
});
