import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { manifestSchema } from '@/lib/data/files';
import { rowFields } from '@/lib/data/row';
import type { Locale } from '@/lib/i18n/locales';
import { axeViolations, launch, openPage, screenshot } from './browser';

/** The data page as a reader (and a dataset search engine) sees it, on the build whose open data the global setup wrote. */
const base = inject('baseUrl');
const manifest = manifestSchema.parse(JSON.parse(readFileSync('public/data/index.json', 'utf8')));
const years = manifest.files.filter((file) => file.format === 'csv');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['th', 'en'] as const)('the data page in %s', (lang: Locale) => {
  it('is linked from the footer and lists every file, every field and the dataset for search engines', async () => {
    const { page, problems } = await openPage(browser, `${base}/${lang}`);
    await page.click(`.site-footer a[href="/${lang}/data"]`);
    expect(page.url()).toBe(`${base}/${lang}/data`);
    expect(await page.locator('h1').textContent()).toBe(lang === 'th' ? 'ข้อมูลเปิด' : 'Open data');
    const links = await page.locator('table a[download]').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(links).toEqual(years.flatMap((csv) => [`/data/releases-${csv.year}.jsonl.gz`, `/data/releases-${csv.year}.csv`]));
    expect(await page.locator('#fields ~ div table tbody th code').allTextContents()).toEqual(rowFields);
    const dataset = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text)).find((data) => data['@type'] === 'Dataset');
    expect(dataset.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toEqual(manifest.files.map((file) => file.url));
    expect(dataset).toMatchObject({ license: 'https://creativecommons.org/publicdomain/mark/1.0/', url: `${base}/${lang}/data`, dateModified: manifest.publishedAt });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a 320 px phone: wide tables scroll inside their box, the page never sideways', async () => {
    const { page } = await openPage(browser, `${base}/${lang}/data`, { width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    await screenshot(page, `data-${lang}-320`);
    await page.close();
  });
});

describe('the files under next start', () => {
  it('serves each file the manifest lists with its type and bytes', async () => {
    for (const file of manifest.files) {
      const answer = await fetch(`${base}/data/${file.name}`);
      expect([file.name, answer.status, (await answer.arrayBuffer()).byteLength]).toEqual([file.name, 200, file.bytes]);
    }
  });
});
