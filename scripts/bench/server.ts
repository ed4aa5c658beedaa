import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, portInUse } from './measure';

/** A running `next start`, in a process group of its own so that stopping it stops all it started. */
export interface NextServer {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Serves a built Next.js app with its own `next start` on 127.0.0.1 and waits until it answers.
 * @param port the port wanted (the one the site was built for); a free one is taken when it is busy or absent
 * @param log file that receives the server's output
 */
export async function startNext(dir: string, env: Record<string, string>, log: string, port?: number): Promise<NextServer> {
  const chosen = port !== undefined && !(await portInUse(port)) ? port : await freePort();
  const output = openSync(log, 'a');
  const child = spawn(process.execPath, [join(dir, 'node_modules/next/dist/bin/next'), 'start', '-p', String(chosen), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', output, output],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid!;
  const origin = `http://127.0.0.1:${chosen}`;
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
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start in ${dir} exited with ${child.exitCode}; see ${log}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      return { origin, pid, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await stop();
  throw new Error(`next start in ${dir} did not answer within 60 s; see ${log}`);
}
