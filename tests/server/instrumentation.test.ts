import { afterEach, describe, expect, it, vi } from 'vitest';
import { register } from '@/instrumentation';
import { releaseFiles, testSite } from '../helpers/site';

const slot = globalThis as Record<symbol, unknown>;
const archiveSlot = Symbol.for('thaigov-news-archive.archive');

afterEach(() => {
  vi.unstubAllEnvs();
  delete slot[archiveSlot];
});

describe('a production server start', () => {
  const site = testSite(releaseFiles([{ slug: '2018-12-07-telmin-18', title: 'ดีอี แถลงผลงาน' }]));

  it('loads the archive before the first request', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('CONTENT_DIR', site.root);
    expect(slot[archiveSlot]).toBeUndefined();
    await register();
    expect((slot[archiveSlot] as typeof site.archive).stories.map((story) => story.slug)).toEqual(['2018-12-07-telmin-18']);
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
    const broken = testSite({ 'news/2018/2018-12-07-broken.th.md': '---\ntitle: ""\ndate: 2018-12-07\n---\n\nText\n' });
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('CONTENT_DIR', broken.root);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await register();
    expect(slot[archiveSlot]).toBeUndefined();
    expect(logged.mock.calls[0]?.[0]).toMatch(/^archive not loaded at start: 1 content error\(s\):\n.*2018-12-07-broken\.th\.md:2: /);
  });
});
