/**
 * Heavy work of the Node build steps (import, content parsing, search index), shared out on this machine: worker
 * threads that run TypeScript (`threads.ts`; each thread starts through `boot.mjs`, loaded by its path at run time,
 * so it keeps that name beside `threads.ts`), and a lock file that keeps two processes (a build and a publication)
 * from updating the same files at once (`lock.ts`). Node only: no page loads this folder.
 */
export { acquireLock } from './lock';
export { runOnWorkers, startWorker, workerThreads } from './threads';
