/**
 * `npx tsx scripts/bench/long-release.ts [--base URL] [--lighthouse] [--runs N] [path…]`: what a long release costs a
 * reader, on a server already running (`npm run serve` after a build of the full archive, or of any content root
 * holding the release). For each page (default: the largest release, `/th/news/2023-03-01-65574`, and an ordinary
 * one, `/th/news/2018-12-07-telmin-18`):
 * - HTML bytes, and gzip bytes over the wire (asked with `Accept-Encoding: gzip`, as a browser asks);
 * - the bytes of the rendered release body (the `data-release-body` element) and the HTML's size against it;
 * - in Chromium with Lighthouse's mobile throttling (4× CPU; 150 ms, 1.6 Mbit/s), when the contents list is in the
 *   page, and the page's element count;
 * - with `--lighthouse`, Lighthouse 12 mobile (its default) Performance, TBT and LCP, median of `--runs` (3).
 * Run it on a quiet machine (load average under 4): throttled timings and Lighthouse scale with the CPU left.
 */
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { command } from '../../lib/cli';
import { launchChromium } from '../../lib/testing/chromium';
import { audit } from './steps/lighthouse';

const { values, positionals } = command({
  usage: 'usage: npx tsx scripts/bench/long-release.ts [--base URL] [--lighthouse] [--runs N] [path…]',
  allowPositionals: true,
  options: { base: { type: 'string', default: 'http://127.0.0.1:3000' }, lighthouse: { type: 'boolean', default: false }, runs: { type: 'string', default: '3' } },
});
const paths = positionals.length ? positionals : ['/th/news/2023-03-01-65574', '/th/news/2018-12-07-telmin-18'];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The response body as sent, undecoded, asked as a browser asks. */
function wireBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes));
    })
      .on('error', reject)
      .end();
  });
}

/** Milliseconds from navigation to the contents list in the DOM, and the page's element count, throttled as Lighthouse mobile. */
async function contentsTime(url: string): Promise<{ contents: number | null; elements: number }> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Evaluated through the DevTools protocol, so the page's script policy does not refuse it.
  // A MutationObserver set up this early was never called in Debian's Chromium 156; a timer every 5 ms is (it runs
  // when the parser yields, so the time is an upper bound).
  await page.addInitScript(() => {
    const timer = setInterval(() => {
      if (!document.getElementById('contents') && document.readyState !== 'complete') return;
      if (document.getElementById('contents')) (window as unknown as { contentsAt: number }).contentsAt = performance.now();
      clearInterval(timer);
    }, 5);
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const result = await page.evaluate(() => ({ contents: (window as unknown as { contentsAt?: number }).contentsAt ?? null, elements: document.getElementsByTagName('*').length }));
  await browser.close();
  return { contents: result.contents === null ? null : Math.round(result.contents), elements: result.elements };
}

/** Lighthouse mobile on `url`, `runs` times: the run with the median Performance score. */
async function lighthouse(url: string, runs: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const reports = [];
  for (let run = 0; run < runs; run++) {
    const report = await audit(url, join(dir, `run-${run}`), ['performance']);
    reports.push({
      score: Math.round((report.categories.performance.score ?? 0) * 100),
      tbt: report.audits['total-blocking-time']?.displayValue,
      lcp: report.audits['largest-contentful-paint']?.displayValue,
      fcp: report.audits['first-contentful-paint']?.displayValue,
    });
  }
  reports.sort((a, b) => a.score - b.score);
  const median = reports[Math.floor((reports.length - 1) / 2)]!;
  return `Performance ${median.score} (runs ${reports.map((r) => r.score).join(', ')}), TBT ${median.tbt}, LCP ${median.lcp}, FCP ${median.fcp}`;
}

for (const path of paths) {
  const url = `${values.base}${path}`;
  const html = await (await fetch(url)).text();
  const body = /<div class="article__body prose" data-release-body="">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  const bytes = Buffer.byteLength(html);
  const bodyBytes = Buffer.byteLength(body);
  const { contents, elements } = await contentsTime(url);
  console.log(
    `${path}: HTML ${kb(bytes)}, ${kb(await wireBytes(url))} gzip over the wire; body ${kb(bodyBytes)}, HTML ${bodyBytes ? (bytes / bodyBytes).toFixed(2) : '–'}× the body; ` +
      `${elements} elements; contents list ${contents === null ? 'none' : `in the DOM at ${contents} ms`} (mobile throttling)`,
  );
  if (values.lighthouse) console.log(`  Lighthouse mobile: ${await lighthouse(url, Number(values.runs))}`);
}
