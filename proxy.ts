import { randomBytes } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { getArchive } from '@/lib/content';
import { contentSecurityPolicy, renderedPagePolicy } from '@/lib/http/security-headers';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/listing/addresses';

/**
 * What Next.js would get wrong on its own, for pages (nginx does the same in front, deploy/nginx.conf):
 * - a method other than GET or HEAD is 405 (Next.js answers a POST to a page with the page);
 * - an address whose percent-encoding is not UTF-8 (`/th/news/%E0`) is 400 (Next.js answers 500);
 * - a deleted release (`/th/news/<slug>`, `/en/news/<slug>`) answers 410 Gone, with the site's 404 design (the
 *   `/<lang>/gone` page, fetched once per language), so readers and search engines learn that it was removed on
 *   purpose (Next.js pages can only answer 404). The deleted releases are those of the archive the server serves (its
 *   publication's, in production: `isGone`), never `gone.yaml` as an editor left it;
 * - the search page is rendered without the address's query string, which it reads in the browser: Next.js writes
 *   the query of the request that renders a page into its payload, and the first search after a publication would
 *   otherwise be stored for every later visitor;
 * - a page rendered for each request (only the legacy-address route) gets a script policy with a nonce of its own;
 *   every other page carries the hashes of its inline scripts from the page cache (lib/http/page-policy.mjs).
 */
export async function proxy(request: NextRequest): Promise<NextResponse | undefined> {
  const { pathname } = request.nextUrl;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse('Method Not Allowed', { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse('Bad Request: the address has percent-encoded bytes that are not UTF-8', { status: 400 });
  }
  if (RENDERED_PER_REQUEST.test(pathname)) return withNonce(request);
  const [, lang = '', section, slug = '', ...rest] = pathname.split('/');
  if (!isLocale(lang)) return undefined;
  if (pathname === paths.search(lang) && request.nextUrl.search && !request.headers.has('rsc')) {
    const page = request.nextUrl.clone();
    page.search = '';
    return NextResponse.rewrite(page);
  }
  if (section !== 'news' || rest.length || !isGone(slug)) return undefined;
  const page = await gonePage(lang);
  return new NextResponse(page.html, {
    status: 410,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'public, max-age=0, s-maxage=300',
      // The page's own script policy (the hashes of its inline scripts) goes with its HTML.
      'Content-Security-Policy': page.policy,
    },
  });
}

/** The `/<lang>/gone` page of this build (static: no publication changes it), asked of this server once. */
const gonePages = new Map<Locale, Promise<{ html: string; policy: string }>>();
function gonePage(lang: Locale): Promise<{ html: string; policy: string }> {
  let page = gonePages.get(lang);
  if (!page) {
    const self = `http://127.0.0.1:${process.env.PORT ?? '3000'}`;
    page = fetch(new URL(`/${lang}/gone`, self)).then(async (answer) => {
      if (!answer.ok) throw new Error(`proxy.ts: ${self}/${lang}/gone answered ${answer.status}; the 410 page needs it`);
      return { html: await answer.text(), policy: answer.headers.get('content-security-policy') ?? contentSecurityPolicy() };
    });
    page.catch(() => gonePages.delete(lang)); // asked again by the next request
    gonePages.set(lang, page);
  }
  return page;
}

/**
 * Whether the archive served lists `slug` as deleted. The proxy runs in the server's process, so this is the archive
 * its pages render from, swapped by a publication at the same moment. When it cannot be loaded, the page answers (and
 * says why in the log).
 */
function isGone(slug: string): boolean {
  try {
    return getArchive().gone.has(slug);
  } catch {
    return false;
  }
}

/** Addresses answered by a render per request: old thaigov.go.th links (rewritten to `/<lang>/legacy/<id>`). */
const RENDERED_PER_REQUEST = /^\/(?:news\/contents\/details|th\/legacy|en\/legacy)\//;

function withNonce(request: NextRequest): NextResponse {
  const policy = renderedPagePolicy(randomBytes(16).toString('base64'));
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Pages only: not the API and publish routes, nor static files, fonts, the search index, the open data or images.
  matcher: ['/((?!api/|_next/|fonts/|search-index/|data/|media/|favicon).*)'],
};
