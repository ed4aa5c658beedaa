// @ts-check
/**
 * Next.js `cacheHandler` for several `next start` instances sharing one page cache in Redis (next.config.ts enables
 * it when `REDIS_URL` is set). Built on @fortedigital/nextjs-cache-handler: its `redis-strings` handler stores each
 * rendered page once for every instance, `memory-handler.mjs` (its `local-lru` weighing pages by their bytes) keeps this
 * process's own copy. Each page is stored with its own Content-Security-Policy (lib/http/page-policy.mjs).
 *
 * Reads go to Redis; when Redis is unreachable (down, restarting) the Redis handler throws at once, and a call Redis
 * leaves unanswered for `TIMEOUT_MS` (a stalled Redis) fails then and counts Redis down until it answers a PING
 * (`redis-breaker.mjs`); either way the read falls through to this process's memory, so requests keep being answered
 * (a page this instance never rendered is rendered again). Writes go to both. Keys carry the build id and the
 * publication's (`by-publication.mjs`): a new release, or an instance still on the previous publication during a
 * switch, never reads the pages of another, whose keys Redis evicts (deploy/redis.conf: `allkeys-lru`).
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import { withPagePolicies } from '../lib/http/page-policy.mjs';
import { byPublication } from './by-publication.mjs';
import createMemoryHandler from './memory-handler.mjs';
import { withBreaker } from './redis-breaker.mjs';

/**
 * A cache call Redis leaves unanswered this long fails, and Redis counts as down (loopback round trips take ~0.1 ms,
 * a 500 KB page's write a few ms): no page request waits longer than this for Redis.
 */
const TIMEOUT_MS = 500;
/** While Redis counts as down, it is asked for a PING this often; its first answer brings it back. */
const RETRY_MS = 1000;

CacheHandler.onCreation(({ buildId }) => {
  const url = process.env.REDIS_URL;
  // What the logs say: the address without the user and password REDIS_URL carries (deploy/redis.conf).
  const shown = url?.replace(/\/\/[^@/]*@/, '//');
  const client = createClient({
    url,
    // Fail commands at once while disconnected instead of queueing them until Redis is back.
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  });
  let up = false;
  client.on('ready', () => {
    up = true;
    console.log(`cache: sharing pages through Redis at ${shown} (build ${buildId})`);
  });
  client.on('error', (/** @type {Error} */ error) => {
    if (up || !client.isReady) console.warn(`cache: Redis at ${shown} unavailable (${error.message}); serving from this instance's memory until it is back`);
    up = false;
  });
  // Not awaited: an instance starts and serves whether or not Redis is there yet.
  client.connect().catch(() => {});
  const redis = withBreaker(byPublication(createRedisHandler({ client, keyPrefix: `thaigov:${buildId}:`, timeoutMs: TIMEOUT_MS })), {
    timeoutMs: TIMEOUT_MS,
    retryMs: RETRY_MS,
    ping: () => client.ping(),
    onChange: (down) =>
      console.warn(
        down
          ? `cache: Redis at ${shown} did not answer within ${TIMEOUT_MS} ms; serving from this instance's memory until it answers a PING`
          : `cache: Redis at ${shown} answers again; sharing pages through it`,
      ),
  });
  return { handlers: [redis, createMemoryHandler()] };
});

/**
 * A page's cache lifetime, kept with it. Next.js hands it to `set` beside the page and remembers it in the process
 * that rendered the page; another instance that reads the page from Redis has no such memory and, unless the entry
 * carries it, answers with no Cache-Control at all: measured 2026-12-01, a page rendered by one instance and asked
 * of the other got none, so nginx (which keeps only pages marked `s-maxage`) passed every such request through.
 * The package's entries have no field for it: it travels inside the page's value, under a name Next.js does not use.
 */
class SharedCacheHandler extends CacheHandler {
  /** @type {CacheHandler['get']} */
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    const stored = /** @type {{ sharedCacheControl?: unknown } | undefined} */ (entry?.value)?.sharedCacheControl;
    if (entry && stored) Object.assign(entry, { cacheControl: stored });
    return entry;
  }

  /** @type {CacheHandler['set']} */
  async set(key, value, ctx) {
    const cacheControl = /** @type {{ cacheControl?: unknown } | undefined} */ (ctx)?.cacheControl;
    if (value && cacheControl) Object.assign(value, { sharedCacheControl: cacheControl });
    return super.set(key, value, ctx);
  }
}

// Pages also carry their own Content-Security-Policy, stored with them in Redis (lib/http/page-policy.mjs).
export default withPagePolicies(SharedCacheHandler);
