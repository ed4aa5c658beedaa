import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module of deploy/, loaded by Next.js at run time; it carries JSDoc types only.
import createMemoryHandler, { entryBytes } from '@/deploy/memory-handler.mjs';

/** A rendered page as Next.js hands it to a cache handler: HTML, its RSC payload and its segments' payloads. */
function page(tags: string[] = []) {
  return {
    lastModified: Date.now() - 1000,
    lifespan: null,
    tags,
    value: {
      kind: 'APP_PAGE',
      html: '<p>ข่าว</p>'.repeat(5000),
      rscData: Buffer.alloc(50_000, 0x41),
      segmentData: new Map([['/_tree', Buffer.alloc(2_000)]]),
      headers: { 'x-next-cache-tags': tags.join(',') },
      status: 200,
    },
  };
}

describe("an instance's own page cache (deploy/memory-handler.mjs)", () => {
  it('weighs a page by its bytes: HTML as UTF-16, payloads as they are, 1 KB for the rest', () => {
    const entry = page();
    expect(entryBytes(entry)).toBe(1024 + entry.value.html.length * 2 + 50_000 + 2_000);
  });

  it('gives back what it was given, and forgets a page whose tag was revalidated after it was stored', async () => {
    const cache = createMemoryHandler();
    const entry = page(['_N_T_/th/news/2018-12-07-telmin-18']);
    await cache.set('/th/news/2018-12-07-telmin-18', entry);
    expect(await cache.get('/th/news/2018-12-07-telmin-18', { implicitTags: [] })).toBe(entry);
    expect(await cache.get('/th/news/other', { implicitTags: [] })).toBeNull();

    await cache.revalidateTag('_N_T_/th/news/2018-12-07-telmin-18');
    expect(await cache.get('/th/news/2018-12-07-telmin-18', { implicitTags: [] })).toBeNull();
  });

  it('keeps a page stored after a path was revalidated, and honours setOnlyIfNotExists', async () => {
    const cache = createMemoryHandler();
    await cache.revalidateTag('_N_T_/th');
    const first = { ...page(), lastModified: Date.now() + 1 };
    await cache.set('/th', first);
    await cache.set('/th', page(), { setOnlyIfNotExists: true });
    expect(await cache.get('/th', { implicitTags: ['_N_T_/th'] })).toBe(first);
  });

  it('stays within its byte budget: the oldest pages leave first', async () => {
    const cache = createMemoryHandler();
    const budget = 64 * 1024 * 1024;
    const perPage = entryBytes(page());
    const stored = Math.ceil(budget / perPage) + 20;
    for (let i = 0; i < stored; i++) await cache.set(`/th/news/${i}`, page());
    expect(await cache.get('/th/news/0', { implicitTags: [] })).toBeNull();
    expect(await cache.get(`/th/news/${stored - 1}`, { implicitTags: [] })).not.toBeNull();
  });
});
