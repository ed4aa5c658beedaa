import { describe, expect, it } from 'vitest';
import type { Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types';
import { byPublication, servedPublication } from '@/deploy/by-publication.mjs';
import { serveArchive, servedArchive, type Archive } from '@/lib/content';

/** A shared cache as Redis holds it, in a Map: what each key holds. */
function sharedCache() {
  const entries = new Map<string, unknown>();
  const handler: Handler = {
    name: 'shared',
    get: async (key: string) => (entries.get(key) ?? null) as Awaited<ReturnType<Handler['get']>>,
    set: async (key: string, value: unknown) => void entries.set(key, value),
    revalidateTag: async () => {},
    delete: async (key: string) => void entries.delete(key),
  };
  return { entries, handler };
}

const page = (text: string) => ({ lastModified: 0, lifespan: null, tags: [], value: { kind: 'APP_PAGE', html: text } }) as never;
const meta = { implicitTags: [] };

describe('the shared page cache, by publication', () => {
  it('gives an instance only the pages rendered from the publication it serves', async () => {
    const { entries, handler } = sharedCache();
    let served: string | undefined = 'p1';
    const switched = byPublication(handler, () => 'p2');
    const behind = byPublication(handler, () => served);
    await switched.set('/th/news/x', page('new text'));
    expect(await behind.get('/th/news/x', meta)).toBeNull();
    await behind.set('/th/news/x', page('old text'));
    expect([...entries.keys()]).toEqual(['p2:/th/news/x', 'p1:/th/news/x']);
    expect(await switched.get('/th/news/x', meta)).toEqual(page('new text'));
    // The host catches up: it reads what the others rendered from the site's publication.
    served = 'p2';
    expect(await behind.get('/th/news/x', meta)).toEqual(page('new text'));
  });

  it('is skipped before the process has loaded any publication: nothing read, nothing shared', async () => {
    const { entries, handler } = sharedCache();
    entries.set('undefined:/th', page('stray'));
    const starting = byPublication(handler, () => undefined);
    expect(await starting.get('/th', meta)).toBeNull();
    await starting.set('/th', page('rendered'));
    await starting.delete!('/th');
    expect([...entries.keys()]).toEqual(['undefined:/th']);
  });

  it('reads the publication from the archive the content layer serves', () => {
    const before = servedArchive();
    try {
      serveArchive({ publication: { id: 'p1a2b3c4d5', search: {} } } as unknown as Archive);
      expect(servedPublication()).toBe('p1a2b3c4d5');
      serveArchive({} as Archive);
      expect(servedPublication()).toBeUndefined();
    } finally {
      serveArchive(before as Archive);
    }
  });
});
