import { parentPort } from 'node:worker_threads';
import { encodeSegment, type SegmentJob } from './segment';

/** A buffer's memory handed over to the main thread instead of copied, when the buffer is all of it. */
const own = (bytes: Uint8Array) => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : []);

/** A worker thread of `updateOpenData`: encodes the days it is sent, in order. */
parentPort?.on('message', (job: SegmentJob) => {
  const encoded = encodeSegment(job);
  parentPort?.postMessage(encoded, [...own(encoded.csv), ...own(encoded.jsonl)]);
});
