// Starts a worker thread that runs TypeScript: worker threads do not inherit tsx from the parent, so this registers
// it, then loads the TypeScript worker named in workerData.entry (started by lib/workers/threads.ts).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
