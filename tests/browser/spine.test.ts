import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadArchive } from '@/lib/content';
import { axeViolations, launch, openPage, screenshot } from './browser';

const base = inject('baseUrl');
const seed = '2018-12-07-telmin-18';
const { archive } = loadArchive(resolve('content'));
const thaiOnly = archive.stories.find((story) => !story.en);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('article pages', () => {
  it('shows the Thai release with its Buddhist-era date, hreflang pair and no errors', async () => {
    const { page, response, problems } = await openPage(browser, `${base}/th/news/${seed}`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    expect(await page.textContent('h1')).toContain('TELMIN ครั้งที่ 18');
    expect(await page.innerText('.article__meta time[datetime="2018-12-07"]')).toBe('วันศุกร์ที่ 7 ธันวาคม 2561');
    expect(await page.getAttribute('link[rel="alternate"][hreflang="en"]', 'href')).toBe(`${base}/en/news/${seed}`);
    expect(await page.getAttribute('link[rel="alternate"][hreflang="th"]', 'href')).toBe(`${base}/th/news/${seed}`);
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(`${base}/th/news/${seed}`);
    expect(await page.innerText('.article__body')).toContain('ระหว่างวันที่ ๕-๖ ธันวาคม ๒๕๖๑');
    expect(await page.getAttribute('.article__source a', 'href')).toBe('https://www.thaigov.go.th/news/contents/details/17391');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('18px Sarabun', 'กระทรวง'))).toBe(true);
    const preloaded = await page.$$eval('link[rel="preload"][as="font"]', (links) => links.map((link) => link.getAttribute('href')));
    expect(preloaded).toHaveLength(4);
    const font = await fetch(`${base}${preloaded[0]}`);
    expect(font.status).toBe(200);
    expect(font.headers.get('cache-control')).toContain('immutable');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'article-th');
    expect(problems).toEqual([]);
  });

  it('switches to the English translation and back', async () => {
    const { page, problems } = await openPage(browser, `${base}/th/news/${seed}`);
    await page.click('.language-switch a');
    expect(page.url()).toBe(`${base}/en/news/${seed}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.innerText('.article__meta time[datetime="2018-12-07"]')).toBe('Friday 7 December 2018');
    expect(await page.textContent('.article__meta')).toContain('Ministry of Digital Economy and Society');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'article-en');
    await page.click('.language-switch a');
    expect(page.url()).toBe(`${base}/th/news/${seed}`);
    expect(problems).toEqual([]);
  });

  it('tells an English reader plainly when a release is in Thai only', async () => {
    expect(thaiOnly, 'the shipped content has a Thai-only release').toBeDefined();
    const slug = thaiOnly!.slug;
    const { page, response, problems } = await openPage(browser, `${base}/en/news/${slug}`);
    expect(response?.status()).toBe(200);
    expect(await page.textContent('.notice')).toContain('published in Thai only');
    expect(await page.getAttribute('h1', 'lang')).toBe('th');
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toContain('noindex');
    expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(0);
    // What it is about, in English, linking its agency; then the link to the Thai text.
    expect(await page.textContent('.notice .about-line')).toMatch(/^About \(derived from the Thai text, not a translation\): \S/);
    await page.click('.notice a[hreflang="th"]');
    expect(page.url()).toBe(`${base}/th/news/${slug}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('answers an unknown slug with a real 404 in the page language', async () => {
    const { page, response } = await openPage(browser, `${base}/th/news/2018-12-07-no-such-release`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('body')).toContain('ไม่พบหน้าที่ต้องการ');
    expect(await axeViolations(page)).toEqual([]);
    const outside = await openPage(browser, `${base}/no/such/page`);
    expect(outside.response?.status()).toBe(404);
    expect(await outside.page.textContent('body')).toContain('Page not found');
  });
});

describe('home pages', () => {
  it('redirects / to the Thai home page, which lists the latest releases newest first', async () => {
    const { page, problems } = await openPage(browser, `${base}/`);
    expect(page.url()).toBe(`${base}/th`);
    const dates = await page.locator('.release-list time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'home-th');
    expect(problems).toEqual([]);
  });

  it('serves the English home page with English dates', async () => {
    const { page, problems } = await openPage(browser, `${base}/en`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const first = await page.innerText('.release-list time >> nth=0');
    expect(first).toMatch(/^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'home-en');
    expect(problems).toEqual([]);
  });

  it('reads well at 320 px: nothing overflows sideways', async () => {
    for (const path of ['/th', `/th/news/${seed}`, `/en/news/${seed}`]) {
      const { page } = await openPage(browser, `${base}${path}`, { width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
      await screenshot(page, `narrow${path.replaceAll('/', '-')}`);
    }
  });
});

describe('the Thai-digit toggle', () => {
  it('switches the site’s dates to Thai digits, remembers it across pages, and leaves article text as written', async () => {
    const { page, problems } = await openPage(browser, `${base}/th/news/${seed}`);
    expect(await page.innerText('.article__meta time[datetime="2018-12-07"]')).toBe('วันศุกร์ที่ 7 ธันวาคม 2561');
    await page.check('[data-digits-toggle]');
    expect(await page.innerText('.article__meta time[datetime="2018-12-07"]')).toBe('วันศุกร์ที่ ๗ ธันวาคม ๒๕๖๑');
    // textContent: the body's paragraphs are `content-visibility: auto`, and innerText leaves out those off screen.
    expect(await page.textContent('.article__body')).toContain('มีประเด็นเร่งด่วน 6 ด้าน');
    await page.goto(`${base}/th`);
    expect(await page.isChecked('[data-digits-toggle]')).toBe(true);
    expect(await page.innerText('.release-list time >> nth=0')).toMatch(/^[๐-๙]{1,2} \S+ [๐-๙]{4}$/);
    await page.uncheck('[data-digits-toggle]');
    expect(await page.innerText('.release-list time >> nth=0')).toMatch(/^\d{1,2} \S+ \d{4}$/);
    expect(problems).toEqual([]);
  });
});
