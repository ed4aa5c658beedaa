import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

export const CHROMIUM = '/usr/bin/chromium';
/** `TEST_PORT` lets two checkouts run their browser tests at once. */
const PORT = Number(process.env.TEST_PORT ?? 3107);
const BASE_URL = `http://127.0.0.1:${PORT}`;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: ChildProcess | undefined;

/** Builds the site as `npm start` does, serves it with `next start`, and hands its address to the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Browser tests need Debian's Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  }
  const env = { ...process.env, SITE_URL: BASE_URL, NEXT_TELEMETRY_DISABLED: '1' };
  const index = spawnSync('npx', ['tsx', 'scripts/build-search-index.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (index.status !== 0) throw new Error(`the search index build failed:\n${index.stdout}\n${index.stderr}`);
  const build = spawnSync('npx', ['next', 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  if (/\bwarn(ing)?\b/i.test(build.stdout + build.stderr)) {
    throw new Error(`next build printed a warning; the build must be clean:\n${build.stdout}\n${build.stderr}`);
  }

  server = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], { env, stdio: 'ignore', detached: true });
  await waitFor(`${BASE_URL}/th`, 30_000);
  project.provide('baseUrl', BASE_URL);

  return () => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  };
}

async function waitFor(url: string, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer ${url} within ${ms} ms`);
}
