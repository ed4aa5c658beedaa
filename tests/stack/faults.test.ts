import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { get as httpGet } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentCacheFile, contentRoot, publicationsDir } from '@/lib/content';
import { publish } from '@/lib/publish/publish';
import { SEARCH_INDEX_DIR } from '@/lib/search/format';
import { startStack, type Stack } from '@/scripts/stack/stack';
import { readers, summary, type Answer } from '@/scripts/stack/readers';

/**
 * What readers get through nginx while one part of the stack (deploy/) is hung or full: Redis or an instance stopped
 * with SIGSTOP (its connections stay open and nothing answers), and nginx's page cache on a small tmpfs, nearly
 * filled by another file. The load runs read pages nginx has not cached, so every request reaches an instance. The
 * bounds (deploy/README.md, "Bounded waits"): no request fails, p99 under 2 s, no reader waits 5 s; after the part is
 * back, service is normal again by itself. The bench step `serve-stack` runs the same for 60 s with 10 readers; these
 * runs are 10–16 s with 6.
 */

const ROOT = process.cwd();
const runDir = mkdtempSync(join(tmpdir(), 'thaigov-faults-test-'));
const cacheDir = join(runDir, 'cache');
const TOKEN = 'stack-faults-test-token';
let mounted = false;
let stack: Stack;
/** nginx's cache: a tmpfs of 16 MB, of which nginx keeps 8 MB free (min_free). */
const CACHE_DISK = '16m';
const MIN_FREE = 8 * 1024 * 1024;
const READERS = 6;
/** The sitemap's addresses, oldest first (the newest are pre-rendered), read in turn by the load runs. */
let pool: string[] = [];
let cursor = 0;
/** Addresses kept out of the turn: nobody asks for them before a test that needs a page never rendered. */
let fresh: string[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The next `count` addresses of the pool, in turn. */
const take = (count: number) => Array.from({ length: count }, () => pool[cursor++ % pool.length]!);

async function get(url: string, headers: Record<string, string> = {}) {
  const answer = await fetch(url, { headers, redirect: 'manual' });
  return { status: answer.status, headers: answer.headers, text: await answer.text() };
}

/** The bytes as sent (fetch would decode them), with the headers. */
function raw(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    }).once('error', reject);
  });
}

/** Every page of the sitemap, as paths. */
async function sitemapPaths(origin: string): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
  const paths: string[] = [];
  for (const file of locs((await get(`${origin}/sitemap.xml`)).text)) paths.push(...locs((await get(origin + file)).text));
  return paths;
}

/** The answers given between `from` and `to` (ms since the epoch). */
const within = (answers: Answer[], from: number, to: number) => answers.filter((a) => a.at >= from && a.at < to);
const log = (file: string) => readFileSync(join(runDir, file), 'utf8');

beforeAll(async () => {
  mkdirSync(cacheDir, { recursive: true });
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${CACHE_DISK}`, 'tmpfs', cacheDir], { encoding: 'utf8' });
  if (mount.status !== 0) throw new Error(`mounting a tmpfs on ${cacheDir} failed (the stack tests run as root, as CI does):\n${mount.stderr}`);
  mounted = true;
  stack = await startStack({ release: ROOT, runDir, cacheDir, cacheMinFree: String(MIN_FREE), env: { PUBLISH_TOKEN: TOKEN } });
  pool = (await sitemapPaths(stack.origin)).reverse();
  fresh = pool.splice(0, 4);
  // Next.js renders each page of the pool once (into Redis), as it would have long before a fault in production;
  // nginx has cached none of them. Load runs then cost an instance a cache read each, not a first render.
  const statuses = new Set<number>();
  let next = 0;
  const warm = async () => {
    while (next < pool.length) statuses.add((await fetch(stack.instances[0]!.origin + pool[next++]!)).status);
  };
  await Promise.all([warm(), warm(), warm()]);
  expect([...statuses]).toEqual([200]);
}, 300_000);

afterAll(async () => {
  await stack?.stop();
  if (mounted) spawnSync('umount', [cacheDir]);
  if (process.env.KEEP_STACK_LOGS) spawnSync('cp', ['-r', runDir, `${runDir}-kept`]);
  rmSync(runDir, { recursive: true, force: true });
});

describe('nginx keys a page by its path', () => {
  it('serves one cached copy whatever query string or percent-encoding the address carries', async () => {
    const path = fresh.pop();
    const variants = [path!, `${path}?page=2`, `${path}?fs=3&utm_source=x`, `${path}?page=${'9'.repeat(200)}`, path!.replace('/news/', '/%6Eews/')];
    const cache = [];
    for (const variant of variants) {
      const answer = await get(stack.origin + variant, { 'accept-encoding': 'gzip' });
      cache.push([answer.status, answer.headers.get('x-cache')]);
    }
    expect(cache).toEqual([[200, 'MISS'], ...variants.slice(1).map(() => [200, 'HIT'])]);
    const keys = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /^[0-9a-f]\/[0-9a-f]{2}\/[0-9a-f]{32}$/.test(file))
      .map((file) => readFileSync(join(cacheDir, file)).toString('latin1').match(/\nKEY: (.*)\n/)?.[1])
      .filter((key) => key?.endsWith(path!));
    expect(keys).toEqual([readFileSync(join(ROOT, '.next/BUILD_ID'), 'utf8').trim() + path]);
  });
});

describe('hashed JavaScript and CSS', () => {
  it('go out as the Brotli or gzip copy made at build, never compressed per request', async () => {
    const dir = join(ROOT, '.next/static/chunks');
    const chunk = readdirSync(dir)
      .filter((file) => file.endsWith('.js'))
      .sort((a, b) => readFileSync(join(dir, b)).length - readFileSync(join(dir, a)).length)[0]!;
    const url = `${stack.origin}/_next/static/chunks/${chunk}`;
    const sent = [await raw(url, { 'accept-encoding': 'gzip, deflate, br' }), await raw(url, { 'accept-encoding': 'gzip' }), await raw(url, {})];
    expect(sent.map(({ status, headers }) => [status, headers['content-encoding'], headers['content-length'], headers['cache-control']])).toEqual([
      [200, 'br', String(readFileSync(join(dir, `${chunk}.br`)).length), 'public, max-age=31536000, immutable'],
      [200, 'gzip', String(readFileSync(join(dir, `${chunk}.gz`)).length), 'public, max-age=31536000, immutable'],
      [200, undefined, String(readFileSync(join(dir, chunk)).length), 'public, max-age=31536000, immutable'],
    ]);
    expect(sent[0]!.body.equals(readFileSync(join(dir, `${chunk}.br`)))).toBe(true);
    expect(sent[1]!.body.equals(readFileSync(join(dir, `${chunk}.gz`)))).toBe(true);
    expect(sent[2]!.body.equals(readFileSync(join(dir, chunk)))).toBe(true);
  });
});

describe('a 404', () => {
  it('reads without JavaScript: the page of its language, rendered on the server, status 404 kept', async () => {
    const pages = [
      ['/th/news/2016-01-01-stack-no-such-release', 'th', 'ไม่พบหน้าที่ต้องการ'],
      ['/en/agency/no-such-agency', 'en', 'Page not found'],
      ['/no/such/page', 'th', 'ไม่พบหน้าที่ต้องการ'], // the bilingual 404, as Next.js renders it
    ] as const;
    for (const [path, lang, title] of pages) {
      for (const expected of ['MISS', 'HIT']) {
        const page = await get(stack.origin + path, { 'accept-encoding': 'gzip' });
        expect([page.status, page.headers.get('x-cache'), page.headers.get('cache-control')], path).toEqual([404, expected, 'public, max-age=10, s-maxage=10']);
        expect(page.text, path).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${lang}">`));
        expect(page.text.match(/<h1 id="not-found-(?:th|en)">([^<]*)<\/h1>/)?.[1], path).toBe(title);
        expect(page.text).not.toContain('__next_error__');
      }
    }
  });
});

describe('after a publication', () => {
  // A publication that lists a deleted release in gone.yaml: a real one, through lib/publish, to the stack's instances.
  const gone = join(ROOT, 'content/gone.yaml');
  const before = existsSync(gone) ? readFileSync(gone, 'utf8') : undefined;
  const slug = '2016-01-01-stack-removed';
  const publishContent = () => {
    const root = contentRoot();
    return publish({
      root,
      cacheFile: contentCacheFile(root),
      publications: publicationsDir(root),
      indexOut: join(ROOT, SEARCH_INDEX_DIR),
      servers: stack.instances.map((instance) => instance.origin),
      token: TOKEN,
      timeoutMs: 60_000,
    });
  };
  // The site is published again as it was, so the checkout is left as found.
  afterAll(async () => {
    if (before === undefined) rmSync(gone, { force: true });
    else writeFileSync(gone, before);
    await publishContent();
  }, 60_000);

  it('stores the search page’s same HTML and payload whatever query string its first visitor used', async () => {
    writeFileSync(gone, `${before ?? ''}${slug}:\n  removed: 2026-12-01\n`);
    expect((await publishContent()).unchanged).toBe(false);
    const [first, second] = stack.instances;
    // The first visitor asks an instance directly (nginx does not pass query strings on): it gets the page marked
    // stale, and its request renders the page that is stored for everyone after it.
    const visited = await get(`${first!.origin}/th/search?q=%3Cimg%20src%3Dx%3E&page=99`);
    expect(visited.status).toBe(200);
    await sleep(2000);
    const pages = [await get(`${first!.origin}/th/search`), await get(`${second!.origin}/th/search?q=x`), await get(`${stack.origin}/th/search?q=other`)];
    expect(pages.map((page) => page.headers.get('x-nextjs-cache') ?? page.headers.get('x-cache'))).toEqual(['HIT', 'HIT', expect.stringMatching(/HIT|MISS|STALE/)]);
    for (const page of [visited, ...pages]) {
      expect(page.text).toBe(visited.text);
      expect(page.text).not.toContain('img');
      expect(page.text).toContain('\\"q\\":\\"\\"');
    }
  }, 60_000);

  it('answers 410 at the deleted release’s address in each language only, and a 404 at any other', async () => {
    const [instance] = stack.instances;
    const statuses: Record<string, number> = {};
    for (const path of [`/th/news/${slug}`, `/en/news/${slug}`, `/xx/news/${slug}`, `/search-index/news/${slug}`, `/th/news/${slug}/more`]) {
      statuses[path] = (await get(instance!.origin + path)).status;
    }
    expect(statuses).toEqual({
      [`/th/news/${slug}`]: 410,
      [`/en/news/${slug}`]: 410,
      [`/xx/news/${slug}`]: 404,
      [`/search-index/news/${slug}`]: 404,
      [`/th/news/${slug}/more`]: 404,
    });
    const page = await get(`${stack.origin}/en/news/${slug}`);
    expect([page.status, page.text.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1]]).toEqual([410, 'This release has been removed']);
  });
});

describe('bounded waits', () => {
  it('serves every reader within the bounds while Redis is stopped (SIGSTOP), and shares pages through it again once it runs', async () => {
    const stalled = { from: 0, to: 0 };
    const answers = await readers(stack.origin, take(450), {
      connections: READERS,
      seconds: 16,
      patienceMs: 10_000,
      async during() {
        await sleep(3000);
        stack.pause('redis');
        stalled.from = Date.now();
        await sleep(8000);
        stalled.to = Date.now();
        stack.resume('redis');
      },
    });
    const figures = summary(answers);
    const shown = JSON.stringify({ ...figures, failed: figures.failed.length });
    expect(figures.failed).toEqual([]);
    expect(figures.p99Ms, shown).toBeLessThan(2000);
    expect(figures.maxMs, shown).toBeLessThan(5000);
    // Pages nginx had not cached were rendered and served while Redis was stopped.
    expect(within(answers, stalled.from, stalled.to).filter((a) => a.cache === 'MISS').length).toBeGreaterThan(20);
    for (const i of [0, 1]) {
      expect(log(`logs/next-${i}.log`)).toMatch(/cache: Redis at redis:\/\/127\.0\.0\.1:\d+ did not answer within 500 ms/);
    }
    // Back to normal by itself: each instance uses Redis again (a page one renders is a hit on the other).
    await sleep(1500);
    const path = fresh.pop();
    const [first, second] = stack.instances;
    expect((await get(first!.origin + path)).headers.get('x-nextjs-cache')).toBe('MISS');
    expect((await get(second!.origin + path)).headers.get('x-nextjs-cache')).toBe('HIT');
    for (const i of [0, 1]) expect(log(`logs/next-${i}.log`)).toMatch(/cache: Redis at redis:\/\/127\.0\.0\.1:\d+ answers again/);
  }, 60_000);

  it('serves every reader within the bounds while an instance is stopped (SIGSTOP), and the instance takes requests again once it runs', async () => {
    const answers = await readers(stack.origin, take(350), {
      connections: READERS,
      seconds: 16,
      patienceMs: 10_000,
      async during() {
        await sleep(3000);
        stack.pause(1);
        await sleep(9000);
        stack.resume(1);
      },
    });
    const figures = summary(answers);
    const shown = JSON.stringify({ ...figures, failed: figures.failed.length });
    expect(figures.failed).toEqual([]);
    expect(figures.p99Ms, shown).toBeLessThan(2000);
    expect(figures.maxMs, shown).toBeLessThan(5000);

    // Back to normal by itself: once fail_timeout (10 s) has passed, nobody waits on it, whichever instance nginx picks.
    await sleep(10_500);
    const after = summary(await readers(stack.origin, take(100), { connections: READERS, seconds: 4, patienceMs: 10_000 }));
    expect(after.failed).toEqual([]);
    expect(after.maxMs).toBeLessThan(2000);
    expect((await get(`${stack.instances[1]!.origin}/th`)).status).toBe(200);
  }, 60_000);

  it('sends every page whole while another file fills the cache disk past min_free, and gives the room back by removing pages', async () => {
    // The cache manager looks at the disk at least every 10 s: min_free must exceed what nginx writes in that time
    // (here 4 MB are left; in production 1 GB). Below it, the manager removes pages until the disk has min_free again.
    const cached = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((file) => /^[0-9a-f]\/[0-9a-f]{2}\/[0-9a-f]{32}$/.test(file));
    expect(cached.length).toBeGreaterThan(20);
    const filler = join(cacheDir, 'filler');
    const free = () => statfsSync(cacheDir).bavail * statfsSync(cacheDir).bsize;
    writeFileSync(filler, Buffer.alloc(free() - MIN_FREE / 2));
    try {
      const answers = await readers(stack.origin, take(300), { connections: READERS, seconds: 12, patienceMs: 10_000 });
      const figures = summary(answers);
      expect(figures.failed).toEqual([]);
      expect(answers.filter((a) => a.cache === 'MISS').length).toBeGreaterThan(20);
      // The pages cached before and not asked for again were removed, but for the few a request still holds (nginx
      // names a page's file by its key's MD5). Without min_free, none is.
      const release = readFileSync(join(ROOT, '.next/BUILD_ID'), 'utf8').trim();
      const asked = new Set(answers.map(({ path }) => createHash('md5').update(release + path).digest('hex')));
      const before = cached.filter((file) => !asked.has(file.slice(-32)));
      // The manager's next look at the disk may come up to 10 s after the load: wait for it, at most 20 s.
      const kept = () => before.filter((file) => existsSync(join(cacheDir, file)));
      for (let waited = 0; waited < 20_000 && kept().length >= before.length / 2; waited += 1000) await sleep(1000);
      expect(kept().length, `${kept().length} of ${before.length} kept`).toBeLessThan(before.length / 2);
    } finally {
      rmSync(filler);
    }
    // Not one write to a full disk in any run of this file.
    expect(log('nginx-error.log')).not.toMatch(/\[crit\]|No space left on device/);
  }, 60_000);
});
