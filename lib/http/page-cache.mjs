// @ts-check
/**
 * Next.js `cacheHandler` of a single server (`npm start`; next.config.ts uses deploy/cache-handler.mjs instead when
 * `REDIS_URL` is set): Next.js's own file-system cache, unchanged (pre-rendered pages read from `.next/server`, pages
 * rendered on request kept in its bounded memory cache: `isrFlushToDisk` is off), whose pages carry their own
 * Content-Security-Policy with the hashes of their inline scripts (page-policy.mjs).
 *
 * The class is Next.js's internal default (`next/dist/…/file-system-cache.js`), pinned with Next.js in the lock
 * file; tests/browser/csp.test.ts fails if an upgrade moves or changes it.
 */
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { withPagePolicies } from './page-policy.mjs';

// Node gives this CommonJS module's `exports` as the default import; Turbopack, which bundles the handler into the
// proxy, gives its `exports.default`.
export default withPagePolicies(fileSystemCache.default ?? fileSystemCache);
