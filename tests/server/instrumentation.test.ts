import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { register, warmUp } from '@/instrumentation';
import { releaseFiles, testSite } from '../helpers/site';

const slot = globalThis as Record<symbol, unknown>;
const archiveSlot = Symbol.for('thaigov-news-archive.archive');

afterEach(() => {
  vi.unstubAllEnvs();
  delete slot[archiveSlot];
});

/** A stand-in for the server itself: records the requests it gets, answers `status`. */
async function listening(status = 200) {
  const requests: { path?: string; agent?: string }[] = [];
  const server = createServer((request, response) => {
    requests.push({ path: request.url, agent: request.headers['user-agent'] });
    response.writeHead(status).end('<p>ข่าว</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = String((server.address() as AddressInfo).port);
  return { requests, port, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('a production server start', () => {
  const site = testSite(
    releaseFiles([
      { slug: '2018-12-07-telmin-18', title: 'ดีอี แถลงผลงาน' },
      { slug: '2016-01-05-first', en: 'The oldest release, in English only' },
    ]),
  );

  it('loads the archive before the first request', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('CONTENT_DIR', site.root);
    expect(slot[archiveSlot]).toBeUndefined();
    await register();
    expect((slot[archiveSlot] as typeof site.archive).stories.map((story) => story.slug)).toEqual(['2018-12-07-telmin-18', '2016-01-05-first']);
  });

  it('asks itself for its oldest release once, so that no reader pays the first render', async () => {
    const server = await listening();
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('CONTENT_DIR', site.root);
    vi.stubEnv('PORT', server.port);
    await register();
    await vi.waitFor(() => expect(server.requests).toEqual([{ path: '/en/news/2016-01-05-first', agent: 'thaigov-news-archive warm-up' }]));
    await server.close();
  });

  it('only logs a warm-up that fails', async () => {
    const server = await listening(500);
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await warmUp('/th/news/2018-12-07-telmin-18', server.port);
    await server.close();
    await warmUp('/th/news/2018-12-07-telmin-18', server.port);
    expect(warned.mock.calls.map(([message]) => message)).toEqual([
      `warm-up: http://127.0.0.1:${server.port}/th/news/2018-12-07-telmin-18 answered 500`,
      expect.stringMatching(/^warm-up: .* failed \(fetch failed\); the first reader renders the first page$/),
    ]);
  });

  it('leaves the archive to the pages during `next build` and on the edge runtime', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('CONTENT_DIR', site.root);
    vi.stubEnv('NEXT_RUNTIME', 'edge');
    await register();
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    await register();
    expect(slot[archiveSlot]).toBeUndefined();
  });

  it('still starts when the content has an error, and says why', async () => {
    const broken = testSite(releaseFiles([{ slug: '2018-12-07-broken', title: '' }]));
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('CONTENT_DIR', broken.root);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await register();
    expect(slot[archiveSlot]).toBeUndefined();
    expect(logged.mock.calls[0]?.[0]).toMatch(/^archive not loaded at start: 1 content error\(s\):\n.*2018-12-07-broken\.th\.md:2: /);
  });
});
