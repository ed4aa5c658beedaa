import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module, loaded by Next.js's cache handlers at run time; it carries JSDoc types only.
import { addPagePolicy, inlineScriptHashes, inlineStyleSources, pagePolicy, withPagePolicies } from '@/lib/http/page-policy.mjs';

/** MDN's example of a hashed inline script, with the hash MDN gives for it. */
const hello = "<script>alert('Hello, world.');</script>";
const helloHash = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";
/** The policies of a page whose only inline code is that script. */
const helloPolicy = `script-src 'self' ${helloHash}; style-src 'self'`;

describe('a page’s own Content-Security-Policy', () => {
  it('hashes the text of each inline script a browser would run, as browsers do', () => {
    expect(inlineScriptHashes(`<head>${hello}</head>`)).toEqual([helloHash]);
  });

  it('leaves out scripts that load a file or hold data, and repeats no hash', () => {
    const html = [
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      hello,
      '<script id="_R_" type="text/javascript">' + "alert('Hello, world.');" + '</script>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([helloHash]);
    expect(pagePolicy(html)).toBe(helloPolicy);
    expect(pagePolicy('<p>no script</p>')).toBe("script-src 'self'; style-src 'self'");
  });

  it('hashes inline styles too: elements as written, attributes as the browser reads them', () => {
    // MDN's example of a hashed style element, with the hash MDN gives for it.
    expect(inlineStyleSources('<style>#inline-style { background: red; }</style>')).toEqual(["'sha256-ozBpjL6dxO8fsS4u6fwG1dFDACYvpNxYeBA6tzR+FY8='"]);
    // An attribute needs 'unsafe-hashes'; its entities are decoded first, as they are in the DOM.
    const [sameText] = inlineStyleSources('<style>font-family:"Sarabun"</style>');
    expect(inlineStyleSources('<p style="font-family:&quot;Sarabun&quot;">ข่าว</p>')).toEqual(["'unsafe-hashes'", sameText]);
    // Markup quoted inside a script is not a style of the page.
    expect(inlineStyleSources(`<script>document.body.innerHTML = '<p style="color:red">'</script>`)).toEqual([]);
  });

  it('is added once to a cached page, and to nothing else', () => {
    const page = { kind: 'APP_PAGE', html: `<html>${hello}</html>`, headers: { 'x-next-cache-tags': '_N_T_/th' } as Record<string, string> };
    addPagePolicy(page);
    expect(page.headers).toEqual({ 'x-next-cache-tags': '_N_T_/th', 'content-security-policy': helloPolicy });
    page.html = '<html>changed</html>';
    addPagePolicy(page);
    expect(page.headers['content-security-policy']).toBe(helloPolicy);

    const feed = { kind: 'APP_ROUTE', body: Buffer.from(hello), headers: {} };
    addPagePolicy(feed);
    expect(feed.headers).toEqual({});
    addPagePolicy(null);
  });

  it('reaches pages through a cache handler class, on the way in and on the way out', async () => {
    const stored = new Map<string, { value: Record<string, unknown> }>();
    class Store {
      async get(key: string) {
        return stored.get(key) ?? null;
      }
      async set(key: string, value: Record<string, unknown>) {
        stored.set(key, { value: { ...value, headers: { ...(value.headers as object) } } });
      }
    }
    const Cache = withPagePolicies(Store);
    const cache = new Cache();
    const rendered = { kind: 'APP_PAGE', html: hello, headers: {} as Record<string, string> };
    await cache.set('/th', rendered);
    // The page just rendered is sent from this same object: it carries the policy.
    expect(rendered.headers['content-security-policy']).toBe(helloPolicy);

    // A page stored before (the build's output, another instance) gets it when read.
    stored.set('/en', { value: { kind: 'APP_PAGE', html: hello, headers: {} } });
    const entry = await cache.get('/en');
    expect(entry.value.headers['content-security-policy']).toBe(helloPolicy);
  });
});
