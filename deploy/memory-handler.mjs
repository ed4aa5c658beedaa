// @ts-check
/**
 * This process's own page cache, behind Redis in `cache-handler.mjs`: the `local-lru` handler of
 * @fortedigital/nextjs-cache-handler with one change, how an entry is weighed. `local-lru` weighs each page by
 * `JSON.stringify(entry).length`, which writes every byte of the page's React Server Components payload (a Buffer)
 * as a decimal number in a JSON array: measured 2026-12-01, 12–14 ms of CPU per page stored (a 60 KB page with a
 * 50 KB payload), on the main thread, for every page an instance renders. Here an entry weighs its bytes.
 */
import { createConfiguredCache } from '@fortedigital/nextjs-cache-handler/local-lru';

/** Pages kept at most, and their bytes at most (`lru-cache`'s maxSize): a bounded share of each instance's memory. */
const MAX_PAGES = 1000;
const MAX_BYTES = 64 * 1024 * 1024;

/** Next.js's prefix of the tags it derives from a page's path (`revalidatePath`). */
const IMPLICIT_TAG = '_N_T_';

/** @param {unknown} bytes */
const sizeOf = (bytes) =>
  typeof bytes === 'string' ? bytes.length * 2 : bytes instanceof Uint8Array ? bytes.byteLength : 0;

/**
 * The bytes an entry holds: its HTML, its payload and its segments' payloads, plus 1 KB for headers and bookkeeping.
 * @param {{ value?: { html?: unknown; rscData?: unknown; body?: unknown; segmentData?: Map<string, unknown> } | null }} entry
 */
export function entryBytes(entry) {
  const value = entry.value ?? {};
  let bytes = 1024 + sizeOf(value.html) + sizeOf(value.rscData) + sizeOf(value.body);
  for (const segment of value.segmentData?.values() ?? []) bytes += sizeOf(segment);
  return bytes;
}

/** @returns {import('@fortedigital/nextjs-cache-handler/cache-handler.types').Handler} */
export default function createMemoryHandler() {
  const pages = createConfiguredCache(entryBytes, { maxItemsNumber: MAX_PAGES, maxItemSizeBytes: MAX_BYTES });
  /** @type {Map<string, number>} when each path tag was last revalidated */
  const revalidated = new Map();
  return {
    name: 'memory',
    async get(key, { implicitTags }) {
      const entry = pages.get(key);
      if (!entry) return null;
      for (const tag of [...entry.tags, ...implicitTags]) {
        if ((revalidated.get(tag) ?? 0) > entry.lastModified) {
          pages.delete(key);
          return null;
        }
      }
      return entry;
    },
    async set(key, entry, ctx) {
      if (ctx?.setOnlyIfNotExists && pages.has(key)) return;
      pages.set(key, entry);
    },
    async revalidateTag(tag) {
      for (const [key, { tags }] of pages.entries()) if (tags.includes(tag)) pages.delete(key);
      if (tag.startsWith(IMPLICIT_TAG)) revalidated.set(tag, Date.now());
    },
    async delete(key) {
      pages.delete(key);
    },
  };
}
