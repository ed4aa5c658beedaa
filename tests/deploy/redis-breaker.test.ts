import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStalled, withBreaker } from '@/deploy/redis-breaker.mjs';
import { freePort } from '@/scripts/bench/support/measure';
import { REDIS } from '@/scripts/stack/stack';
import { redisConfig, redisPasswordHash } from '@/scripts/stack/config';

/**
 * The page cache's Redis handler against a real redis-server (deploy/redis.conf), stalled with SIGSTOP as a hung
 * process would be: the connection stays open and nothing answers.
 */

const runDir = mkdtempSync(join(tmpdir(), 'thaigov-breaker-'));
let redis: ChildProcess;
let client: ReturnType<typeof createClient>;
const changes: boolean[] = [];
let handler: ReturnType<typeof createRedisHandler>;

const entry = { lastModified: Date.now(), lifespan: null, tags: [], value: { kind: 'FETCH', data: { headers: {}, body: 'ok', url: '/' }, revalidate: 60 } };
const meta = { implicitTags: [] };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long `work` took to settle, and how. */
async function timed(work: () => Promise<unknown>) {
  const started = performance.now();
  const outcome = await work().then(
    (value) => ({ value, error: undefined }),
    (error: Error) => ({ value: undefined, error }),
  );
  return { ...outcome, ms: performance.now() - started };
}

beforeAll(async () => {
  const port = await freePort();
  writeFileSync(join(runDir, 'redis.conf'), redisConfig({ port, runDir, maxMemory: '64mb', bind: '127.0.0.1', passwordHash: redisPasswordHash('breaker') }));
  redis = spawn(REDIS, [join(runDir, 'redis.conf')], { stdio: 'ignore' });
  client = createClient({ url: `redis://thaigov:breaker@127.0.0.1:${port}`, disableOfflineQueue: true });
  client.on('error', () => {});
  for (let tries = 0; !client.isReady; tries++) {
    await client.connect().catch(() => sleep(100));
    if (tries > 50) throw new Error(`redis-server did not answer on port ${port}; see ${runDir}/redis.log`);
  }
  // As cache-handler.mjs builds it (the handler's types want a RESP3 client; the deployed one is the default RESP2).
  handler = withBreaker(createRedisHandler({ client: client as never, keyPrefix: 'test:', timeoutMs: 300 }), {
    timeoutMs: 300,
    retryMs: 200,
    ping: () => client.ping(),
    onChange: (down) => changes.push(down),
  });
});

afterAll(async () => {
  redis?.kill('SIGCONT');
  client?.destroy();
  redis?.kill('SIGKILL');
  rmSync(runDir, { recursive: true, force: true });
});

describe('withBreaker', () => {
  it('gives up on a stalled Redis after the timeout, sends nothing while it is stalled, and uses it again once it answers', async () => {
    await handler.set('page', entry as never, {});
    expect((await handler.get('page', meta))?.value).toEqual(entry.value);

    redis.kill('SIGSTOP');
    const stalled = await timed(() => handler.get('page', meta));
    expect(stalled.error).toBeInstanceOf(RedisStalled);
    expect(stalled.ms).toBeGreaterThanOrEqual(299);
    expect(stalled.ms).toBeLessThan(450);
    expect(changes).toEqual([true]);

    // Counted down: calls fail at once, without a command waiting behind the stalled ones.
    const refused = await timed(() => handler.set('other', entry as never, {}));
    expect(refused.error?.message).toBe('Redis is counted down until it answers a PING');
    expect(refused.ms).toBeLessThan(20);
    await sleep(1000);
    expect(changes).toEqual([true]);

    redis.kill('SIGCONT');
    const resumed = Date.now();
    while (changes.length < 2 && Date.now() - resumed < 2000) await sleep(20);
    expect(changes).toEqual([true, false]);
    expect(Date.now() - resumed).toBeLessThan(500);
    expect((await handler.get('page', meta))?.value).toEqual(entry.value);
  });
});
