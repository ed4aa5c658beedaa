import { gzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { contentRoot, filedRelease, loadArchive, type Story } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { facetCounts, RELEASES_PER_PAGE } from '@/lib/listing';
import { axeViolations, launch, openPage, screenshot } from './browser';

const base = inject('baseUrl');
// The stories come from the content the server was built from (`CONTENT_DIR`, else ./content) at test time, so the
// importer may change them freely.
const { archive } = loadArchive(contentRoot());
const agencyOf = (story: Story) => filedRelease(story).agency;
const withAgency = (stories: readonly Story[]) => stories.find((story) => story.th && agencyOf(story) && archive.agencies[agencyOf(story)!]);
const legacy = archive.stories.find((story) => story.th?.legacyId !== undefined);
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

describe.each(['th', 'en'] as const)('browsing in %s', (lang: Locale) => {
  it('walks home → all news → page 2 → a release → its agency → that agency’s feed', async () => {
    // English listings lead with the releases readable in English (Thai-only ones are one click away).
    const listed = lang === 'en' ? archive.stories.filter((story) => story.en) : archive.stories;
    const { page, problems } = await openPage(browser, `${base}/${lang}`);
    await page.click(`.site-nav a[href="/${lang}/news"]`);
    expect(page.url()).toBe(`${base}/${lang}/news`);
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(`${base}/${lang}/news`);
    expect(await page.locator('.release-list__item').count()).toBe(Math.min(RELEASES_PER_PAGE, listed.length));

    let shown = listed.slice(0, RELEASES_PER_PAGE);
    if (listed.length > RELEASES_PER_PAGE) {
      await page.click('.pagination a[rel="next"]');
      expect(page.url()).toBe(`${base}/${lang}/news/page/2`);
      expect(await page.getAttribute('.pagination [aria-current="page"]', 'href')).toBe(`/${lang}/news/page/2`);
      shown = listed.slice(RELEASES_PER_PAGE, 2 * RELEASES_PER_PAGE);
      const dates = await page.locator('.release-list time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
      expect(dates).toEqual(shown.map((story) => story.date));
    } else {
      expect(await page.locator('.pagination').count()).toBe(0);
      expect((await fetch(`${base}/${lang}/news/page/2`)).status).toBe(404);
    }

    const story = withAgency(shown);
    expect(story, 'a listed release names its agency').toBeDefined();
    await page.click(`.release-list a[href="/${lang}/news/${story!.slug}"]`);
    expect(page.url()).toBe(`${base}/${lang}/news/${story!.slug}`);
    expect(await page.locator('.breadcrumbs li').count()).toBe(5);
    const types = (await jsonLd(page)).map((block) => block['@type']);
    expect(types).toEqual(story![lang] ? ['BreadcrumbList', 'NewsArticle'] : ['BreadcrumbList']);

    const agency = agencyOf(story!)!;
    await page.click(`.article__meta a[href="/${lang}/agency/${agency}"]`);
    expect(page.url()).toBe(`${base}/${lang}/agency/${agency}`);
    expect(await page.textContent('h1')).toBe(archive.agencies[agency]![lang]);
    expect(await page.getAttribute('link[rel="alternate"][type="application/rss+xml"]', 'href')).toBe(`${base}/${lang}/agency/${agency}/rss.xml`);
    const href = await page.getAttribute('.feed-links a[type="application/rss+xml"]', 'href');
    const { type, data } = await fetchXml(href!);
    expect(type).toContain('application/rss+xml');
    expect(data.rss.channel.language).toBe(lang);
    expect(data.rss.channel.item.map((item: { link: string }) => item.link)).toContain(`${base}/${lang}/news/${story!.slug}`);
    expect(problems).toEqual([]);
  });
});

describe('the English side', () => {
  it('leads with the releases readable in English; a plain link adds the Thai-only ones, labelled', async () => {
    const { page, problems } = await openPage(browser, `${base}/en/news`);
    const english = archive.stories.filter((story) => story.en);
    const thaiOnly = archive.stories.length - english.length;
    if (thaiOnly === 0 || english.length === 0) {
      expect(await page.locator('.listing__filter a').count()).toBe(0);
      return;
    }
    expect(await page.locator('.release-list__item').count()).toBe(Math.min(RELEASES_PER_PAGE, english.length));
    expect(await page.locator('.release-list__item[data-other-language]').count()).toBe(0);
    expect(await page.textContent('.listing__filter')).toContain(`Showing the ${english.length} releases in English.`);
    await page.click('.listing__filter a');
    expect(page.url()).toBe(`${base}/en/news/with-thai`);
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toContain('noindex');
    expect(await page.textContent('.listing__filter')).toContain(`${thaiOnly} of them are in Thai only`);
    const firstThaiOnly = archive.stories.slice(0, RELEASES_PER_PAGE).find((story) => !story.en);
    if (firstThaiOnly) {
      const item = page.locator(`.release-list__item:has(a[href="/en/news/${firstThaiOnly.slug}"])`);
      expect(await item.locator('.badge').textContent()).toBe('Thai only');
      expect(await item.locator('h2 a').getAttribute('lang')).toBe('th');
    }
    await page.click('.listing__filter a');
    expect(page.url()).toBe(`${base}/en/news`);
    expect(problems).toEqual([]);
  });

  it('labels an English-only release in Thai listings and says on its Thai page that it is in English only', async () => {
    const englishOnly = archive.stories.find((story) => !story.th);
    expect(englishOnly, 'the shipped content has an English-only release').toBeDefined();
    const { page, response, problems } = await openPage(browser, `${base}/th/news/${englishOnly!.slug}`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toContain('noindex');
    expect(await page.getAttribute('h1', 'lang')).toBe('en');
    expect(await page.textContent('.notice')).toContain('ข่าวนี้เผยแพร่เป็นภาษาอังกฤษเท่านั้น');
    expect(await page.getAttribute('.notice a', 'href')).toBe(`/en/news/${englishOnly!.slug}`);
    expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(0);
    const legacyId = englishOnly!.en!.legacyId;
    if (legacyId !== undefined) {
      const answer = await fetch(`${base}/news/contents/details/${legacyId}`, { redirect: 'manual' });
      expect(answer.status).toBe(308);
      expect(answer.headers.get('location')).toMatch(new RegExp(`/en/news/${englishOnly!.slug}$`));
    }
    expect(problems).toEqual([]);
  });
});

  it('sends the old `translated` listing addresses to the English listings that replaced them', async () => {
    const agency = archive.stories.find((story) => story.en?.agency)?.en?.agency;
    const cases: [string, string][] = [
      ['/en/news/translated', '/en/news'],
      ['/en/news/translated/page/2', '/en/news/page/2'],
      ...(agency ? ([[`/en/agency/${agency}/translated`, `/en/agency/${agency}`]] as [string, string][]) : []),
    ];
    for (const [old, now] of cases) {
      const answer = await fetch(`${base}${old}`, { redirect: 'manual' });
      expect(answer.status, old).toBe(308);
      expect(new URL(answer.headers.get('location')!, base).pathname).toBe(now);
    }
  });

describe('old thaigov.go.th links', () => {
  it('redirect with 308 to the Thai page of the imported release; an unknown id is a 404', async () => {
    expect(legacy, 'the shipped content has a release with a legacyId').toBeDefined();
    const answer = await fetch(`${base}/news/contents/details/${legacy!.th!.legacyId}`, { redirect: 'manual' });
    expect(answer.status).toBe(308);
    expect(new URL(answer.headers.get('location')!, base).href).toBe(`${base}/th/news/${legacy!.slug}`);
    const { page, response } = await openPage(browser, `${base}/news/contents/details/${legacy!.th!.legacyId}`);
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(`${base}/th/news/${legacy!.slug}`);
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

describe('being found', () => {
  it('serves a sitemap index whose files list every indexable page, with symmetric hreflang pairs', async () => {
    const robots = await (await fetch(`${base}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`);
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
    for (const story of archive.stories) {
      expect(alternates.has(`${base}/th/news/${story.slug}`)).toBe(Boolean(story.th));
      expect(alternates.has(`${base}/en/news/${story.slug}`)).toBe(Boolean(story.en));
    }
    for (const [url, languages] of alternates) {
      if (Object.keys(languages).length === 0) continue;
      expect(Object.values(languages)).toContain(url);
      for (const target of Object.values(languages)) expect(alternates.get(target), `${target} from ${url}`).toEqual(languages);
    }
  });

  it('publishes RSS 2.0 and Atom for each language, category and agency', async () => {
    const scopes = [
      { path: 'news', count: archive.stories.length },
      ...facetCounts(archive, 'category').map(({ id, count }) => ({ path: `category/${id}`, count })),
      ...facetCounts(archive, 'agency').map(({ id, count }) => ({ path: `agency/${id}`, count })),
    ];
    for (const lang of ['th', 'en']) {
      for (const { path, count } of scopes) {
        const rss = await fetchXml(`/${lang}/${path}/rss.xml`);
        expect(rss.type).toContain('application/rss+xml');
        expect(rss.data.rss['@version']).toBe('2.0');
        expect(rss.data.rss.channel.item).toHaveLength(Math.min(50, count));
        const atom = await fetchXml(`/${lang}/${path}/atom.xml`);
        expect(atom.type).toContain('application/atom+xml');
        expect(atom.data.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
        expect(atom.data.feed.entry).toHaveLength(Math.min(50, count));
      }
    }
  });

  it('gives every page type a canonical link, valid JSON-LD and zero axe violations, at 390 and 320 px', async () => {
    const story = withAgency(archive.stories)!;
    const thaiOnly = archive.stories.find((s) => !s.en);
    const year = story.date.slice(0, 4);
    const pages = [
      '/th',
      '/en',
      '/th/news',
      `/th/news/${year}`,
      `/en/news/${story.date.slice(0, 7).replace('-', '/')}`,
      `/th/agency/${agencyOf(story)}`,
      ...(filedRelease(story).category ? [`/en/category/${filedRelease(story).category}`] : []),
      '/th/category',
      '/en/agency',
      `/th/news/${story.slug}`,
      `/en/news/${story.slug}`,
      ...(thaiOnly ? [`/en/news/${thaiOnly.slug}`] : []),
      ...(archive.stories.length > RELEASES_PER_PAGE ? ['/en/news/page/2'] : []),
    ];
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
      }
      if (path === `/th/news/${year}` || path === `/th/news/${story.slug}` || path === '/en/news/page/2') {
        for (const width of [390, 320]) {
          await page.setViewportSize({ width, height: 800 });
          await screenshot(page, `browse-${width}${path.replaceAll('/', '-')}`);
        }
      }
    }
  }, 180_000); // 26 page loads with axe at two widths: ~50 s on a loaded 2-core machine

  it('describes a release with NewsArticle JSON-LD, Open Graph and Twitter meta; its HTML is small', async () => {
    const story = withAgency(archive.stories.filter((s) => s.en)) ?? withAgency(archive.stories)!;
    const { page } = await openPage(browser, `${base}/th/news/${story.slug}`);
    const article = (await jsonLd(page)).find((block) => block['@type'] === 'NewsArticle')!;
    expect(article).toMatchObject({
      headline: story.th!.title,
      inLanguage: 'th',
      datePublished: `${story.date}T00:00:00+07:00`,
      publisher: { '@type': 'GovernmentOrganization', name: archive.agencies[agencyOf(story)!]!.th },
    });
    expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/);
    expect(await page.getAttribute('meta[property="og:type"]', 'content')).toBe('article');
    expect(await page.getAttribute('meta[property="og:url"]', 'content')).toBe(`${base}/th/news/${story.slug}`);
    expect(await page.getAttribute('meta[property="og:locale"]', 'content')).toBe('th_TH');
    // A release with an image is shared as a large picture card; one without, as a plain summary.
    expect(await page.getAttribute('meta[name="twitter:card"]', 'content')).toBe(story.th?.image ? 'summary_large_image' : 'summary');
    const html = await (await fetch(`${base}/th/news/${story.slug}`)).text();
    expect(gzipSync(html).length).toBeLessThanOrEqual(25 * 1024);
  });

  it('prints an article without navigation, with its address and source', async () => {
    const story = archive.stories.find((s) => s.th?.source) ?? archive.stories.find((s) => s.th)!;
    const { page } = await openPage(browser, `${base}/th/news/${story.slug}`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.breadcrumbs', '.language-switch', '.site-footer']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.article__address').innerText()).toContain(`${base}/th/news/${story.slug}`);
    if (story.th?.source) expect(await page.locator('.article__source').isVisible()).toBe(true);
  });
});

describe('a crawl from /th and /en', () => {
  it('finds no broken internal link', { timeout: 600_000 }, async () => {
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
    expect(seen.size).toBeGreaterThan(archive.stories.length);
  });
});
