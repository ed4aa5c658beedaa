import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../lib/testing/chromium';

/** Debian's Chromium, headless, as the benchmarks launch it too. */
export const launch = launchChromium;

/** A page that records every console error and failed request, for the "no errors" checks. */
export async function openPage(browser: Browser, url: string, viewport = { width: 390, height: 844 }) {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (answer) => {
    if (answer.status() >= 400 && answer.url() !== url) problems.push(`${answer.status()} ${answer.url()}`);
  });
  const response = await page.goto(url);
  return { page, response, problems };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page, as `rule: target` lines (empty when the page passes). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, as the page's Content-Security-Policy refuses a script element it did
  // not serve (tests/browser/csp.test.ts).
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

export async function screenshot(page: Page, name: string) {
  mkdirSync('tests/screenshots', { recursive: true });
  await page.screenshot({ path: `tests/screenshots/${name}.png`, fullPage: true });
}
