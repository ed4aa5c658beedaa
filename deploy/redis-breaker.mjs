// @ts-check
/**
 * A bound on every call of the shared page cache's Redis handler (`cache-handler.mjs`), and a circuit breaker.
 *
 * A Redis that stops answering without closing its connection (a stalled process, `kill -STOP`, a full network
 * buffer) keeps every command already written waiting: @redis/client's abort signal only withdraws a command that is
 * still queued, so the handler's own `timeoutMs` does not end the wait, and each page request waited as long as Redis
 * did (measured: 20 s and 60 s stalls held every uncached page that long). Here each call races a timer: a call still
 * unanswered after `timeoutMs` fails (the page is then read from, or written to, this instance's memory), and Redis
 * counts as down. While it is down no command is sent at all; one `PING` at a time, every `retryMs`, tells when it
 * answers again, and then calls go to Redis once more.
 */

/** A call that Redis did not answer in time. */
export class RedisStalled extends Error {}

/**
 * @template {import('@fortedigital/nextjs-cache-handler/cache-handler.types').Handler} H
 * @param {H} handler the Redis handler (`redis-strings`)
 * @param {{ timeoutMs: number; retryMs: number; ping: () => Promise<unknown>; onChange?: (down: boolean) => void }} options
 *   `ping` asks Redis for an answer (`() => client.ping()`); `onChange` hears when Redis is counted down or up
 * @returns {H} the same handler, whose every call settles within `timeoutMs`
 * @example withBreaker(createRedisHandler({ client }), { timeoutMs: 500, retryMs: 1000, ping: () => client.ping() })
 */
export function withBreaker(handler, { timeoutMs, retryMs, ping, onChange }) {
  let down = false;
  /** @type {ReturnType<typeof setInterval> | undefined} */
  let probe;
  let probing = false;

  const up = () => {
    down = false;
    clearInterval(probe);
    probe = undefined;
    onChange?.(false);
  };

  const trip = () => {
    if (down) return;
    down = true;
    onChange?.(true);
    probe = setInterval(() => {
      if (probing) return; // the last PING is still unanswered: its answer will tell, no need to queue another
      probing = true;
      ping()
        .then(up, () => {})
        .finally(() => (probing = false));
    }, retryMs);
    probe.unref();
  };

  /**
   * @template T
   * @param {Promise<T>} work
   * @returns {Promise<T>}
   */
  const bounded = (work) => {
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new RedisStalled(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
      timer.unref();
    });
    work.catch(() => {}); // answered (or failed) after the timer: nobody waits for it any more
    return /** @type {Promise<T>} */ (Promise.race([work, late]).finally(() => clearTimeout(timer)));
  };

  /**
   * @param {(...args: any[]) => Promise<any>} method
   * @returns {(...args: any[]) => Promise<any>}
   */
  const guard = (method) => async (...args) => {
    if (down) throw new Error('Redis is counted down until it answers a PING');
    try {
      return await bounded(method.apply(handler, args));
    } catch (error) {
      if (error instanceof RedisStalled) trip();
      throw error;
    }
  };

  return {
    ...handler,
    get: guard(handler.get),
    set: guard(handler.set),
    revalidateTag: guard(handler.revalidateTag),
    delete: handler.delete && guard(handler.delete),
    prepare: handler.prepare && guard(handler.prepare),
  };
}
