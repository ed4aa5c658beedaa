import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadArchive } from '@/lib/content';
import { contentSecurityPolicy } from '@/lib/http/security-headers';
// @ts-expect-error -- a plain ES module, loaded by Next.js's cache handlers at run time; it carries JSDoc types only.
import { pagePolicy } from '@/lib/http/page-policy.mjs';
import { launch } from './browser';

const base = inject('baseUrl');
const { archive } = loadArchive(resolve('content'));
/** A release from the middle of the archive: not pre-rendered (only the newest are), so its first request renders it. */
const unvisited = archive.stories[Math.floor(archive.stories.length / 2)]!.slug;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page that records the Content-Security-Policy violations the browser reports, and its script errors. */
async function openWatched(url: string) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** The script sources of the policies a response carries that do not allow every inline script. */
function strictScriptSources(headers: Headers): string[] {
  const policies = (headers.get('content-security-policy') ?? '').split(/,\s*(?=default-src|script-src)/);
  return policies.map((policy) => /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1] ?? '').filter((sources) => sources && !sources.includes("'unsafe-inline'"));
}

const hash = "'sha256-[A-Za-z0-9+/]{43}='";

describe('the Content-Security-Policy of pages', () => {
  it('gives each page its own list of inline scripts, without unsafe-inline, from the first render on', async () => {
    for (const path of [`/th/news/${unvisited}`, '/th', '/en/news/2018-12-07-telmin-18', '/th/news/2018-12-07-nothing']) {
      const { headers } = await fetch(`${base}${path}`);
      expect(strictScriptSources(headers), path).toEqual([expect.stringMatching(new RegExp(`^'self'( ${hash})+$`))]);
      // The site's pages have no inline style at all.
      expect(headers.get('content-security-policy'), path).toMatch(/sha256-[^,]*; style-src 'self'(,|$)/);
    }
  });

  it('gives a page rendered for each request a nonce of its own', async () => {
    const [first, second] = await Promise.all([1, 2].map(() => fetch(`${base}/news/contents/details/999999999`)));
    const sources = [first!, second!].map(({ headers }) => strictScriptSources(headers)[0] ?? '');
    for (const source of sources) expect(source).toMatch(new RegExp(`^'self' 'nonce-[A-Za-z0-9+/]{22}==' ${hash}$`));
    expect(sources[0]).not.toBe(sources[1]);
    expect(first!.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('lets every page run its own scripts: no violation, the page comes alive', async () => {
    const pages = [`/en/news/${unvisited}`, '/th', '/th/news', '/en/search?q=ASEAN', '/th/news/2018-12-07-telmin-18', '/th/news/2018-12-07-nothing', '/news/contents/details/999999999'];
    const React = new Set(['/en/search?q=ASEAN', '/th/news/2018-12-07-nothing', '/news/contents/details/999999999']);
    for (const path of pages) {
      const { page, errors } = await openWatched(`${base}${path}`);
      // The search page's results appear only once React runs the page's scripts.
      if (path.includes('search')) await expect.poll(() => page.locator('[role="status"]').innerText(), { timeout: 15_000 }).toMatch(/result|No releases/);
      await page.waitForLoadState('networkidle');
      expect([await violations(page), errors], path).toEqual([[], []]);
      // React runs where it has something to do: the search page's client component, Next.js's 404 shell (whose text
      // the payload carries) and a page rendered for each request (which no page cache readies); the last two are
      // outside the languages' layout, which holds the digits snippet. Elsewhere no framework script is sent
      // (lib/http/page-payload.mjs), and the digits snippet is all that runs.
      const hydrated = await page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith('__reactFiber$')));
      const snippet = await page.evaluate(() => document.documentElement.hasAttribute('data-js'));
      expect([hydrated, snippet], path).toEqual(React.has(path) ? [true, path.includes('search')] : [false, true]);
      await page.close();
    }
  });

  it('lets Next.js’s built-in 500 page, served with its own policy, keep its inline styles and scripts', async () => {
    // The page Next.js sends when a render fails; its style attributes are allowed by hash ('unsafe-hashes').
    const html = readFileSync('.next/server/app/_global-error.html', 'utf8');
    const page = await browser.newPage();
    const seen: string[] = [];
    page.on('console', (message) => message.type() === 'error' && seen.push(message.text()));
    await page.route(`${base}/500`, (route) =>
      route.fulfill({ status: 500, contentType: 'text/html; charset=utf-8', body: html, headers: { 'content-security-policy': `${contentSecurityPolicy()}, ${pagePolicy(html)}` } }),
    );
    await page.goto(`${base}/500`);
    await page.waitForLoadState('networkidle');
    const styled = await page.evaluate(() => [
      getComputedStyle(document.documentElement).getPropertyValue('--next-error-bg').trim(),
      getComputedStyle(document.querySelector('[style]')!).display,
    ]);
    expect(styled).toEqual(['#fff', 'flex']);
    expect(seen.filter((text) => text.includes('Content Security Policy'))).toEqual([]);
    await page.close();
  });

  it('refuses a script or style that was not in the page as it was served', async () => {
    const { page } = await openWatched(`${base}/th/news/2018-12-07-telmin-18`);
    await page.waitForLoadState('networkidle');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations(page)).toEqual(['script-src-elem inline']);
    await page.evaluate(() => document.body.setAttribute('style', 'background: red'));
    await expect.poll(() => violations(page)).toEqual(['script-src-elem inline', 'style-src-attr inline']);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 0, 0)');
    await page.close();
  });
});
