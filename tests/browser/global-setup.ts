import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { assertChromium } from '../../lib/testing/chromium';
import { startNext } from '../../lib/testing/next-server';

/** `TEST_PORT` lets two checkouts run their browser tests at once. */
const PORT = Number(process.env.TEST_PORT ?? 3107);
const BASE_URL = `http://127.0.0.1:${PORT}`;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the site as `npm start` does, serves it with `next start`, and hands its address to the browser tests. */
export default async function setup(project: TestProject) {
  assertChromium();
  const env = { ...process.env, SITE_URL: BASE_URL, NEXT_TELEMETRY_DISABLED: '1' };
  const index = spawnSync('npx', ['tsx', 'scripts/build-search-index.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (index.status !== 0) throw new Error(`the search index build failed:\n${index.stdout}\n${index.stderr}`);
  const data = spawnSync('npx', ['tsx', 'scripts/build-open-data.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (data.status !== 0) throw new Error(`the open data build failed:\n${data.stdout}\n${data.stderr}`);
  const build = spawnSync('npx', ['next', 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  if (/\bwarn(ing)?\b/i.test(build.stdout + build.stderr)) {
    throw new Error(`next build printed a warning; the build must be clean:\n${build.stdout}\n${build.stderr}`);
  }

  const server = await startNext(process.cwd(), { port: PORT, env: { SITE_URL: BASE_URL }, readyPath: '/th', timeoutMs: 30_000 });
  project.provide('baseUrl', BASE_URL);
  return () => server.stop();
}
