import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';

/** A running `next start`, in a process group of its own so that stopping it stops all it started. */
export interface NextServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Serves the built Next.js app of `dir` with its own `next start` on 127.0.0.1 and waits until `readyPath` answers
 * with a status below 400 (a redirect counts). Used by the browser tests and the benchmarks alike.
 * @param options.env added to this process's environment
 * @param options.log file that receives the server's output (none by default)
 * @param options.readyPath what must answer before the server counts as up (default `/`)
 * @param options.node the Node.js binary that runs it (default this process's)
 * @throws Error when the server exits or does not answer within `timeoutMs` (60 s); it is stopped first
 * @example const site = await startNext(process.cwd(), { port: 3107, readyPath: '/th' }); …; await site.stop();
 */
export async function startNext(
  dir: string,
  options: { port: number; env?: Record<string, string>; log?: string; readyPath?: string; timeoutMs?: number; node?: string },
): Promise<NextServer> {
  const { port, log, readyPath = '/', timeoutMs = 60_000, node = process.execPath } = options;
  const output = log ? openSync(log, 'a') : 'ignore';
  const child = spawn(node, [join(dir, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, ...options.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', output, output],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid!;
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      return; // already gone
    }
    const killed = setTimeout(() => process.kill(-pid, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(killed);
  };
  const where = log ? `; see ${log}` : '';
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start in ${dir} exited with ${child.exitCode}${where}`);
    try {
      if ((await fetch(origin + readyPath, { redirect: 'manual' })).status < 400) return { origin, pid, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start in ${dir} did not answer ${origin}${readyPath} within ${timeoutMs / 1000} s${where}`);
}
