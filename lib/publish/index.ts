/**
 * Publishing what changed in a content folder to the running server(s), without stopping them: the library behind
 * `npm run publish` (`scripts/publish.ts` is a thin command line over `publish`). The steps, in order, each its own
 * function (see README.md):
 *
 * 1. `checkContent`: the content as `npm run check` checks it; any problem, and nothing is published;
 * 2. `changesToPublish`: what is new, changed, withdrawn and deleted since the last publication;
 * 3. `recordDeletions`: the deleted releases listed in `gone.yaml` (their addresses answer 410 Gone);
 * 4. `updateSearchIndex`: the search index brought up to date (a new generation; its manifest switched last);
 * 5. `reloadServer`: every server asked to reload the archive and mark its pages stale (`POST /api/publish`);
 * 6. `waitUntilServed`: every server asked for each page the publication changes until it serves it as it now is;
 * 7. `recordPublished`: the archive recorded as what the site serves, for the next publication to compare with.
 */
import { bangkokToday } from '../content/scaffold';
import type { Archive } from '../content';
import { updateSearchIndex } from '../search/index/update';
import { changesToPublish, recordDeletions, recordPublished, type Changes } from './changes';
import { checkContent } from './check';
import { PublishError } from './errors';
import { expectationsFor } from './expectations';
import { reloadServer, waitUntilServed } from './servers';

export { ContentCheckError, checkContent } from './check';
export { PublishError } from './errors';
export { changesSince, changesToPublish, recordDeletions, recordPublished, type Changes } from './changes';
export { expectationsFor, meets, type Expectation } from './expectations';
export { reloadServer, ServerError, waitUntilServed } from './servers';

export interface PublishOptions {
  /** The content root to publish (`contentRoot()`). */
  root: string;
  /** Its parse cache (`contentCacheFile(root)`). */
  cacheFile?: string;
  /** The search index root (`public/search-index`). */
  indexOut: string;
  /** Origins of the servers to publish to, without a trailing slash. */
  servers: string[];
  /** The publication token the servers check (`publishToken(true)`). */
  token: string;
  /** How long to wait for every server to serve every changed page. */
  timeoutMs: number;
  /** The date deletions are recorded with (`bangkokToday()` by default). */
  today?: string;
  /** Told of each step done, with the time since the start. */
  log?: (line: string) => void;
}

/** What a publication did. */
export interface Publication {
  archive: Archive;
  changes: Changes;
  /** The slugs newly listed in `gone.yaml`. */
  gone: string[];
  /** No earlier publication was recorded: every release was taken as published. */
  firstTime: boolean;
  seconds: number;
}

/**
 * Publishes the content root to every server, step by step (see the module's comment).
 * @throws PublishError: ContentCheckError (nothing published), ServerError (a server missed a step), or the search
 *   index's failure
 */
export async function publish(options: PublishOptions): Promise<Publication> {
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const log = options.log ?? (() => {});

  const archive = checkContent(options.root, options.cacheFile);
  const { changes, firstTime } = changesToPublish(options.root, archive);
  const gone = recordDeletions(options.root, changes.removed, options.today ?? bangkokToday());
  log(`content OK: ${archive.stories.length} stories (${elapsed()})`);

  // In this process, from the archive just checked: a separate `npm run build:search` would load the content again.
  try {
    await updateSearchIndex(archive, { out: options.indexOut });
  } catch (error) {
    throw new PublishError(`the search index could not be updated; nothing was published:\n${(error as Error).stack ?? error}`, { cause: error });
  }
  log(`search index updated (${elapsed()})`);

  for (const server of options.servers) {
    const { ms } = await reloadServer(server, options.token);
    log(`${server}: archive reloaded in ${ms} ms (${elapsed()})`);
  }
  await waitUntilServed(options.servers, expectationsFor(archive, changes), { timeoutMs: options.timeoutMs });

  recordPublished(options.root, archive);
  return { archive, changes, gone, firstTime, seconds: (performance.now() - started) / 1000 };
}
