// @ts-check
/**
 * A page's own Content-Security-Policy: `script-src 'self'` plus the SHA-256 hash of each inline script the page
 * carries, so that a browser runs those scripts and no other inline script.
 *
 * Why here: every App Router page carries its React Server Components payload in inline scripts whose text differs
 * per page (`self.__next_f.push(…)`, the `_R_` script, the theme snippet), so no fixed list of hashes fits them, and
 * a nonce needs a render per request, which would give up the cached pages the site is served from (README,
 * Security). But every page reaches readers through Next.js's page cache, which stores its HTML with the headers it
 * is served with; the cache handlers (`page-cache.mjs`, deploy/cache-handler.mjs) hash the page's scripts once, when
 * the page is stored or first read from the build's output, and the header goes out with every copy of the page,
 * the first render included (Next.js sends that from the same cache entry) and nginx's cached copy too.
 *
 * The site-wide policy (lib/http/security-headers.ts) still says `'unsafe-inline'` for responses that never pass
 * through the page cache; a browser given two policies enforces both, so on a page the stricter one decides.
 */
import { createHash } from 'node:crypto';

/** The header name as Next.js stores cached headers (lower case). */
export const HEADER = 'content-security-policy';

/**
 * Every `<script>` element of an HTML page: its attributes and its text. Pages are Next.js's own output, where a
 * script's text cannot contain `</script` (React escapes it in the payload and in JSON-LD), so the first closing tag
 * ends the element, as it does for the browser's parser.
 */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** Script types a browser executes (anything else, such as `application/ld+json`, is data and needs no hash). */
const EXECUTABLE_TYPE = /^(?:|text\/javascript|application\/javascript|module)$/i;

/**
 * The CSP hash sources (`'sha256-…'`) of the inline scripts a browser would run on this page, in page order, each
 * once. A script with a `src` runs the file, not its text, and is covered by `'self'`.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(` ${attributes}`);
    if (!EXECUTABLE_TYPE.test((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim())) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The policy a page is served with: scripts from the site, and of inline scripts only its own.
 * @param {string} html
 */
export function pagePolicy(html) {
  return ["script-src 'self'", ...inlineScriptHashes(html)].join(' ');
}

/**
 * Adds the page's policy to a cached page's headers (Next.js's `APP_PAGE` cache value), once; other values (route
 * handlers' bodies, RSC-only entries) are left as they are.
 * @param {{ kind?: unknown; html?: unknown; headers?: Record<string, unknown> } | null | undefined} value
 */
export function addPagePolicy(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || value.html === '') return;
  value.headers ??= {};
  value.headers[HEADER] ??= pagePolicy(value.html);
}

/**
 * A Next.js cache handler class whose pages carry their own policy: on `set` (a page just rendered: the same object
 * is then sent) and on `get` (a page read from the build's output or another instance, stored before this code ran).
 * @template {new (...args: any[]) => { get(...args: any[]): Promise<any>; set(...args: any[]): Promise<any> }} Base
 * @param {Base} Base
 */
export function withPagePolicies(Base) {
  return class extends Base {
    /** @param {any[]} args */
    async get(...args) {
      const entry = await super.get(...args);
      addPagePolicy(entry?.value);
      return entry;
    }

    /** @param {any[]} args */
    async set(...args) {
      addPagePolicy(args[1]);
      return super.set(...args);
    }
  };
}
