import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launch, screenshot } from './browser';

const base = inject('baseUrl');
/** The shipped sample release with the sample image (content/news/2018/2018-12-07-telmin-18.jpg). */
const seed = '2018-12-07-telmin-18';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the image of a release', () => {
  it('loads on a 320 px phone in the space kept for it: no layout shift, even when it arrives late', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('response', (answer) => answer.status() >= 400 && problems.push(`${answer.status()} ${answer.url()}`));
    // The image answers 600 ms late, so the page is laid out and painted before it arrives.
    await page.route('**/media/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.addInitScript(() => {
      const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${base}/th/news/${seed}`);
    const image = page.locator('.article__image img');
    await image.evaluate((img: HTMLImageElement) => img.decode());
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);

    const shown = await image.evaluate((img: HTMLImageElement) => {
      const box = img.getBoundingClientRect();
      return { naturalWidth: img.naturalWidth, width: box.width, height: box.height, top: box.top, alt: img.alt, loading: img.getAttribute('loading'), decoding: img.getAttribute('decoding') };
    });
    expect(shown.naturalWidth).toBe(1200);
    expect(shown.alt.length).toBeGreaterThan(0);
    expect([shown.loading, shown.decoding]).toEqual([null, 'async']);
    expect(shown.width, 'the column inside the page margins of 1rem (18 px)').toBeLessThanOrEqual(320 - 2 * 18);
    expect(Math.abs(shown.height - (shown.width * 675) / 1200)).toBeLessThan(1);
    // Under the sample's long title it starts ~850 px down at 320 px: within the distance at which Chromium starts a
    // lazy image at once, so lazy loading would gain nothing here and delay the largest paint on wider screens.
    expect(shown.top).toBeGreaterThan(await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().bottom));
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'article-image-320');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('names the image in og:image with its size, and serves it with a year-long immutable cache', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/en/news/${seed}`);
    const meta = (property: string) => page.getAttribute(`meta[property="${property}"]`, 'content');
    const src = await page.getAttribute('.article__image img', 'src');
    expect(await meta('og:image')).toBe(`${base}${src}`);
    expect([await meta('og:image:width'), await meta('og:image:height'), await meta('og:image:type')]).toEqual(['1200', '675', 'image/jpeg']);
    expect(await meta('og:image:alt')).toBe(await page.getAttribute('.article__image img', 'alt'));
    await page.close();

    const answer = await fetch(`${base}${src}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('image/jpeg');
    expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, s-maxage=31536000, immutable');
    expect((await answer.arrayBuffer()).byteLength).toBeGreaterThan(0);
    expect((await fetch(`${base}${src!.replace(/[^/]+$/, 'other.jpg')}`)).status).toBe(404);
    expect((await fetch(`${base}/media/0000000000000000/2018-12-07-telmin-18.jpg`)).status).toBe(404);
  });
});
