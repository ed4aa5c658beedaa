/**
 * Runs once when a server starts, before it takes requests: loads the archive, so that no reader waits for it. Left
 * to the first request, the load (~4 s on the full corpus) fell on whichever reader came first to each instance:
 * measured 2026-12-01 through the stack, one first render of 50 took 5.7 s. Not during `next build` (its workers
 * load the archive as they need it) nor `npm run dev` (which reloads on every change).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build' || process.env.NODE_ENV !== 'production') return;
  const [{ getArchive }, { paths }] = await Promise.all([import('./lib/content'), import('./lib/listing')]);
  try {
    const oldest = getArchive().stories.at(-1);
    if (oldest) void warmUp(paths.article(oldest.th ? 'th' : 'en', oldest.slug));
  } catch (error) {
    // The pages that need the archive answer 500 and say why in this log; the server still starts.
    console.error(`archive not loaded at start: ${(error as Error).message}`);
  }
}

/**
 * The first release an instance renders takes ~0.5 s more than the next ones (the page's modules are loaded and
 * compiled then): measured 2026-12-01 on the full archive, 511 ms then 52 and 33 ms. So the server asks itself for
 * its oldest release as soon as it can answer (Next.js listens before this runs, and sets `PORT`), and no reader
 * pays it. The page is rendered and cached as if a reader had asked; a failure is only logged.
 */
export async function warmUp(path: string, port = process.env.PORT): Promise<void> {
  if (!port) return;
  const url = `http://127.0.0.1:${port}${path}`;
  return fetch(url, { headers: { 'accept-encoding': 'gzip', 'user-agent': 'thaigov-news-archive warm-up' } })
    .then(async (answer) => {
      await answer.arrayBuffer();
      if (!answer.ok) console.warn(`warm-up: ${url} answered ${answer.status}`);
    })
    .catch((error: Error) => console.warn(`warm-up: ${url} failed (${error.message}); the first reader renders the first page`));
}
