import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getArchive, versionsOf, type Archive } from '@/lib/content';
import { encodeCursor } from '@/lib/api/query';
import { releaseAnswer, releasesAnswer } from '@/lib/api/handlers';
import { API_CACHE_CONTROL } from '@/lib/api/http';
import type { RegistryItem, ReleasePage, ReleasePair } from '@/lib/api/schemas';
import * as releasesRoute from '@/app/api/v1/releases/route';
import * as releaseRoute from '@/app/api/v1/releases/[slug]/route';
import * as agenciesRoute from '@/app/api/v1/agencies/route';
import * as categoriesRoute from '@/app/api/v1/categories/route';
import * as openApiRoute from '@/app/api/v1/openapi.json/route';
import { archiveOf, testSite } from '../helpers/site';
import { updateOpenData } from '@/lib/data/update';
import { checkedBody } from './openapi-check';

/**
 * The API's route files on the shipped sample (`content/`: 325 stories, 305 Thai and 31 English versions), every
 * answer checked against the OpenAPI document (`checkedBody`). Publications between two requests are tried on tiny
 * sites through the same handlers.
 */

const ORIGIN = 'http://localhost:3000';

// The answers' Last-Modified is the time of the open data's publication: write the sample's own, apart from
// public/data (which the browser tests' build writes at the same time).
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'api-data-'));
  await updateOpenData(getArchive(), { out: dataDir, stateFile: join(dataDir, 'state.json') });
  process.env.OPEN_DATA_DIR = dataDir;
}, 120_000);
afterAll(() => {
  delete process.env.OPEN_DATA_DIR;
  rmSync(dataDir, { recursive: true, force: true });
});

/** GET `path` from the route file that serves it. */
async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const request = new Request(`${ORIGIN}${path}`, { headers });
  const { pathname } = new URL(request.url);
  const slug = /^\/api\/v1\/releases\/([^/]+)$/.exec(pathname)?.[1];
  if (slug) return releaseRoute.GET(request, { params: Promise.resolve({ slug }) });
  const routes: Record<string, (request: Request) => Response> = {
    '/api/v1/releases': releasesRoute.GET,
    '/api/v1/agencies': agenciesRoute.GET,
    '/api/v1/categories': categoriesRoute.GET,
    '/api/v1/openapi.json': openApiRoute.GET,
  };
  return routes[pathname]!(request);
}

async function body<T>(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: T }> {
  const response = await get(path, headers);
  return { status: response.status, headers: response.headers, body: await checkedBody<T>(path, response) };
}

/** Every page of a list query, following `next`. */
async function allPages(query: string): Promise<ReleasePage['items']> {
  const items: ReleasePage['items'] = [];
  let cursor: string | null = null;
  do {
    const page: { body: ReleasePage } = await body<ReleasePage>(`/api/v1/releases?${query}${cursor ? `&cursor=${cursor}` : ''}`);
    items.push(...page.body.items);
    cursor = page.body.next;
  } while (cursor);
  return items;
}

const key = (item: { slug: string; language: string }) => `${item.slug}.${item.language}`;
/** Every version of the archive in the API's order: newest story first, Thai before English. */
const versions = (archive: Archive) => archive.stories.flatMap((story) => versionsOf(story).map((release) => `${story.slug}.${release.lang}`));

describe('GET /api/v1/releases', () => {
  it('lists 20 releases newest first, with the next page in the body and in a Link header, cacheable and open to any site', async () => {
    const page = await body<ReleasePage>('/api/v1/releases');
    expect(page.status).toBe(200);
    expect(page.body.items.map(key)).toEqual(versions(getArchive()).slice(0, 20));
    expect(page.body.items[0]).not.toHaveProperty('bodyMarkdown');
    expect(page.headers.get('link')).toBe(`<${ORIGIN}/api/v1/releases?cursor=${page.body.next}>; rel="next"`);
    expect(page.headers.get('cache-control')).toBe(API_CACHE_CONTROL);
    expect(page.headers.get('access-control-allow-origin')).toBe('*');
    expect(page.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });

  it('walks every release version exactly once, page after page', async () => {
    const items = await allPages('limit=100');
    expect(items.map(key)).toEqual(versions(getArchive()));
    expect(items.length).toBe(336);
  });

  it('filters by language, year, month, agency, category and last change', async () => {
    const archive = getArchive();
    expect((await allPages('lang=en&limit=100')).map(key)).toEqual(versions(archive).filter((k) => k.endsWith('.en')));
    expect((await allPages('lang=en&limit=100')).length).toBe(31);
    const in2018 = await allPages('year=2018&limit=7');
    expect(in2018.map(key)).toEqual(versions(archive).filter((k) => k.startsWith('2018-')));
    expect((await allPages('year=2018&month=12')).map(key)).toEqual(versions(archive).filter((k) => k.startsWith('2018-12-')));
    const byAgency = await allPages('agency=opm&limit=100');
    expect(byAgency.length).toBe(24);
    expect(new Set(byAgency.map((item) => item.agencyId))).toEqual(new Set(['opm']));
    const byCategory = await allPages('category=economy&lang=th&limit=100');
    expect(byCategory.length).toBe(59);
    expect(new Set(byCategory.map((item) => `${item.categoryId} ${item.language}`))).toEqual(new Set(['economy th']));
    const recent = await allPages('updatedSince=2025-06-01&limit=100');
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.map(key)).toEqual(versions(archive).filter((k) => recent.some((item) => key(item) === k)));
    expect(recent.every((item) => item.lastChanged >= '2025-06-01')).toBe(true);
    expect((await allPages('limit=100')).filter((item) => item.lastChanged >= '2025-06-01').length).toBe(recent.length);
  });

  it('answers a bad filter with 400 problem+json naming each bad parameter', async () => {
    const cases: [string, string[]][] = [
      ['langs=th', ['langs']],
      ['lang=th&lang=en', ['lang']],
      ['lang=fr', ['lang']],
      ['year=18', ['year']],
      ['year=2018&month=13', ['month']],
      ['month=12', ['month']],
      ['updatedSince=2018-02-30', ['updatedSince']],
      ['limit=101', ['limit']],
      ['limit=0', ['limit']],
      ['cursor=not-a-cursor', ['cursor']],
      [`cursor=${Buffer.from('["x","th"]').toString('base64url')}`, ['cursor']],
      ['agency=nobody&category=nothing', ['agency', 'category']],
    ];
    for (const [query, names] of cases) {
      const answer = await body<{ status: number; title: string; detail: string; invalidParams: { name: string }[] }>(`/api/v1/releases?${query}`);
      expect([query, answer.status, answer.body.title, answer.body.invalidParams.map((p) => p.name)]).toEqual([query, 400, 'Bad Request', names]);
    }
    const month = await body<{ detail: string }>('/api/v1/releases?month=12');
    expect(month.body.detail).toBe('the query has 1 bad parameter(s): month: month needs year');
  });

  it('answers 304 to a request that names the current ETag', async () => {
    const first = await get('/api/v1/releases?lang=en&limit=5');
    const etag = first.headers.get('etag')!;
    const again = await get('/api/v1/releases?lang=en&limit=5', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    await checkedBody('/api/v1/releases', again);
    expect((await get('/api/v1/releases?lang=en&limit=5', { 'If-None-Match': '"other"' })).status).toBe(200);
  });

  it('keeps its place across a publication: a page after a cursor neither repeats nor skips a release', async () => {
    const releases = Array.from({ length: 6 }, (_, i) => ({ slug: `2019-03-0${i + 1}-r${i}`, title: `ข่าว ${i}` }));
    const first = releasesAnswer(new Request(`${ORIGIN}/api/v1/releases?limit=2`), archiveOf(releases));
    const page = await checkedBody<ReleasePage>('/api/v1/releases', first);
    expect(page.items.map((item) => item.slug)).toEqual(['2019-03-06-r5', '2019-03-05-r4']);
    expect(page.next).toBe(encodeCursor({ slug: '2019-03-05-r4', lang: 'th' }));
    // Published meanwhile: a newer release, and the last release of page 1 deleted.
    const after = archiveOf([{ slug: '2019-03-09-new', title: 'ใหม่' }, ...releases.filter((r) => r.slug !== '2019-03-05-r4')]);
    const second = releasesAnswer(new Request(`${ORIGIN}/api/v1/releases?limit=2&cursor=${page.next}`), after);
    expect((await checkedBody<ReleasePage>('/api/v1/releases', second)).items.map((item) => item.slug)).toEqual(['2019-03-04-r3', '2019-03-03-r2']);
  });
});

describe('GET /api/v1/releases/{slug}', () => {
  it('gives a release with both its language versions and their text', async () => {
    const answer = await body<ReleasePair>('/api/v1/releases/2018-12-07-telmin-18');
    expect(answer.status).toBe(200);
    expect(answer.body.slug).toBe('2018-12-07-telmin-18');
    expect([answer.body.th?.language, answer.body.en?.language]).toEqual(['th', 'en']);
    expect(answer.body.th?.title).toBe('กระทรวงดิจิทัลฯ เผยที่ประชุม TELMIN ครั้งที่ 18 เห็นพ้องข้อเสนอไทยเรื่อง “มั่นคงปลอดภัยไซเบอร์” ความเชื่อมโยงและการขับเคลื่อนเศรษฐกิจดิจิทัลฯ');
    expect(answer.body.th?.bodyText.length).toBeGreaterThan(500);
    expect(answer.body.en?.translationSlug).toBe('2018-12-07-telmin-18');
  });

  it('answers 404 for an unknown slug, 400 for a query, and 410 for a release deleted after publication', async () => {
    const missing = await body<{ status: number; detail: string }>('/api/v1/releases/2018-12-07-nothing');
    expect([missing.status, missing.body.detail]).toEqual([404, 'no release has the slug "2018-12-07-nothing"; GET /api/v1/releases lists them']);
    expect((await body<{ status: number }>('/api/v1/releases/2018-12-07-telmin-18?lang=th')).status).toBe(400);
    const { archive } = testSite({ 'gone.yaml': '2018-10-01-removed:\n  removed: 2018-10-05\n' });
    const gone = releaseAnswer(new Request(`${ORIGIN}/api/v1/releases/2018-10-01-removed`), archive, '2018-10-01-removed');
    const problem = await checkedBody<{ status: number; detail: string }>('/api/v1/releases/2018-10-01-removed', gone);
    expect([gone.status, problem.detail]).toEqual([410, 'the release 2018-10-01-removed was deleted on 2018-10-05; /data/deleted.json lists every deleted release']);
  });
});

describe('GET /api/v1/agencies and /api/v1/categories', () => {
  it('lists every registry entry by id with its names and the releases filed under it', async () => {
    const archive = getArchive();
    for (const kind of ['agencies', 'categories'] as const) {
      const answer = await body<{ items: RegistryItem[] }>(`/api/v1/${kind}`);
      expect(answer.body.items.map((item) => item.id)).toEqual(Object.keys(archive[kind]).sort());
      const field = kind === 'agencies' ? 'agency' : 'category';
      expect(answer.body.items.reduce((sum, item) => sum + item.releases, 0)).toBe(archive.stories.filter((story) => (story.th ?? story.en)![field] !== undefined).length);
    }
    const opm = (await body<{ items: RegistryItem[] }>('/api/v1/agencies')).body.items.find((item) => item.id === 'opm');
    expect(opm).toMatchObject({ id: 'opm', nameEn: archive.agencies.opm!.en, nameTh: archive.agencies.opm!.th, releases: 24 });
    expect((await body<{ status: number }>('/api/v1/categories?page=2')).status).toBe(400);
  });

  it('serves the OpenAPI document', async () => {
    const answer = await get('/api/v1/openapi.json');
    expect(answer.status).toBe(200);
    const document = (await answer.json()) as { openapi: string; servers: { url: string }[]; paths: object };
    expect([document.openapi, document.servers, Object.keys(document.paths)]).toEqual(['3.1.0', [{ url: `${ORIGIN}/api/v1` }], ['/releases', '/releases/{slug}', '/agencies', '/categories']]);
  });
});
