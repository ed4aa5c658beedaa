import { gzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Locale } from '@/lib/i18n/locales';
import { RELEASES_PER_PAGE } from '@/lib/listing';
import { axeViolations, launch, openPage, screenshot } from './browser';

/*
 * Browsing the site as a reader does, on the one build every browser test shares (global-setup.ts builds the shipped
 * `content/`; a second build for a fixture site would cost another one to two minutes a run).
 *
 * So that what a run checks does not depend on what the sample holds, this file never loads `content/` to work out
 * what to expect (that would run the rules under test a second time and check them against themselves) and never
 * branches on it. It names the few releases it walks through, below, with their exact titles, agency and
 * thaigov.go.th ids, and its first test fails, naming the release, if the sample loses or changes one: update this
 * list then. Facts about the whole archive (page 2, how many releases are in English, feed sizes, the sitemap) are
 * read from what the server shows and checked against each other; a sample too small to show them fails, it does
 * not skip. The sample has no withdrawn release (feeds leave those out; tests/editors/corrections.test.tsx).
 */

/** A translation pair, the only release of December 2018 and one of the agency `mdes`; it has an image. */
const telmin = {
  slug: '2018-12-07-telmin-18',
  th: 'กระทรวงดิจิทัลฯ เผยที่ประชุม TELMIN ครั้งที่ 18 เห็นพ้องข้อเสนอไทยเรื่อง “มั่นคงปลอดภัยไซเบอร์” ความเชื่อมโยงและการขับเคลื่อนเศรษฐกิจดิจิทัลฯ',
  en: "Digital Economy Ministry: 18th TELMIN agrees with Thailand's proposals on cybersecurity, connectivity and mobility, and driving the digital economy",
  legacyId: 17391,
};
const mdes = { id: 'mdes', th: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', en: 'Ministry of Digital Economy and Society' };
/** A translation pair whose versions have thaigov.go.th ids of their own; no agency, no image. */
const cabinet = { slug: '2025-03-27-94786', th: 'สรุปข่าวการประชุม ครม. 27 มีนาคม 2568', en: 'The cabinet met on March 27, 2025', legacyId: 94786, enLegacyId: 94887 };
/** A release in English only, of August 2025 (a month of three releases). */
const englishOnly = { slug: '2025-08-08-99498', en: 'Outcomes of Thailand – Cambodia GBC meeting', enLegacyId: 99498 };
/** A release in Thai only. */
const thaiOnly = { slug: '2025-07-29-98980', th: '"ภูมิธรรม" เดินทางถึงประเทศไทย หลังกลับจากการหารือกัมพูชาที่ประเทศมาเลเซีย' };

const base = inject('baseUrl');
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'sitemap', 'xhtml:link', 'item', 'entry'].includes(name) });

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Every JSON-LD block of the page, parsed (a block that is not valid JSON fails the test). */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}

async function fetchXml(path: string) {
  const answer = await fetch(`${base}${path}`);
  expect(answer.status, path).toBe(200);
  return { type: answer.headers.get('content-type') ?? '', data: xml.parse(await answer.text()) };
}

/** The numbers in a line of text the page shows (`Releases 1–20 of 325` → [1, 20, 325]). */
async function numbersIn(within: Page | Locator, selector: string): Promise<number[]> {
  return [...(await within.locator(selector).innerText()).matchAll(/\d+/g)].map(([digits]) => Number(digits));
}

/** The dates of the releases a listing page shows, in its order. */
const listedDates = (page: Page) => page.locator('.release-list time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));

describe('the releases this file names', () => {
  it('are in the build, with these titles', async () => {
    const pages: [string, string][] = [
      [`/th/news/${telmin.slug}`, telmin.th],
      [`/en/news/${telmin.slug}`, telmin.en],
      [`/th/news/${cabinet.slug}`, cabinet.th],
      [`/en/news/${cabinet.slug}`, cabinet.en],
      [`/en/news/${englishOnly.slug}`, englishOnly.en],
      [`/th/news/${thaiOnly.slug}`, thaiOnly.th],
    ];
    for (const [path, title] of pages) {
      const { page, response } = await openPage(browser, `${base}${path}`);
      expect(response?.status(), `${path}: the sample no longer has this release; update the list at the top of this file`).toBe(200);
      expect(await page.textContent('h1'), path).toBe(title);
      await page.close();
    }
  });
});

describe.each(['th', 'en'] as const)('browsing in %s', (lang: Locale) => {
  it('pages through all news, newest first: home → all news → page 2', async () => {
    const { page, problems } = await openPage(browser, `${base}/${lang}`);
    await page.click(`.site-nav a[href="/${lang}/news"]`);
    expect(page.url()).toBe(`${base}/${lang}/news`);
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(`${base}/${lang}/news`);
    expect(await page.locator('.release-list__item').count()).toBe(RELEASES_PER_PAGE);
    const [, , total] = await numbersIn(page, '.listing__count');
    expect(await numbersIn(page, '.listing__count')).toEqual([1, RELEASES_PER_PAGE, total]);
    expect(total, 'the sample fills more than one page').toBeGreaterThan(RELEASES_PER_PAGE);
    // English listings lead with the releases readable in English (the Thai-only ones are one click away).
    if (lang === 'en') expect(await page.locator('.release-list__item[data-other-language]').count()).toBe(0);
    const first = await listedDates(page);
    expect(first).toEqual(first.toSorted().reverse());

    await page.click('.pagination a[rel="next"]');
    expect(page.url()).toBe(`${base}/${lang}/news/page/2`);
    expect(await page.getAttribute('.pagination [aria-current="page"]', 'href')).toBe(`/${lang}/news/page/2`);
    const shown = Math.min(RELEASES_PER_PAGE, total! - RELEASES_PER_PAGE);
    expect(await numbersIn(page, '.listing__count')).toEqual([RELEASES_PER_PAGE + 1, RELEASES_PER_PAGE + shown, total]);
    const second = await listedDates(page);
    expect(second).toHaveLength(shown);
    expect([first.at(-1), ...second]).toEqual([first.at(-1), ...second].toSorted().reverse());
    expect(problems).toEqual([]);
  });

  it('walks from a month to a release, its agency and that agency’s feed', async () => {
    const { page, problems } = await openPage(browser, `${base}/${lang}/news/2018/12`);
    expect(await page.textContent('h1')).toContain(lang === 'th' ? 'ธันวาคม 2561' : 'December 2018');
    await page.click(`.release-list a[href="/${lang}/news/${telmin.slug}"]`);
    expect(page.url()).toBe(`${base}/${lang}/news/${telmin.slug}`);
    expect(await page.textContent('h1')).toBe(telmin[lang]);
    expect(await page.locator('.breadcrumbs li').count()).toBe(5);
    expect((await jsonLd(page)).map((block) => block['@type'])).toEqual(['BreadcrumbList', 'NewsArticle']);

    await page.click(`.article__meta a[href="/${lang}/agency/${mdes.id}"]`);
    expect(page.url()).toBe(`${base}/${lang}/agency/${mdes.id}`);
    expect(await page.textContent('h1')).toBe(mdes[lang]);
    expect(await page.getAttribute('link[rel="alternate"][type="application/rss+xml"]', 'href')).toBe(`${base}/${lang}/agency/${mdes.id}/rss.xml`);
    const href = await page.getAttribute('.feed-links a[type="application/rss+xml"]', 'href');
    const { type, data } = await fetchXml(href!);
    expect(type).toContain('application/rss+xml');
    expect(data.rss.channel.language).toBe(lang);
    expect(data.rss.channel.item.map((item: { link: string }) => item.link)).toContain(`${base}/${lang}/news/${telmin.slug}`);
    expect(problems).toEqual([]);
  });
});

describe('the English side', () => {
  it('leads with the releases readable in English; a plain link adds the Thai-only ones, labelled', async () => {
    const { page, problems } = await openPage(browser, `${base}/en/news`);
    expect(await page.locator('.release-list__item[data-other-language]').count()).toBe(0);
    expect(await page.textContent('.listing__filter')).toMatch(/^Showing the \d+ releases in English\. Show all, with the \d+ releases in Thai only$/);
    const [english, thaiOnlyCount] = await numbersIn(page, '.listing__filter');
    expect((await numbersIn(page, '.listing__count')).at(-1)).toBe(english);

    await page.click('.listing__filter a');
    expect(page.url()).toBe(`${base}/en/news/with-thai`);
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toContain('noindex');
    expect(await page.textContent('.listing__filter')).toMatch(/^Showing all \d+ releases; \d+ of them are in Thai only\. Show only the releases in English \(\d+\)$/);
    const [all, thaiOnlyAgain, englishAgain] = await numbersIn(page, '.listing__filter');
    expect([all! - english!, thaiOnlyAgain, englishAgain]).toEqual([thaiOnlyCount, thaiOnlyCount, english]);
    expect((await numbersIn(page, '.listing__count')).at(-1)).toBe(all);
    const labelled = page.locator('.release-list__item[data-other-language]');
    expect(await labelled.count(), 'the newest releases include Thai-only ones').toBeGreaterThan(0);
    expect(await labelled.locator('.badge').allTextContents()).toEqual(Array(await labelled.count()).fill('Thai only'));
    expect(await labelled.locator('h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('lang')))).toEqual(Array(await labelled.count()).fill('th'));

    await page.click('.listing__filter a');
    expect(page.url()).toBe(`${base}/en/news`);
    expect(problems).toEqual([]);
  });

  it('labels an English-only release in Thai listings and says on its Thai page that it is in English only', async () => {
    const listing = await openPage(browser, `${base}/th/news/2025/08`);
    const item = listing.page.locator(`.release-list__item:has(a[href="/th/news/${englishOnly.slug}"])`);
    expect(await item.locator('h2 a').getAttribute('lang')).toBe('en');
    expect(await item.locator('.badge').textContent()).toBe('ภาษาอังกฤษเท่านั้น');

    const { page, response, problems } = await openPage(browser, `${base}/th/news/${englishOnly.slug}`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toContain('noindex');
    expect(await page.textContent('h1')).toBe(englishOnly.en);
    expect(await page.getAttribute('h1', 'lang')).toBe('en');
    expect(await page.textContent('.notice')).toContain('ข่าวนี้เผยแพร่เป็นภาษาอังกฤษเท่านั้น');
    expect(await page.getAttribute('.notice a', 'href')).toBe(`/en/news/${englishOnly.slug}`);
    expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(0);
    expect([...listing.problems, ...problems]).toEqual([]);
  });

  it('sends the old `translated` listing addresses to the English listings that replaced them', async () => {
    for (const [old, now] of [
      ['/en/news/translated', '/en/news'],
      ['/en/news/translated/page/2', '/en/news/page/2'],
      [`/en/agency/${mdes.id}/translated`, `/en/agency/${mdes.id}`],
    ]) {
      const answer = await fetch(`${base}${old}`, { redirect: 'manual' });
      expect(answer.status, old).toBe(308);
      expect(new URL(answer.headers.get('location')!, base).pathname).toBe(now);
    }
  });
});

describe('old thaigov.go.th links', () => {
  it('redirect with 308 to the release in the language of that id; an unknown id is a 404', async () => {
    for (const [id, target] of [
      [telmin.legacyId, `/th/news/${telmin.slug}`],
      [cabinet.legacyId, `/th/news/${cabinet.slug}`],
      [cabinet.enLegacyId, `/en/news/${cabinet.slug}`],
      [englishOnly.enLegacyId, `/en/news/${englishOnly.slug}`],
    ] as const) {
      const answer = await fetch(`${base}/news/contents/details/${id}`, { redirect: 'manual' });
      expect(answer.status, String(id)).toBe(308);
      expect(new URL(answer.headers.get('location')!, base).href, String(id)).toBe(`${base}${target}`);
    }
    const { page, response } = await openPage(browser, `${base}/news/contents/details/${telmin.legacyId}`);
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(`${base}/th/news/${telmin.slug}`);
    expect((await fetch(`${base}/news/contents/details/999999999`, { redirect: 'manual' })).status).toBe(404);
  });
});

describe('404 pages', () => {
  it('offer a search form and the latest news, in the page language', async () => {
    // Inside a language the 404 links to the latest news (it travels in every page's payload); outside every route it lists them.
    for (const [path, lang, title, listed] of [
      ['/th/news/2018/13', 'th', 'ไม่พบหน้าที่ต้องการ', false],
      ['/en/agency/no-such-agency', 'en', 'Page not found', false],
      ['/no/such/page', 'en', 'Page not found', true],
      ['/news', 'th', 'ไม่พบหน้าที่ต้องการ', true],
    ] as const) {
      const { page, response } = await openPage(browser, `${base}${path}`);
      expect(response?.status(), path).toBe(404);
      const section = page.locator(`section[lang="${lang}"]`);
      await section.locator('h1').waitFor();
      expect(await section.locator('h1').textContent()).toBe(title);
      expect(await section.locator('form[role="search"]').getAttribute('action')).toBe(`/${lang}/search`);
      expect(await section.locator('input[name="q"]').count()).toBe(1);
      expect(await section.locator(`a[href="/${lang}/news"]`).count(), path).toBe(1);
      expect((await section.locator('.release-list__item').count()) > 0, path).toBe(listed);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
});

/** Every URL of the sitemap files, with its hreflang alternates (empty when it has none). */
async function sitemapUrls(): Promise<Map<string, Record<string, string>>> {
  const index = (await fetchXml('/sitemap.xml')).data.sitemapindex.sitemap as { loc: string; lastmod: string }[];
  expect(index.length).toBeGreaterThan(0);
  const alternates = new Map<string, Record<string, string>>();
  for (const file of index) {
    const urls = (await fetchXml(new URL(file.loc).pathname)).data.urlset.url as { loc: string; lastmod: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[];
    expect(urls.length).toBeLessThanOrEqual(50_000);
    for (const url of urls) {
      expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      alternates.set(url.loc, Object.fromEntries((url['xhtml:link'] ?? []).map((link) => [link['@hreflang'], link['@href']])));
    }
  }
  return alternates;
}

describe('being found', () => {
  it('serves a sitemap index whose files list every indexable page, with symmetric hreflang pairs', async () => {
    const robots = await (await fetch(`${base}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`);
    const alternates = await sitemapUrls();
    const pair = { th: `${base}/th/news/${telmin.slug}`, en: `${base}/en/news/${telmin.slug}` };
    expect(alternates.get(pair.th)).toEqual(pair);
    expect(alternates.get(pair.en)).toEqual(pair);
    expect(alternates.get(`${base}/en/news/${englishOnly.slug}`)).toEqual({});
    expect(alternates.has(`${base}/th/news/${englishOnly.slug}`)).toBe(false);
    expect(alternates.get(`${base}/th/news/${thaiOnly.slug}`)).toEqual({});
    expect(alternates.has(`${base}/en/news/${thaiOnly.slug}`)).toBe(false);
    for (const [url, languages] of alternates) {
      if (Object.keys(languages).length === 0) continue;
      expect(Object.values(languages)).toContain(url);
      for (const target of Object.values(languages)) expect(alternates.get(target), `${target} from ${url}`).toEqual(languages);
    }
  });

  it('publishes RSS 2.0 and Atom for each language, category and agency, as many releases as the indexes count (at most 50)', async () => {
    // Feeds of both languages carry every release, as Thai listings do (English listings lead with the English ones).
    const { page } = await openPage(browser, `${base}/th/news`);
    const total = (await numbersIn(page, '.listing__count')).at(-1)!;
    for (const lang of ['th', 'en'] as const) {
      const scopes = [{ path: 'news', count: total }];
      for (const kind of ['category', 'agency']) {
        await page.goto(`${base}/${lang}/${kind}`);
        for (const entry of await page.locator('.facet-index li').all()) {
          const href = (await entry.locator('a').getAttribute('href'))!;
          const [count] = await numbersIn(entry, '.facet-index__count');
          scopes.push({ path: href.slice(`/${lang}/`.length), count: count! });
        }
      }
      expect(scopes.length, lang).toBeGreaterThan(2);
      for (const { path, count } of scopes) {
        const rss = await fetchXml(`/${lang}/${path}/rss.xml`);
        expect(rss.type).toContain('application/rss+xml');
        expect(rss.data.rss['@version']).toBe('2.0');
        expect(rss.data.rss.channel.item, `${lang}/${path}`).toHaveLength(Math.min(50, count));
        const atom = await fetchXml(`/${lang}/${path}/atom.xml`);
        expect(atom.type).toContain('application/atom+xml');
        expect(atom.data.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
        expect(atom.data.feed.entry, `${lang}/${path}`).toHaveLength(Math.min(50, count));
      }
    }
  }, 120_000);

  it('gives every page type a canonical link, valid JSON-LD and zero axe violations, at 390 and 320 px', async () => {
    const pages = [
      '/th',
      '/en',
      '/th/news',
      '/th/news/2018',
      '/en/news/2018/12',
      `/th/agency/${mdes.id}`,
      '/en/category/government-house',
      '/th/category',
      '/en/agency',
      `/th/news/${telmin.slug}`,
      `/en/news/${telmin.slug}`,
      `/en/news/${thaiOnly.slug}`,
      '/en/news/page/2',
    ];
    const screenshots = new Set(['/th/news/2018', `/th/news/${telmin.slug}`, '/en/news/page/2']);
    for (const path of pages) {
      const { page, response, problems } = await openPage(browser, `${base}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.getAttribute('link[rel="canonical"]', 'href'), path).toBe(`${base}${path}`);
      for (const block of await jsonLd(page)) expect(block['@context'], path).toBe('https://schema.org');
      expect(await axeViolations(page), path).toEqual([]);
      expect(problems, path).toEqual([]);
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: 800 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px`).toBeLessThanOrEqual(width);
        if (screenshots.has(path)) await screenshot(page, `browse-${width}${path.replaceAll('/', '-')}`);
      }
    }
  }, 180_000); // 26 page loads with axe at two widths: ~50 s on a loaded 2-core machine

  it('describes a release with NewsArticle JSON-LD, Open Graph and Twitter meta; its HTML is small', async () => {
    const { page } = await openPage(browser, `${base}/th/news/${telmin.slug}`);
    const article = (await jsonLd(page)).find((block) => block['@type'] === 'NewsArticle')!;
    expect(article).toMatchObject({
      headline: telmin.th,
      inLanguage: 'th',
      datePublished: '2018-12-07T00:00:00+07:00',
      publisher: { '@type': 'GovernmentOrganization', name: mdes.th },
    });
    expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/);
    expect(await page.getAttribute('meta[property="og:type"]', 'content')).toBe('article');
    expect(await page.getAttribute('meta[property="og:url"]', 'content')).toBe(`${base}/th/news/${telmin.slug}`);
    expect(await page.getAttribute('meta[property="og:locale"]', 'content')).toBe('th_TH');
    // A release with an image is shared as a large picture card; one without, as a plain summary.
    expect(await page.getAttribute('meta[name="twitter:card"]', 'content')).toBe('summary_large_image');
    const plain = await openPage(browser, `${base}/en/news/${cabinet.slug}`);
    expect(await plain.page.getAttribute('meta[name="twitter:card"]', 'content')).toBe('summary');
    const html = await (await fetch(`${base}/th/news/${telmin.slug}`)).text();
    expect(gzipSync(html).length).toBeLessThanOrEqual(25 * 1024);
  });

  it('prints an article without navigation, with its address and source', async () => {
    const { page } = await openPage(browser, `${base}/th/news/${telmin.slug}`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.breadcrumbs', '.language-switch', '.site-footer']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.article__address').innerText()).toContain(`${base}/th/news/${telmin.slug}`);
    expect(await page.locator('.article__source').isVisible()).toBe(true);
  });
});

describe('a crawl from /th and /en', () => {
  it('finds no broken internal link, and reaches every page the sitemap lists', { timeout: 600_000 }, async () => {
    const seen = new Set<string>(['/th', '/en']);
    const queue = ['/th', '/en'];
    const broken: string[] = [];
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const answer = await fetch(`${base}${path}`, { redirect: 'manual' });
        if (answer.status !== 200) broken.push(`${answer.status} ${path}`);
        if (!(answer.headers.get('content-type') ?? '').includes('text/html')) continue;
        for (const [, href] of (await answer.text()).matchAll(/<a [^>]*href="([^"#]+)/g)) {
          const url = new URL(href!.replaceAll('&amp;', '&'), `${base}${path}`);
          if (url.origin !== base || seen.has(url.pathname + url.search)) continue;
          seen.add(url.pathname + url.search);
          queue.push(url.pathname + url.search);
        }
      }
    };
    // Workers pick up links the others find; a few rounds let the queue refill.
    for (let round = 0; round < 50 && queue.length > 0; round++) await Promise.all(Array.from({ length: 8 }, worker));
    expect(broken).toEqual([]);
    const unreached = [...(await sitemapUrls()).keys()].map((url) => url.slice(base.length)).filter((path) => !seen.has(path));
    expect(unreached).toEqual([]);
  });
});
