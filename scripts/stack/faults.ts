import { readers, summary } from './readers';
import type { Stack } from './stack';

/**
 * Load runs through a stack with one part hung (SIGSTOP) for the middle third, as deploy/README.md's "Bounded waits"
 * promises them: the bench step `serve-stack` runs each for 60 s; tests/stack/faults.test.ts asserts the same bounds
 * on shorter runs.
 */

export type HungPart = 'redis' | 'instance';

export interface FaultRun {
  part: HungPart;
  seconds: number;
  requests: number;
  failed: number;
  p99Ms: number;
  maxMs: number;
  /** Answers nginx had not cached (X-Cache MISS) while the part was hung: proof that the run reached the instances. */
  missesWhileHung: number;
}

/**
 * Readers (10 connections) read `paths` in turn through nginx for `seconds`; the part hangs for the middle third and
 * is then resumed.
 */
export async function faultRun(stack: Stack, part: HungPart, paths: string[], seconds: number): Promise<FaultRun> {
  const hung = { from: 0, to: 0 };
  const target = part === 'redis' ? 'redis' : stack.instances.length - 1;
  const answers = await readers(stack.origin, paths, {
    connections: 10,
    seconds,
    patienceMs: 30_000,
    async during() {
      await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 3));
      stack.pause(target);
      hung.from = Date.now();
      await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 3));
      hung.to = Date.now();
      stack.resume(target);
    },
  });
  const figures = summary(answers);
  return {
    part,
    seconds,
    requests: figures.requests,
    failed: figures.failed.length,
    p99Ms: figures.p99Ms,
    maxMs: figures.maxMs,
    missesWhileHung: answers.filter((a) => a.at >= hung.from && a.at < hung.to && a.cache === 'MISS').length,
  };
}
