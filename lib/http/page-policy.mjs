// @ts-check
/**
 * A page's own Content-Security-Policy: `script-src 'self'` plus the SHA-256 hash of each inline script the page
 * carries, and `style-src 'self'` plus the hash of each inline style it carries (none on the site's own pages; Next.js's
 * built-in 500 page has a few), so that a browser runs those and no other inline script or style.
 *
 * Why here: every App Router page carries its React Server Components payload in inline scripts whose text differs
 * per page (`self.__next_f.push(…)`, the `_R_` script, the digits snippet), so no fixed list of hashes fits them, and
 * a nonce needs a render per request, which would give up the cached pages the site is served from (README,
 * Security). But every page reaches readers through Next.js's page cache, which stores its HTML with the headers it
 * is served with; the cache handlers (`page-cache.mjs`, deploy/cache-handler.mjs) hash the page's inline code once,
 * when the page is stored or first read from the build's output, and the header goes out with every copy of the
 * page, the first render included (Next.js sends that from the same cache entry) and nginx's cached copy too.
 *
 * The site-wide policy (lib/http/security-headers.ts) still says `'unsafe-inline'` for responses that never pass
 * through the page cache; a browser given two policies enforces both, so on a page the stricter one decides.
 */
import { createHash } from 'node:crypto';
import { decodeHTMLAttribute } from 'entities';
import { readyPage } from './page-payload.mjs';

/** The header name as Next.js stores cached headers (lower case). */
export const HEADER = 'content-security-policy';

/**
 * Every `<script>` element of an HTML page: its attributes and its text. Pages are Next.js's own output, where a
 * script's text cannot contain `</script` (React escapes it in the payload and in JSON-LD), so the first closing tag
 * ends the element, as it does for the browser's parser.
 */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** Every `<style>` element: its text (CSS cannot hold `</style`, so the first closing tag ends it). */
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

/**
 * A `style` attribute as React writes it (double quotes, entities inside). Outside scripts and style elements
 * ` style="` can only be an attribute: React writes a `"` of text or of an attribute's value as `&quot;`.
 */
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/gi;

/** A CSP hash source of some text, as browsers compute it: SHA-256 of its UTF-8 bytes, in base64. */
const hashOf = (/** @type {string} */ text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

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
    hashes.add(hashOf(text));
  }
  return [...hashes];
}

/**
 * The CSP sources of a page's inline styles: the hashes of its `<style>` elements and, behind `'unsafe-hashes'`
 * (which lets a hash allow an attribute), of its `style` attributes' values as the browser reads them (entities
 * decoded). Scripts are left out first, and style elements before looking for attributes: their text is not markup.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineStyleSources(html) {
  const markup = html.replace(SCRIPT, '');
  const elements = new Set([...markup.matchAll(STYLE)].map(([, text]) => hashOf(text)));
  const attributes = new Set(
    [...markup.replace(STYLE, '').matchAll(STYLE_ATTRIBUTE)].map(([, value]) => hashOf(decodeHTMLAttribute(value))),
  );
  return [...elements, ...(attributes.size ? ["'unsafe-hashes'", ...attributes] : [])];
}

/**
 * The policy a page is served with: scripts and styles from the site, and of inline ones only its own.
 * @param {string} html
 */
export function pagePolicy(html) {
  return [["script-src 'self'", ...inlineScriptHashes(html)], ["style-src 'self'", ...inlineStyleSources(html)]]
    .map((sources) => sources.join(' '))
    .join('; ');
}

/**
 * Readies a cached page (Next.js's `APP_PAGE` cache value) once: without Next.js's scripts, or with its release body
 * sent once, when it needs them (`readyPage`), then
 * its policy added to its headers, as the scripts the page now has need it; a page that has its policy was readied
 * already. Other values (route handlers' bodies, RSC-only entries) are left as they are.
 * @param {{ kind?: unknown; html?: unknown; headers?: Record<string, unknown> } | null | undefined} value
 */
export function addPagePolicy(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || value.html === '') return;
  value.headers ??= {};
  if (value.headers[HEADER]) return;
  value.html = readyPage(value.html);
  value.headers[HEADER] = pagePolicy(value.html);
}

/**
 * A Next.js cache handler class whose pages carry their own policy and their release body once (`addPagePolicy`): on
 * `set` (a page just rendered: the same object is then sent) and on `get` (a page read from the build's output or
 * another instance, stored before this code ran).
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
