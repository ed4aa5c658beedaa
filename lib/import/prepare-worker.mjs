// Starts a worker thread of lib/import/pool.ts. A worker does not inherit the tsx loader that runs the import's
// TypeScript, so it registers the loader itself, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');
