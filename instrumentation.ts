/**
 * Runs once when a server starts, before it takes requests: loads the archive, so that no reader waits for it. Left
 * to the first request, the load (~4 s on the full corpus) fell on whichever reader came first to each instance:
 * measured 2026-12-01 through the stack, one first render of 50 took 5.7 s. Not during `next build` (its workers
 * load the archive as they need it) nor `npm run dev` (which reloads on every change).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build' || process.env.NODE_ENV !== 'production') return;
  const { getArchive } = await import('./lib/content');
  try {
    getArchive();
  } catch (error) {
    // The pages that need the archive answer 500 and say why in this log; the server still starts.
    console.error(`archive not loaded at start: ${(error as Error).message}`);
  }
}
