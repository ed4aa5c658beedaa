import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadArchive } from '@/lib/content';
import { axeViolations, launch, openPage, screenshot } from './browser';

const base = inject('baseUrl');
const seed = '2018-12-07-telmin-18';
const { archive } = loadArchive(resolve('content'));
const phrase = 'มั่นคงปลอดภัยไซเบอร์';
/** The releases a phrase search must put first: those whose title holds the whole phrase (the seed among them). */
const phraseInTitle = archive.stories.filter((story) => story.th?.title.includes(phrase)).map((story) => story.slug);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const search = (lang: 'th' | 'en', params: Record<string, string>) => `${base}/${lang}/search?${new URLSearchParams(params)}`;

/** Waits for the result count (or "nothing found") in the status region and returns it. */
async function settled(page: Page): Promise<string> {
  const status = page.locator('[role="status"]');
  await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/พบ|ไม่พบ|result|No releases/);
  return status.innerText();
}

const hitLinks = (page: Page) => page.locator('#search-results ~ ol h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
const marks = (page: Page) => page.locator('#search-results ~ ol li >> nth=0').locator('mark').allInnerTexts();

describe('search results', () => {
  it('finds Thai words with the seed release at the top, its words marked', async () => {
    const { page, problems } = await openPage(browser, search('th', { q: 'ประชุม TELMIN' }));
    expect(await settled(page)).toMatch(/^พบ \d+ ข่าวที่ตรงกับ “ประชุม TELMIN”/);
    expect((await hitLinks(page))[0]).toBe(`/th/news/${seed}`);
    expect(await marks(page)).toContain('TELMIN');
    expect(await page.inputValue('#search-q')).toBe('ประชุม TELMIN');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'search-th');
    expect(problems).toEqual([]);
  });

  it('finds a Thai phrase written without spaces', async () => {
    expect(phraseInTitle).toContain(seed);
    const { page, problems } = await openPage(browser, search('th', { q: phrase }));
    await settled(page);
    const top = (await hitLinks(page))[0]?.replace('/th/news/', '');
    expect(phraseInTitle).toContain(top);
    expect((await marks(page)).join('')).toContain(phrase);
    expect(problems).toEqual([]);
  });

  it('finds a Buddhist-era year typed in Thai digits and in Arabic digits alike', async () => {
    const thai = await openPage(browser, search('th', { q: 'TELMIN ๒๕๖๑' }));
    const arabic = await openPage(browser, search('th', { q: 'TELMIN 2561' }));
    const counted = (text: string) => text.match(/พบ (\d+)/)?.[1];
    expect(counted(await settled(thai.page))).toBe(counted(await settled(arabic.page)));
    for (const { page, problems } of [thai, arabic]) {
      expect((await hitLinks(page))[0]).toBe(`/th/news/${seed}`);
      expect(await marks(page)).toContain('๒๕๖๑');
      expect(problems).toEqual([]);
    }
    const year = await openPage(browser, search('th', { q: '๒๕๖๑' }));
    const plain = await openPage(browser, search('th', { q: '2561' }));
    expect(counted(await settled(year.page))).toBe(counted(await settled(plain.page)));
    expect(Number(counted(await settled(plain.page)))).toBeGreaterThan(0);
  });

  it('finds an English word on the English side, and says when a hit is in Thai only and which words it matched', async () => {
    const { page, problems } = await openPage(browser, search('en', { q: 'cybersecurity TELMIN' }));
    expect(await settled(page)).toMatch(/^\d+ results? for “cybersecurity TELMIN”/);
    expect((await hitLinks(page))[0]).toBe(`/en/news/${seed}`);
    expect(await marks(page)).toEqual(expect.arrayContaining(['TELMIN', 'cybersecurity']));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'search-en');
    expect(problems).toEqual([]);

    // No English release says haze; the Thai-only releases that say หมอกควัน are found, and say how.
    const translated = await openPage(browser, search('en', { q: 'haze' }));
    expect(await settled(translated.page)).toMatch(/^\d+ results? for “haze”/);
    const lines = await translated.page.locator('#search-results ~ ol li').evaluateAll((items) => items.map((li) => li.textContent ?? ''));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain('Matched: haze → หมอกควัน');
    expect(translated.problems).toEqual([]);

    const thaiOnly = await openPage(browser, search('en', { q: 'ฝุ่น' }));
    await settled(thaiOnly.page);
    const first = thaiOnly.page.locator('#search-results ~ ol li').first();
    if (await first.count()) expect(await first.locator('.badge').innerText()).toBe('Thai only');
  });

  it('narrows results with a filter, keeps it in the address and shows counts', async () => {
    const { page, problems } = await openPage(browser, search('th', { q: 'TELMIN' }));
    await settled(page);
    const option = page.locator('#search-agency option[value="mdes"]');
    expect(await option.innerText()).toMatch(/^กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม \(\d+\)$/);
    await page.selectOption('#search-agency', 'mdes');
    await expect.poll(() => page.url()).toContain('agency=mdes');
    await settled(page);
    expect((await hitLinks(page))[0]).toBe(`/th/news/${seed}`);
    const metas = await page.locator('#search-results ~ ol li p:first-of-type').allInnerTexts();
    for (const meta of metas) expect(meta).toContain('กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม');
    await page.selectOption('#search-year', '2018');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2018');
    expect(await page.locator('#search-year option[value="2018"]').innerText()).toMatch(/^พ\.ศ\. 2561 \(\d+\)$/);
    expect(problems).toEqual([]);
  });
});

describe('the search page as a reader uses it', () => {
  it('searches from the header box of any page, a plain form that needs no script', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto(`${base}/th/news/${seed}`);
    await bare.fill('#site-search', 'TELMIN');
    await bare.press('#site-search', 'Enter');
    await bare.waitForURL(`${base}/th/search?q=TELMIN`);
    expect(await bare.locator('noscript').count()).toBe(1);
    await context.close();

    const { page, problems } = await openPage(browser, `${base}/en`);
    await page.fill('#site-search', 'TELMIN');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(`${base}/en/search?q=TELMIN`);
    await settled(page);
    expect((await hitLinks(page))[0]).toBe(`/en/news/${seed}`);
    expect(problems).toEqual([]);
  });

  it('keeps each search in the address, so the back button returns to the previous one', async () => {
    const { page, problems } = await openPage(browser, `${base}/th/search`);
    expect(await page.locator('[role="status"]').innerText()).toBe('');
    await page.fill('#search-q', 'TELMIN');
    await page.press('#search-q', 'Enter');
    await expect.poll(() => page.url()).toBe(`${base}/th/search?q=TELMIN`);
    await settled(page);
    await page.fill('#search-q', 'qzxqzxqzx');
    await page.press('#search-q', 'Enter');
    expect(await settled(page)).toBe('ไม่พบข่าวที่ตรงกับ “qzxqzxqzx”');
    await page.goBack();
    await expect.poll(() => page.inputValue('#search-q')).toBe('TELMIN');
    expect(await settled(page)).toMatch(/^พบ/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    expect(problems).toEqual([]);
  });

  it('shows the releases holding most of the words, naming the words found nowhere', async () => {
    const { page, problems } = await openPage(browser, search('th', { q: 'TELMIN qzxqzx' }));
    expect(await settled(page)).toMatch(/^พบ \d+ ข่าวที่ตรงกับ “TELMIN qzxqzx”/);
    expect(await page.getByText('ไม่พบคำว่า “qzxqzx” ในข่าวใดเลย').count()).toBe(1);
    expect((await hitLinks(page))[0]).toBe(`/th/news/${seed}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('suggests what to try when nothing is found, including the other language', async () => {
    const { page, problems } = await openPage(browser, search('th', { q: 'qzxqzx wvxwvx', agency: 'mdes' }));
    expect(await settled(page)).toBe('ไม่พบข่าวที่ตรงกับ “qzxqzx wvxwvx”');
    expect(await page.getByText('ไม่พบคำว่า “qzxqzx” “wvxwvx” ในข่าวใดเลย').count()).toBe(1);
    const tips = page.locator('section[aria-labelledby="search-nothing"] li');
    expect(await tips.allInnerTexts()).toEqual([
      'ใช้คำให้น้อยลงหรือกว้างขึ้น',
      'ตรวจตัวสะกด สระ และวรรณยุกต์',
      'ค้นหาโดยไม่ใช้ตัวกรอง',
      'ค้นหาคำนี้ในฉบับภาษาอังกฤษ',
    ]);
    expect(await tips.locator('a').last().getAttribute('href')).toBe(`/en/search?${new URLSearchParams({ q: 'qzxqzx wvxwvx' })}`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'search-nothing-th');
    expect(problems).toEqual([]);
  });

  it.runIf(archive.stories.length > 10)('pages through many results and moves focus to them', async () => {
    const { page, problems } = await openPage(browser, search('th', { q: '', sort: 'date', year: archive.stories[0]!.date.slice(0, 4) }));
    const status = await settled(page);
    if (!/หน้า 1 จาก/.test(status)) return;
    await page.click('nav[aria-label="หน้าผลการค้นหา"] a');
    await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('2');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-results');
    expect(await settled(page)).toMatch(/หน้า 2 จาก/);
    expect(problems).toEqual([]);
  });

  it('reads well at 320 px, with one search box: its own, not the header’s too', async () => {
    const { page } = await openPage(browser, search('th', { q: phrase }), { width: 320, height: 640 });
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.locator('input[type="search"]:visible').evaluateAll((boxes) => boxes.map((box) => box.id))).toEqual(['search-q']);
    await screenshot(page, 'search-narrow-th');
  });
});
