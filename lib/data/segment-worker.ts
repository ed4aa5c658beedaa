import { parentPort } from 'node:worker_threads';
import { encodeSegment, type SegmentJob } from './segment';

/** A worker thread of `updateOpenData`: encodes the months it is sent, in order. */
parentPort?.on('message', (job: SegmentJob) => {
  parentPort?.postMessage(encodeSegment(job));
});
