// Types of redis-breaker.mjs (a plain ES module that Next.js loads at run time) for the TypeScript that imports it.
import type { Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types';

export class RedisStalled extends Error {}

export function withBreaker<H extends Handler>(
  handler: H,
  options: { timeoutMs: number; retryMs: number; ping: () => Promise<unknown>; onChange?: (down: boolean) => void },
): H;
