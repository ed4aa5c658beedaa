import { parentPort } from 'node:worker_threads';
import { parseEntry } from './cache';
import type { ParseRequest } from './parallel';
import { parseReleaseBytes } from './parse';

/** A worker thread of `parseInParallel`: reads and parses the files it is sent, in order. */
parentPort?.on('message', ({ files, known }: ParseRequest) => {
  parentPort?.postMessage(files.map(([absolute, shown]) => [absolute, parseEntry(absolute, (bytes) => parseReleaseBytes(shown, bytes, known))]));
});
