import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { launchChromium } from '../../../lib/testing/chromium';
import type { Progress } from '../support/progress';
import { get, markVisited, type Targets } from '../support/targets';
import { releaseFiles, SITE_DIR } from '../support/workspace';

/**
 * Step `weight`: what an article costs a reader. The HTML compressed; the fonts and scripts Chromium actually
 * transfers when it loads the article, beside the scripts of the bare App Router page; and the client components
 * the article's route ships, from the build's client reference manifest.
 */

/** Bytes a page load transferred (response bodies as sent, headers excluded), by resource type. */
export interface Transferred {
  url: string;
  document: number;
  script: number;
  font: number;
  stylesheet: number;
  other: number;
  scripts: number;
  fonts: number;
}

export interface WeightResult {
  /** HTML of articles: raw, gzip (zlib level 6, what `next start` sends) and brotli (quality 11, a CDN's), bytes. */
  html: { page: string; label: string; raw: number; gzip: number; brotli: number; sent: number; sentEncoding: string }[];
  article: Transferred;
  bare: Transferred;
  /** Article scripts minus the bare page's, bytes. */
  ownScript: number;
  /** Project modules (outside node_modules) in the article route's client reference manifest; null when unknown. */
  clientComponents: string[] | null;
}

async function transferred(url: string): Promise<Transferred> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const totals: Transferred = { url, document: 0, script: 0, font: 0, stylesheet: 0, other: 0, scripts: 0, fonts: 0 };
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      pending.push(
        request.sizes().then(({ responseBodySize }) => {
          const type = request.resourceType();
          const key = type === 'document' || type === 'script' || type === 'font' || type === 'stylesheet' ? type : 'other';
          totals[key] += responseBodySize;
          if (type === 'script') totals.scripts += 1;
          if (type === 'font') totals.fonts += 1;
        }),
      );
    });
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await Promise.all(pending);
    return totals;
  } finally {
    await browser.close();
  }
}

async function htmlWeight(origin: string, page: string, label: string): Promise<WeightResult['html'][number]> {
  const plain = await get(origin + page);
  if (plain.status !== 200) throw new Error(`${page} answered ${plain.status}`);
  const sent = await get(origin + page, 'gzip, deflate, br, zstd');
  return {
    page,
    label,
    raw: plain.body.length,
    gzip: gzipSync(plain.body).length,
    brotli: brotliCompressSync(plain.body).length,
    sent: sent.body.length,
    sentEncoding: String(sent.headers['content-encoding'] ?? 'identity'),
  };
}

/** Project modules listed as client modules in the route's `page_client-reference-manifest.js`. */
function clientComponents(srcRoute: string): string[] {
  const file = join(SITE_DIR, '.next/server/app', srcRoute, 'page_client-reference-manifest.js');
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { clientModules: Record<string, unknown> }> } = {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(file, 'utf8'), sandbox);
  const modules = Object.values(sandbox.__RSC_MANIFEST ?? {}).flatMap((entry) => Object.keys(entry.clientModules));
  return [...new Set(modules.filter((key) => !key.includes('node_modules/')).map((key) => key.replace(/^\[project\]\//, '').replace(/ <.*>$/, '')))];
}

/** The median-size and the largest Thai release of the dataset, as article addresses. */
function sizedArticles(targets: Targets): { median: string; largest: string } {
  const sized = releaseFiles(targets.data.content)
    .filter((file) => file.endsWith('.th.md'))
    .map((file) => ({ file, size: statSync(join(targets.data.content, file)).size }))
    .sort((a, b) => a.size - b.size);
  const path = (entry: { file: string } | undefined) => `/th/news/${entry!.file.split('/').pop()!.replace(/\.th\.md$/, '')}`;
  return { median: path(sized[Math.floor(sized.length / 2)]), largest: path(sized.at(-1)) };
}

export async function runWeight(targets: Targets, progress: Progress): Promise<WeightResult> {
  progress.begin('page weight');
  const { median, largest } = sizedArticles(targets);
  const html = [
    await htmlWeight(targets.site.origin, targets.reference, 'newest (pre-rendered)'),
    await htmlWeight(targets.site.origin, median, 'median-size release'),
    await htmlWeight(targets.site.origin, largest, 'largest release'),
  ];
  markVisited([median, largest]);
  const article = await transferred(targets.site.origin + targets.reference);
  const bare = await transferred(`${targets.bare.origin}/`);
  const manifest = JSON.parse(readFileSync(join(SITE_DIR, '.next/prerender-manifest.json'), 'utf8')) as { routes: Record<string, { srcRoute?: string }> };
  const srcRoute = manifest.routes[targets.reference]?.srcRoute;
  const result = { html, article, bare, ownScript: article.script - bare.script, clientComponents: srcRoute ? clientComponents(srcRoute) : null };
  progress.end(`article HTML ${html[0]!.gzip} B gzip, scripts ${article.script} B (bare ${bare.script} B), fonts ${article.font} B`);
  return result;
}
