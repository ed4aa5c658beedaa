import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './browser';

const base = inject('baseUrl');
/** The shipped sample's longest cabinet summary (3 January 2566): 14 items under 4 group headings, 231 KB. */
const summary = '/th/news/2023-01-03-63376';
/** Words of its item 6's text, and of nowhere else in it. */
const sentence = 'สนับสนุนอาหาร วิตามินเสริม และบริการทางสุขภาพแม่และ';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const count = (text: string, part: string) => text.split(part).length - 1;
const scrollTop = (page: Page, id: string) => page.evaluate((target) => Math.round(document.getElementById(target)!.getBoundingClientRect().top), id);

describe('a long release', () => {
  it('is sent with its text once and no script of the framework, from the first request on', async () => {
    for (let request = 0; request < 2; request++) {
      const html = await (await fetch(`${base}${summary}`)).text();
      expect(count(html, '<nav class="contents" id="contents"')).toBe(1);
      // The item's title is in the contents list and in its heading; its sentence in the text only.
      expect(count(html, 'id="item-6"')).toBe(1);
      expect([count(html, '__next_f'), count(html, '/_next/static/chunks/'), count(html, '<script')]).toEqual([0, 1, 3]); // the stylesheet; the digits snippet and two JSON-LD
      expect(count(html, sentence)).toBe(1);
      expect((html.match(/<script\b[\s\S]*?<\/script>/g) ?? []).filter((script) => script.includes('การดำเนินโครงการเพื่อมอบเป็นของขวัญปีใหม่'))).toEqual([]);
    }
  });

  it('shows its body as sent, and its contents list leads to each item and back', async () => {
    const { page, problems } = await openPage(browser, `${base}${summary}`, { width: 320, height: 640 });
    const text = await page.locator('[data-release-body]').textContent();
    expect(text).toContain(sentence);
    expect(await page.locator('.contents a').count()).toBe(18);
    expect(await page.locator('.contents a').nth(7).innerText()).toMatch(/^6\.\s+การดำเนินโครงการเพื่อมอบเป็นของขวัญปีใหม่/);
    await page.locator('.contents a[href="#item-6"]').click();
    await expect.poll(() => page.url()).toBe(`${base}${summary}#item-6`);
    await expect.poll(() => scrollTop(page, 'item-6')).toBeLessThan(40);
    await page.locator('#item-6 ~ .to-contents a').first().click();
    await expect.poll(() => page.url()).toBe(`${base}${summary}#contents`);
    await expect.poll(() => scrollTop(page, 'contents')).toBeLessThan(40);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works without JavaScript: an item’s address opens at its heading', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${base}${summary}#item-12`);
    expect(await page.locator('#item-12').innerText()).toMatch(/^12\. เรื่อง การแต่งตั้ง/);
    await expect.poll(() => scrollTop(page, 'item-12')).toBeLessThan(40);
    await context.close();
  });

  it('prints its contents list', async () => {
    const { page } = await openPage(browser, `${base}${summary}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.contents').isVisible()).toBe(true);
    expect(await page.locator('.to-contents').first().isVisible()).toBe(false);
    await page.close();
  });
});

describe('a search for words of one item', () => {
  it('names the item and links to it', async () => {
    const { page, problems } = await openPage(browser, `${base}/th/search?${new URLSearchParams({ q: 'วิตามิน โภชนาการ' })}`);
    await expect.poll(() => page.locator('[role="status"]').innerText(), { timeout: 15_000 }).toMatch(/^พบ/);
    const first = page.locator('#search-results ~ ol > li').first();
    expect(await first.locator('h3 a').getAttribute('href')).toBe(`${summary}#item-6`);
    expect(await first.locator('p').first().innerText()).toMatch(/^พบในเรื่อง: 6\. การดำเนินโครงการเพื่อมอบเป็นของขวัญปีใหม่/);
    expect(problems).toEqual([]);
    await page.close();
  });
});
