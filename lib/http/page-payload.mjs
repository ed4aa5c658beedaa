// @ts-check
/**
 * A release's text once per page. Next.js sends an App Router page as HTML plus, in inline scripts
 * (`self.__next_f.push([1,"…"])`), the React Server Components payload React hydrates the page from: the payload
 * repeats every string the server rendered, so a release's body went out twice (54 % of the largest release's 1.45 MB
 * was the payload). React never needs that copy: the body is an element whose only content is
 * `dangerouslySetInnerHTML`, and React's production hydration neither compares nor rewrites such an element's
 * HTML (it checks text children only, and hydrates no children under it), so the server's HTML stays as sent.
 *
 * So the page caches (page-policy.mjs's `withPagePolicies`, for `next start` and the stack) empty that string in the
 * payload of every stored page, before its scripts are hashed for its policy: the element marked
 * `data-release-body` (components/ArticleView.tsx). The first response of a page is the stored value itself, so it
 * gets the same. `next dev`, which has no page cache, sends the payload whole, which is correct, only heavier.
 *
 * The payload's format (React Flight rows, in Next.js's inline scripts) is pinned with Next.js and React in the lock
 * file; tests/http/page-payload.test.ts and the browser tests (tests/browser/sections.test.ts) fail if it moves.
 */

/**
 * A page with no client component of ours needs none of Next.js's scripts either: React would hydrate a page with
 * nothing to do, at a cost readers on phones pay (measured 2026-12-07 with Lighthouse mobile: the ordinary article
 * 87–91 with them, 99–100 without, Total Blocking Time ~300 → ~30 ms; the largest release 73–77 → 88–94, docs/long-releases.md).
 * Links are plain `<a>` and the digits toggle is the page's own inline script, so such a page works the same. A page
 * holding an element marked `data-needs-scripts` (the search page, whose results its client component renders)
 * keeps them, and so does Next.js's error shell (`<html id="__next_error__">`: a 404 thrown inside a language, whose
 * text only the payload carries; nginx answers those with a server-rendered page instead, deploy/nginx.conf).
 */
const NEEDS_SCRIPTS = /data-needs-scripts=""|^<!DOCTYPE html><html id="__next_error__"/;

/** Next.js's scripts in a page: its chunks (async, or `noModule`), their preloads, the runtime's list, the payload. */
const FRAMEWORK = [
  /<script src="\/_next\/static\/[^"]*"[^>]*><\/script>/g,
  /<link rel="preload" as="script"[^>]*\/>/g,
  /<script id="_R_">[^<]*<\/script>/g,
  /<script>\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)<\/script>/g,
  /<script>self\.__next_f\.push\((?:[^<]|<(?!\/script>))*\)<\/script>/g,
];

/**
 * The page as readers get it: without Next.js's scripts when it needs none (`NEEDS_SCRIPTS`), else with its release
 * body sent once (`sendBodyOnce`).
 * @param {string} html
 * @returns {string}
 */
export function readyPage(html) {
  return NEEDS_SCRIPTS.test(html) ? sendBodyOnce(html) : withoutFramework(html);
}

/**
 * The page without Next.js's scripts (`FRAMEWORK`); its own inline scripts (the digits snippet) and JSON-LD stay.
 * @param {string} html
 * @returns {string}
 */
export function withoutFramework(html) {
  return FRAMEWORK.reduce((page, pattern) => page.replace(pattern, ''), html);
}

/** One inline payload script: its attributes and the JSON array it pushes (`[1,"text"]`). */
const PUSH = /<script\b([^>]*)>self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)<\/script>/g;

/** The marker the body element carries (a React prop, so it appears in the payload exactly like this). */
const MARKER = '"data-release-body":""';
const INNER = '"dangerouslySetInnerHTML":{"__html":';

/**
 * The page with the `__html` of its release body emptied in the payload, the rest of the payload unchanged and
 * re-emitted as one script where its first script was; the page unchanged when it has no such body (or carries it
 * already emptied).
 * @param {string} html
 * @returns {string}
 */
export function sendBodyOnce(html) {
  // Form state ([2,…]) and binary rows ([3,…]) would have to keep their place among the text: leave such pages be.
  if (/self\.__next_f\.push\(\[[23],/.test(html)) return html;
  const scripts = [...html.matchAll(PUSH)];
  if (!scripts.length) return html;
  const payload = scripts.map(([, , array]) => /** @type {[number, string]} */ (JSON.parse(/** @type {string} */ (array)))[1]).join('');
  const emptied = emptyBodies(payload);
  if (emptied === payload) return html;
  const [first] = scripts;
  let kept = false;
  return html.replace(PUSH, () => {
    if (kept) return '';
    kept = true;
    return `<script${first?.[1] ?? ''}>self.__next_f.push(${htmlEscapeJson(JSON.stringify([1, emptied]))})</script>`;
  });
}

/**
 * The payload with the body strings of every marked element emptied: an inline string becomes `""`, and a long one,
 * which React sends as a text row of its own (`<id>:T<hex byte length>,<text>`) referenced as `"$<id>"`, loses the
 * row as well.
 * @param {string} payload
 * @returns {string}
 */
export function emptyBodies(payload) {
  let out = payload;
  for (let at = out.indexOf(MARKER); at >= 0; at = out.indexOf(MARKER, at + MARKER.length)) {
    const inner = out.indexOf(INNER, at);
    if (inner < 0) break;
    const start = inner + INNER.length;
    const literal = /^"(?:[^"\\]|\\.)*"/.exec(out.slice(start, start + 64 * 1024 * 1024))?.[0];
    if (!literal || literal === '""') continue;
    const value = JSON.parse(literal);
    out = out.slice(0, start) + '""' + out.slice(start + literal.length);
    const row = /^\$([0-9a-f]+)$/.exec(value)?.[1];
    if (row) out = withoutTextRow(out, row);
  }
  return out;
}

/**
 * The payload without text row `id`. Rows are read in order from the start: `<hex id>:`, then either `T<hex byte
 * length>,` and that many UTF-8 bytes of text with no newline after them (the next row starts right away), or
 * anything up to a newline.
 * @param {string} payload
 * @param {string} id
 */
function withoutTextRow(payload, id) {
  let at = 0;
  while (at < payload.length) {
    const colon = payload.indexOf(':', at);
    if (colon < 0) return payload;
    const rowId = payload.slice(at, colon);
    let end;
    if (payload[colon + 1] === 'T') {
      const comma = payload.indexOf(',', colon);
      end = comma + 1;
      for (let bytes = parseInt(payload.slice(colon + 2, comma), 16); bytes > 0 && end < payload.length; ) {
        const code = /** @type {number} */ (payload.codePointAt(end));
        bytes -= code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        end += code < 0x10000 ? 1 : 2;
      }
    } else {
      const newline = payload.indexOf('\n', colon);
      end = newline < 0 ? payload.length : newline + 1;
    }
    if (rowId === id) return payload.slice(0, at) + payload.slice(end);
    at = end;
  }
  return payload;
}

/** JSON as Next.js writes it into an inline script: `<`, `>`, `&`, U+2028 and U+2029 escaped. */
function htmlEscapeJson(/** @type {string} */ json) {
  return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
