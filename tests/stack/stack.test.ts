import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@/scripts/stack/stack';

/**
 * The production topology (deploy/): Redis, two `next start` instances sharing their page cache through it, nginx in
 * front, all on free loopback ports, serving the build the browser tests' global setup made of this checkout. Runs
 * in the browser project so that build is reused; the publication test builds a second release in a temp copy.
 */

const ROOT = process.cwd();
const runDir = mkdtempSync(join(tmpdir(), 'thaigov-stack-test-'));
let stack: Stack;
/** The second release, built by the publication test. */
let release: string | undefined;

/** `/th/news/<slug>` and `/en/news/<slug>` of every release of the shipped content, oldest first. */
const articles = readdirSync(join(ROOT, 'content/news'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.th.md'))
  .map((file) => basename(file, '.th.md'))
  .sort()
  .flatMap((slug) => [`/th/news/${slug}`, `/en/news/${slug}`]);

/** A release of the second build only: an address that is a 404 until it is published. */
const PUBLISHED_SLUG = '2025-09-04-stack-published';
const PUBLISHED_FILE = `content/news/2025/${PUBLISHED_SLUG}.th.md`;
const PUBLISHED_TEXT = [
  '---',
  'title: "ทำเนียบรัฐบาลเผยแพร่ข่าวทดสอบผ่านระบบใหม่"',
  'date: 2025-09-04',
  'category: thai-cambodian-border',
  '---',
  '',
  'ข่าวนี้เผยแพร่ในการทดสอบ เพื่อยืนยันว่าข่าวใหม่ปรากฏบนทุกเครื่องที่ให้บริการ',
  '',
].join('\n');

async function get(url: string, headers: Record<string, string> = {}) {
  const answer = await fetch(url, { headers, redirect: 'manual' });
  return { status: answer.status, headers: answer.headers, text: await answer.text() };
}

/**
 * A load run over `paths`, in turn, lasting `seconds` or until `during` has finished and 2 s more, whichever is
 * longer (bounded by 5 minutes). `answered` holds when each response arrived (ms since the epoch).
 */
async function loadRun(paths: string[], seconds: number, during: () => Promise<void>) {
  let next = 0;
  const started = Date.now();
  const answered: number[] = [];
  let finish: (result: autocannon.Result) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve) => (finish = resolve));
  const run = autocannon(
    {
      url: stack.origin,
      connections: 10,
      duration: 300,
      // nginx gives up on an instance after 3 s (proxy_read_timeout) and asks the other: 10 s is a failure.
      timeout: 10,
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
    },
    (error, result) => (error ? finish({ errors: 1, requests: { total: 0 } } as autocannon.Result) : finish(result)),
  );
  run.on('response', () => answered.push(Date.now()));
  await during();
  await sleep(Math.max(2000, seconds * 1000 - (Date.now() - started)));
  run.stop();
  const result = await done;
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count]));
  return { requests: result.requests.total, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, statuses, answered };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A copy of this checkout (files git does not ignore; node_modules hard-linked) with one more release. */
function copyCheckout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thaigov-release-'));
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .stdout.split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      cpSync(join(ROOT, file), join(dir, file));
    } catch {
      // deleted in the working tree but not yet in git
    }
  }
  const linked = spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')]);
  if (linked.status !== 0) cpSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  writeFileSync(join(dir, PUBLISHED_FILE), PUBLISHED_TEXT);
  return dir;
}

beforeAll(async () => {
  stack = await startStack({ release: ROOT, runDir });
});

afterAll(async () => {
  await stack?.stop();
  // KEEP_STACK_LOGS=1 keeps the configs and logs (<runDir>-kept) to read after a failure.
  if (process.env.KEEP_STACK_LOGS) cpSync(runDir, `${runDir}-kept`, { recursive: true });
  rmSync(runDir, { recursive: true, force: true });
  if (release) rmSync(release, { recursive: true, force: true });
});

describe('the stack', () => {
  it('serves a page rendered by one instance from the shared cache on the other', async () => {
    const [first, second] = stack.instances;
    const oldest = articles[1]!; // English, never pre-rendered
    const rendered = await get(first!.origin + oldest);
    expect([rendered.status, rendered.headers.get('x-nextjs-cache')]).toEqual([200, 'MISS']);
    const shared = await get(second!.origin + oldest);
    expect([shared.status, shared.headers.get('x-nextjs-cache')]).toEqual([200, 'HIT']);
    expect(shared.text).toBe(rendered.text);
    // With its lifetime, without which nginx and a CDN would not keep it.
    expect([rendered.headers.get('cache-control'), shared.headers.get('cache-control')]).toEqual(['s-maxage=31536000', 's-maxage=31536000']);
  });

  it('gives a page its own script policy on the instance that renders it, from Redis and from nginx', async () => {
    const [first, second] = stack.instances;
    const article = articles[2]!;
    const own = (headers: Headers) => headers.get('content-security-policy')?.split(/,\s*(?=script-src)/)[1];
    const rendered = own((await get(first!.origin + article)).headers);
    expect(rendered).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+; style-src 'self'$/);
    expect(own((await get(second!.origin + article)).headers)).toBe(rendered);
    const throughNginx = [await get(stack.origin + article), await get(stack.origin + article)];
    expect(throughNginx.map(({ headers }) => [headers.get('x-cache'), own(headers)])).toEqual([['MISS', rendered], ['HIT', rendered]]);
  });

  it('keeps a 404 in nginx for 10 s, and says so', async () => {
    const missing = `${stack.origin}/th/news/2016-01-01-stack-missing`;
    const first = await get(missing, { 'accept-encoding': 'gzip' });
    const stored = Date.now();
    expect([first.status, first.headers.get('x-cache'), first.headers.get('cache-control')]).toEqual([404, 'MISS', 'public, max-age=10, s-maxage=10']);
    expect((await get(missing)).headers.get('x-cache')).toBe('HIT');
    await sleep(9000 - (Date.now() - stored));
    expect((await get(missing)).headers.get('x-cache')).toBe('HIT');
    // Once expired, the request that finds it so gets it once more while nginx asks Next.js in the background.
    let cache = 'HIT';
    while (cache === 'HIT' && Date.now() - stored < 15_000) {
      await sleep(250);
      cache = (await get(missing)).headers.get('x-cache')!;
    }
    expect(cache).toBe('STALE');
    expect(Date.now() - stored).toBeLessThan(12_000);
  }, 30_000);

  it('answers every request of a 20-second load run while one instance is killed and restarted', async () => {
    const outage = { from: 0, to: 0 };
    const result = await loadRun(articles, 20, async () => {
      await sleep(5000);
      await stack.killInstance(1);
      outage.from = Date.now();
      await sleep(7000);
      outage.to = Date.now();
      await stack.startInstance(1);
    });
    expect(result).toMatchObject({ errors: 0, timeouts: 0, non2xx: 0 });
    expect(result.answered.filter((t) => t > outage.from && t < outage.to).length).toBeGreaterThan(10);
  }, 60_000);

  it('answers every request of a 20-second load run while Redis is stopped and started again', async () => {
    // Articles nginx has not served yet (the run before went through them from the oldest) are misses for nginx, so
    // these requests reach an instance and its cache.
    const paths = articles.toReversed();
    const outage = { from: 0, to: 0 };
    const result = await loadRun(paths, 20, async () => {
      await sleep(5000);
      await stack.stopRedis();
      outage.from = Date.now();
      await sleep(7000);
      outage.to = Date.now();
      await stack.startRedis();
    });
    expect(result).toMatchObject({ errors: 0, timeouts: 0, non2xx: 0 });
    expect(result.answered.filter((t) => t > outage.from && t < outage.to).length).toBeGreaterThan(10);
    const log = readFileSync(join(runDir, 'logs/next-0.log'), 'utf8');
    expect(log).toMatch(/cache: Redis at redis:\/\/127\.0\.0\.1:\d+ unavailable/);
    expect(log.match(/cache: sharing pages through Redis/g)).toHaveLength(2);
    // REDIS_URL carries Redis's password; the logs name the address only.
    expect(log).not.toContain(new URL(stack.redisUrl).password);
  }, 60_000);

  it('publishes a rebuilt release to every instance without a failed request, and the 404 of its new address goes', async () => {
    const address = `/th/news/${PUBLISHED_SLUG}`;
    expect((await get(stack.origin + address)).status).toBe(404);
    expect((await get(stack.origin + address)).headers.get('x-cache')).toBe('HIT');

    const built = copyCheckout();
    release = built;
    const build = spawnSync('npm', ['run', 'build'], { cwd: built, encoding: 'utf8', env: { ...process.env, REDIS_URL: '' } });
    expect(build.status, build.stdout + build.stderr).toBe(0);

    let publishedAt = 0;
    const result = await loadRun(articles.slice(-40), 20, async () => {
      await stack.publish(built);
      publishedAt = Date.now();
    });
    // No reader sees an error status while the instances restart. nginx's reload closes each kept-alive client
    // connection after its current answer; a browser sends its next request again, a load tool counts an error.
    expect(Object.keys(result.statuses)).toEqual(['200']);
    expect(result.timeouts).toBe(0);
    expect(result.errors).toBeLessThanOrEqual(10);

    // The load run goes on after the publication: the new address has 10 s from whichever ends last.
    const deadline = Math.max(publishedAt, Date.now()) + 10_000;
    let page = await get(stack.origin + address);
    while (page.status !== 200 && Date.now() < deadline) {
      await sleep(200);
      page = await get(stack.origin + address);
    }
    expect(page.status).toBe(200);
    expect(page.text).toContain('ทำเนียบรัฐบาลเผยแพร่ข่าวทดสอบผ่านระบบใหม่');
    for (const instance of stack.instances) expect((await get(instance.origin + address)).status).toBe(200);
    expect((await get(`${stack.origin}/th`)).text).toContain(address);
  }, 900_000);
});
