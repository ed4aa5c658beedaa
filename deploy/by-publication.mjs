// @ts-check
/**
 * The shared page cache keyed by publication as well as by build (`cache-handler.mjs`): every key the Redis handler
 * reads or writes starts with the id of the publication this process serves (`lib/publish`), so during a switch, or
 * on a host left on the previous publication, an instance never reads a page another one rendered from another
 * publication. The served archive is in a global slot the content layer fills (`lib/content/index.ts`, the same
 * `Symbol.for` name); before this process has loaded it (its first requests after a start) the shared cache is
 * skipped: reads miss, writes are not shared, and the page is served from this instance's memory.
 */

const ARCHIVE_SLOT = Symbol.for('thaigov-news-archive.archive');

/** The id of the publication this process serves, when it has loaded one. */
export function servedPublication() {
  const archive = /** @type {{ publication?: { id?: string } } | undefined} */ (/** @type {any} */ (globalThis)[ARCHIVE_SLOT]);
  return archive?.publication?.id;
}

/**
 * @template {import('@fortedigital/nextjs-cache-handler/cache-handler.types').Handler} H
 * @param {H} handler the Redis handler
 * @param {() => string | undefined} publication the publication served now (`servedPublication`)
 * @returns {H} the same handler, each key prefixed with `<publication>:`
 * @example byPublication(redis, servedPublication).get('/th/news/x') // reads `p1a2b3c4d5:/th/news/x`
 */
export function byPublication(handler, publication = servedPublication) {
  return {
    ...handler,
    get: async (key, meta) => {
      const id = publication();
      return id ? handler.get(`${id}:${key}`, meta) : null;
    },
    set: async (key, value) => {
      const id = publication();
      if (id) await handler.set(`${id}:${key}`, value);
    },
    delete: handler.delete && (async (key) => {
      const id = publication();
      if (id) await handler.delete?.(`${id}:${key}`);
    }),
  };
}
