import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser';

const base = inject('baseUrl');
const slug = '2026-12-01-publish-live-test';
const file = join('content', 'news', '2026', `${slug}.th.md`);
const goneFile = join('content', 'gone.yaml');
const title = 'ข่าวทดสอบการเผยแพร่สด PUBLISHLIVE';
const release = `---\ntitle: "${title}"\ndate: 2026-12-01\nagency: mdes\ncategory: government-house\nlegacyId: 999999901\nimage: publish-live.png\nimageAlt: ภาพทดสอบ\n---\n\nเนื้อข่าวทดสอบการเผยแพร่สด PUBLISHLIVE โดยไม่หยุดเซิร์ฟเวอร์\n`;
const imageFile = join('content', 'news', '2026', 'publish-live.png');
const goneBefore = existsSync(goneFile) ? readFileSync(goneFile, 'utf8') : undefined;

/** `npm run publish -- --server <test server>`; its output. */
function publish(): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/publish.ts', '--server', base], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run publish failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/**
 * `npm run publish -- --server <test server> --server <an address nothing answers>`, which must fail; its error
 * output. Run without blocking this process: a connection the server closes meanwhile must be seen closed before the
 * next fetch.
 */
async function publishWithAServerDown(): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/publish.ts', '--server', base, '--server', 'http://127.0.0.1:9']);
  let output = '';
  let errors = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (errors += chunk));
  const status = await new Promise((resolve) => child.once('close', resolve));
  if (status !== 1) throw new Error(`npm run publish should have failed:\n${output}\n${errors}`);
  return errors;
}

/** The status of a page, its body read to the end (a body left unread keeps its connection busy). */
async function statusOf(path: string): Promise<number> {
  const answer = await fetch(`${base}${path}`);
  await answer.arrayBuffer();
  return answer.status;
}

/** Release files of the shipped sample that the tests below change and put back. */
const sample = {
  edited: join('content', 'news', '2019', '2019-02-12-18727.th.md'),
  moved: join('content', 'news', '2019', '2019-02-13-18747.th.md'),
  deleted: join('content', 'news', '2019', '2019-02-13-18757.th.md'),
};
const sampleBefore = Object.fromEntries(Object.values(sample).map((path) => [path, readFileSync(path, 'utf8')]));
const restoreSample = () => {
  for (const [path, text] of Object.entries(sampleBefore)) writeFileSync(path, text);
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  publish(); // what the server serves now is the last publication
}, 240_000);
afterAll(async () => {
  await browser?.close();
  restoreSample();
  rmSync(file, { force: true });
  rmSync(imageFile, { force: true });
  if (existsSync(dirname(file)) && readdirSync(dirname(file)).length === 0) rmSync(dirname(file), { recursive: true });
  if (goneBefore === undefined) rmSync(goneFile, { force: true });
  else writeFileSync(goneFile, goneBefore);
  publish();
}, 240_000);

describe('npm run publish', () => {
  it('puts a new release with its image on its page, the home page, its listing, a feed and search, without a restart', async () => {
    expect((await fetch(`${base}/th/news/${slug}`)).status).toBe(404);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, release);
    copyFileSync('tests/fixtures/images/photo-64x40.png', imageFile);
    const output = publish();
    expect(output).toContain(`new: ${slug}\n`);
    expect(output).toMatch(/published to 1 server\(s\) in [\d.]+ s: every affected page is served\n$/);

    const article = await openPage(browser, `${base}/th/news/${slug}`);
    expect(article.response?.status()).toBe(200);
    expect(await article.page.locator('h1').innerText()).toBe(title);
    expect(await article.page.locator('.article__image img').evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBe(64);
    const home = await openPage(browser, `${base}/th`);
    expect(await home.page.locator('.release-list__title a').first().getAttribute('href')).toBe(`/th/news/${slug}`);
    const listing = await openPage(browser, `${base}/th/agency/mdes`);
    expect(await listing.page.locator('.release-list__title a').first().innerText()).toBe(title);
    const feed = await (await fetch(`${base}/th/news/rss.xml`)).text();
    expect(feed).toContain(`<link>${base}/th/news/${slug}</link>`);
    const search = await openPage(browser, `${base}/th/search?q=PUBLISHLIVE`);
    await search.page.locator('#search-results ~ ol h3 a').first().waitFor();
    expect(await search.page.locator('#search-results ~ ol h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([`/th/news/${slug}`]);
    expect(search.problems).toEqual([]);
    for (const opened of [article, home, listing, search]) await opened.page.close();
  }, 240_000);

  it('answers 410 Gone for a deleted release, with the 404 design, and its legacy id still leads there', async () => {
    rmSync(file);
    rmSync(imageFile);
    const output = publish();
    expect(output).toContain(`deleted (410 Gone): ${slug}\n`);
    const gone = await openPage(browser, `${base}/th/news/${slug}`);
    expect(gone.response?.status()).toBe(410);
    expect(await gone.page.locator('h1').innerText()).toBe('ข่าวนี้ถูกนำออกแล้ว');
    // Served with the 404 design's own script policy, which its scripts satisfy (a refused one is a console error:
    // the only one is Chromium's word on the page's own status).
    expect(gone.response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
    expect(gone.problems).toEqual(['console: Failed to load resource: the server responded with a status of 410 (Gone)']);
    const legacy = await fetch(`${base}/news/contents/details/999999901`, { redirect: 'manual' });
    expect([legacy.status, legacy.headers.get('location')]).toEqual([308, `/th/news/${slug}`]);
    const home = await (await fetch(`${base}/th`)).text();
    expect(home).not.toContain(slug);
    await gone.page.close();
  }, 240_000);

  it('serves what was published, never what an editor saved since: a failing edit, a file moved out, a broken gone.yaml', async () => {
    const edited = readFileSync(sample.edited, 'utf8');
    writeFileSync(sample.edited, edited.replace(/^title: .*$/m, 'title: ""').replace('เวลา 13.30 น.', 'UNPUBLISHEDEDIT'));
    rmSync(sample.moved);
    appendFileSync(goneFile, 'broken: [\n');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    try {
      const editedPage = await fetch(`${base}/th/news/2019-02-12-18727`);
      const editedHtml = await editedPage.text();
      expect([editedPage.status, editedHtml.includes('UNPUBLISHEDEDIT'), editedHtml.includes('เวลา 13.30 น.')]).toEqual([200, false, true]);
      const moved = await fetch(`${base}/th/news/2019-02-13-18747`);
      expect([moved.status, (await moved.text()).includes('<h1')]).toEqual([200, true]);
      expect(await statusOf(`/th/news/${slug}`)).toBe(410);
    } finally {
      restoreSample();
      writeFileSync(goneFile, readFileSync(goneFile, 'utf8').replace('broken: [\n', ''));
    }
  }, 60_000);

  it('publishes nothing when a server cannot take the publication, and says so', async () => {
    rmSync(sample.deleted);
    try {
      const error = await publishWithAServerDown();
      expect(error).toMatch(/^http:\/\/127\.0\.0\.1:9: the server did not take publication p[0-9a-z]+ \(fetch failed\)\. .* Nothing was published: the site still serves publication p[0-9a-z]+\.\n$/);
      expect(await statusOf('/th/news/2019-02-13-18757')).toBe(200);
      // Search answers from the publication the page is of: the release the failed publication deleted is found.
      const search = await openPage(browser, `${base}/th/search?q=${encodeURIComponent('คุ้มครองปลากัดไทย')}`);
      await search.page.locator('#search-results ~ ol h3 a').first().waitFor();
      expect(await search.page.locator('#search-results ~ ol h3 a').first().getAttribute('href')).toBe('/th/news/2019-02-13-18757');
      await search.page.close();
    } finally {
      restoreSample();
    }
  }, 240_000);
});
