import { parentPort } from 'node:worker_threads';
import { Lexicon } from './analyze';
import { prepareBatch, transferables, type PrepareRequest } from './pool';

/** A worker thread of `prepareAll`: prepares batches of releases and hands the results back packed, in order. */
const lexicon = new Lexicon();
parentPort?.on('message', ({ batch }: PrepareRequest) => {
  const packed = prepareBatch(batch, lexicon);
  parentPort?.postMessage(packed, transferables(packed));
});
