import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../bench/support/measure';
import { compressStatic } from './compress';
import { nginxConfig, redisConfig, redisPasswordHash } from './config';

/**
 * The production topology on one machine, for `npm run serve:stack`, the stack tests and the bench: Debian's
 * redis-server, several `next start` instances sharing their page cache through it (REDIS_URL), and Debian's nginx in
 * front, each started from deploy/ with its own ports, config, pid and temp files under `runDir`.
 */

export const NGINX = '/usr/sbin/nginx';
export const REDIS = '/usr/bin/redis-server';
/** nginx's module for the build's `.br` files (deploy/nginx.conf loads it). */
export const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface StackOptions {
  /** A built checkout of the site (`npm run build`): the instances run there, nginx serves its `public/`. */
  release: string;
  /** Config, pids, logs, nginx's page cache and the merged `_next/static` go here. */
  runDir: string;
  /** Next.js instances (2). */
  instances?: number;
  /** nginx's port; a free one when absent. */
  port?: number;
  /** Environment of the instances (CONTENT_DIR, SITE_URL). */
  env?: Record<string, string>;
  /** nginx's page cache: `<runDir>/cache` unless given (a test mounts a small tmpfs there). */
  cacheDir?: string;
  /** nginx's `max_size` and `min_free` for it (4g, 1g). */
  cacheMaxSize?: string;
  cacheMinFree?: string;
}

/** One `next start`, in a process group of its own. */
export interface Instance {
  origin: string;
  port: number;
  release: string;
  child: ChildProcess;
}

export interface Stack {
  /** nginx: `http://127.0.0.1:<port>` */
  origin: string;
  redisUrl: string;
  instances: Instance[];
  /** The release being served. */
  release(): string;
  /** Kills instance `i` at once (SIGKILL), as a crash would. */
  killInstance(i: number): Promise<void>;
  /** Starts instance `i` again on its port, on the current release, and waits until it answers. */
  startInstance(i: number): Promise<void>;
  /** Stops Redis (SIGKILL: its connections drop as in a crash). */
  stopRedis(): Promise<void>;
  startRedis(): Promise<void>;
  /**
   * Freezes (SIGSTOP) or thaws (SIGCONT) Redis or instance `i`, as a hung process: its connections stay open and
   * nothing answers on them.
   */
  pause(part: 'redis' | number): void;
  resume(part: 'redis' | number): void;
  /**
   * Switches to another built release without a request failing: copies its `.next/static` beside the last one's,
   * restarts the instances on it one at a time (nginx sends requests to the other meanwhile), then reloads nginx with
   * the new release's `public/` and cache key.
   */
  publish(release: string): Promise<void>;
  /** Stops nginx, the instances and Redis, and waits until they are gone. */
  stop(): Promise<void>;
}

/** Fails with the install hint when Debian's nginx, its Brotli module or redis-server is missing. */
export function assertInstalled(): void {
  const missing = [NGINX, BROTLI_STATIC, REDIS].filter((file) => !existsSync(file));
  if (missing.length) throw new Error(`the stack needs ${missing.join(' and ')}: apt-get install -y nginx libnginx-mod-http-brotli-static redis-server`);
}

const buildId = (release: string) => readFileSync(join(release, '.next/BUILD_ID'), 'utf8').trim();

function start(command: string, args: string[], log: string, options: { cwd?: string; env?: Record<string, string> } = {}): ChildProcess {
  const out = openSync(log, 'a');
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', out, out], detached: true });
  child.once('error', () => {}); // reported by waitUntil when the process never answers
  return child;
}

/** Signals a process group and waits for its leader to exit (SIGKILL after 10 s). */
async function halt(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, signal);
    process.kill(-child.pid, 'SIGCONT'); // a paused process acts on the signal only once it runs
  } catch {
    return; // already gone
  }
  const kill = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }, 10_000);
  await exited;
  clearTimeout(kill);
}

async function waitUntil(what: string, log: string, child: ChildProcess, ready: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}; see ${log}:\n${tail(log)}`);
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not answer within ${ms / 1000} s; see ${log}:\n${tail(log)}`);
}

const tail = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-15).join('\n') : '');

const answers = async (url: string) => (await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) })).status < 500;

/** Starts Redis, the instances and nginx; on any failure stops what it started and throws. */
export async function startStack(options: StackOptions): Promise<Stack> {
  assertInstalled();
  const { runDir } = options;
  const count = options.instances ?? 2;
  const cacheDir = options.cacheDir ?? join(runDir, 'cache');
  for (const dir of [cacheDir, join(runDir, 'static'), join(runDir, 'logs')]) mkdirSync(dir, { recursive: true });
  const redisPort = await freePort();
  // Redis asks for a password (deploy/redis.conf): one of this stack's own.
  const redisPassword = randomBytes(18).toString('base64url');
  const redisUrl = `redis://thaigov:${redisPassword}@127.0.0.1:${redisPort}`;
  const nginxPort = options.port ?? (await freePort());
  const ports: number[] = [];
  for (let i = 0; i < count; i++) ports.push(await freePort());
  let current = options.release;
  let redis: ChildProcess | undefined;
  let nginx: ChildProcess | undefined;
  const instances: Instance[] = [];

  const startRedis = async () => {
    const conf = join(runDir, 'redis.conf');
    writeFileSync(conf, redisConfig({ port: redisPort, runDir, bind: '127.0.0.1 ::1', passwordHash: redisPasswordHash(redisPassword) }));
    const log = join(runDir, 'redis.log');
    redis = start(REDIS, [conf], join(runDir, 'logs/redis-stdout.log'));
    await waitUntil('redis-server', log, redis, async () => spawnSync('redis-cli', ['-u', redisUrl, '--no-auth-warning', 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG');
  };

  const startInstance = async (i: number) => {
    const port = ports[i]!;
    const log = join(runDir, `logs/next-${i}.log`);
    const child = start(process.execPath, [join(current, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], log, {
      cwd: current,
      env: { ...options.env, REDIS_URL: redisUrl, NEXT_TELEMETRY_DISABLED: '1' },
    });
    const origin = `http://127.0.0.1:${port}`;
    instances[i] = { origin, port, release: current, child };
    await waitUntil(`next start on port ${port}`, log, child, () => answers(`${origin}/th`));
  };

  /** The release's hashed files, beside the last release's. */
  const copyStatic = () => {
    // `npm run build` has written the .gz and .br copies; a bare `next build` (the browser tests') has not.
    compressStatic(join(current, '.next/static'));
    cpSync(join(current, '.next/static'), join(runDir, 'static'), { recursive: true });
  };

  const writeNginxConfig = () => {
    const { username } = userInfo();
    writeFileSync(
      join(runDir, 'nginx.conf'),
      nginxConfig({
        listen: `127.0.0.1:${nginxPort}`,
        instances: ports.map((port) => `127.0.0.1:${port}`),
        publicDir: join(current, 'public'),
        staticDir: join(runDir, 'static'),
        runDir,
        cacheDir,
        cacheMaxSize: options.cacheMaxSize,
        cacheMinFree: options.cacheMinFree,
        release: buildId(current),
        user: username,
      }),
    );
  };

  const signal = (part: 'redis' | number, name: NodeJS.Signals) => {
    const child = part === 'redis' ? redis : instances[part]?.child;
    if (child?.pid === undefined) throw new Error(`no ${part === 'redis' ? 'Redis' : `instance ${part}`} to signal`);
    process.kill(-child.pid, name);
  };

  const nginxArgs = ['-p', runDir, '-c', join(runDir, 'nginx.conf'), '-e', join(runDir, 'nginx-error.log')];
  const stop = async () => {
    if (nginx) await halt(nginx, 'SIGQUIT');
    await Promise.all(instances.map((instance) => halt(instance.child)));
    if (redis) await halt(redis);
  };

  try {
    await startRedis();
    for (let i = 0; i < count; i++) await startInstance(i);
    copyStatic();
    writeNginxConfig();
    const check = spawnSync(NGINX, ['-t', '-q', ...nginxArgs], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`nginx rejected ${join(runDir, 'nginx.conf')}:\n${check.stderr}`);
    nginx = start(NGINX, [...nginxArgs, '-g', 'daemon off;'], join(runDir, 'logs/nginx-stdout.log'));
    const origin = `http://127.0.0.1:${nginxPort}`;
    await waitUntil('nginx', join(runDir, 'nginx-error.log'), nginx, () => answers(`${origin}/th`));
    return {
      origin,
      redisUrl,
      instances,
      release: () => current,
      killInstance: (i) => halt(instances[i]!.child, 'SIGKILL'),
      startInstance,
      stopRedis: () => halt(redis!, 'SIGKILL'),
      startRedis,
      pause: (part) => signal(part, 'SIGSTOP'),
      resume: (part) => signal(part, 'SIGCONT'),
      async publish(release) {
        current = release;
        copyStatic();
        for (let i = 0; i < instances.length; i++) {
          await halt(instances[i]!.child);
          await startInstance(i);
        }
        writeNginxConfig();
        const reload = spawnSync(NGINX, [...nginxArgs, '-s', 'reload'], { encoding: 'utf8' });
        if (reload.status !== 0) throw new Error(`nginx -s reload failed:\n${reload.stderr}`);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
