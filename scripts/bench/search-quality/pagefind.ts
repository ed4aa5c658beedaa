import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { DEPTH, type Ranking } from './metrics';
import type { Release } from './sample';

/**
 * Pagefind 1.x beside our engine, over the same releases. Pagefind indexes HTML, so every release gets a minimal page
 * of its own (`r/<legacyId>.html`: `<html lang>` from the release's language, the title as `<h1>` and the body's
 * paragraphs inside `data-pagefind-body`) rather than a build of our whole site: the same text, in seconds instead
 * of a Next.js build of 6,000 pages, and without our page chrome (navigation, footer) in Pagefind's index.
 * Pagefind makes one index per language; the queries run in Chromium through its JS API
 * (`/pagefind/pagefind.js`, `pagefind.search(q)`), from an empty page in the query's language, which picks that
 * language's index and lets Pagefind segment Thai in the browser as it would on a site.
 */

const CHROMIUM = '/usr/bin/chromium';
/** The flags Chromium needs as root on this closed network (the same as tests/browser/browser.ts). */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const escapeHtml = (text: string) => text.replace(/&(?![#\w]+;)/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A Markdown line of an imported release back to its text (the importer backslash-escapes \ ` * _ # > [ ) only). */
const unescapeMarkdown = (line: string) => line.replace(/\\([\\`*_#>[)])/g, '$1');

/**
 * The page Pagefind indexes for one release.
 * @example releasePage({ legacyId: 1, slug: 's', title: 'A & B', body: 'one\\_two\n\nthree', lang: 'en' })
 * // '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A &amp; B</title></head><body><main data-pagefind-body><h1>A &amp; B</h1><p>one_two</p><p>three</p></main></body></html>'
 */
export function releasePage(release: Release): string {
  const paragraphs = release.body
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.split('\n').map((line) => escapeHtml(unescapeMarkdown(line))).join('<br>')}</p>`);
  const title = escapeHtml(release.title);
  return `<!doctype html><html lang="${release.lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1>${paragraphs.join('')}</main></body></html>`;
}

/** The installed Pagefind's version (its package.json is not among the package's exports, so it is read as a file). */
const pagefindVersion = () => (JSON.parse(readFileSync(join('node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Writes the pages into `site` and runs Pagefind over them, unless `site` already holds an index of exactly these
 * pages by this Pagefind version. Returns the build's wall time in seconds, or null when the cached index was kept.
 */
export function buildPagefind(releases: Release[], site: string): number | null {
  const pages = releases.map((release) => [`r/${release.legacyId}.html`, releasePage(release)] as const);
  const hash = createHash('sha256').update(pagefindVersion());
  for (const [path, html] of pages) hash.update(path).update(html);
  const stamp = hash.digest('hex');
  const stampFile = join(site, 'stamp.txt');
  if (existsSync(join(site, 'pagefind', 'pagefind.js')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return null;
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'r'), { recursive: true });
  for (const [path, html] of pages) writeFileSync(join(site, path), html);
  const started = performance.now();
  const run = spawnSync('npx', ['pagefind', '--site', site, '--quiet'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`pagefind failed (exit ${run.status})`);
  writeFileSync(stampFile, stamp);
  return (performance.now() - started) / 1000;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Serves `site` on loopback, plus an empty page per language (`/th.html`, `/en.html`) to search from. */
function serve(site: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const host = /^\/(th|en)\.html$/.exec(path);
    if (host) {
      response.writeHead(200, { 'content-type': TYPES['.html']! });
      return response.end(`<!doctype html><html lang="${host[1]}"><head><meta charset="utf-8"><title>search</title></head><body></body></html>`);
    }
    const file = join(site, path);
    if (!file.startsWith(site) || !existsSync(file)) {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Runs every query through Pagefind in Chromium and answers with the legacy ids of its first page (read from the
 * result URLs `/r/<legacyId>.html`) and the number of results.
 */
export async function rankWithPagefind(site: string, queries: { lang: 'th' | 'en'; query: string }[]): Promise<Ranking[]> {
  const server = await serve(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const rankings: Ranking[] = new Array(queries.length);
    for (const lang of ['th', 'en'] as const) {
      const mine = queries.flatMap((query, i) => (query.lang === lang ? [{ i, q: query.query }] : []));
      if (!mine.length) continue;
      const page = await browser.newPage();
      await page.goto(`${base}/${lang}.html`);
      const answers = await page.evaluate(
        async ({ list, depth }) => {
          const url = '/pagefind/pagefind.js';
          const pagefind = await import(url);
          await pagefind.init();
          const out: { urls: string[]; total: number }[] = [];
          for (const { q } of list) {
            const search = await pagefind.search(q);
            const results = (search?.results ?? []) as { data: () => Promise<{ url: string }> }[];
            const top = await Promise.all(results.slice(0, depth).map((result) => result.data()));
            out.push({ urls: top.map((data) => data.url), total: results.length });
          }
          return out;
        },
        { list: mine, depth: DEPTH },
      );
      answers.forEach((answer, k) => {
        rankings[mine[k]!.i] = { ids: answer.urls.map((url) => Number(/\/r\/(\d+)(?:\.html)?$/.exec(url)?.[1] ?? -1)), total: answer.total };
      });
      await page.close();
    }
    return rankings;
  } finally {
    await browser.close();
    server.close();
  }
}
