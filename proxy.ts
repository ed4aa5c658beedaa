import { randomBytes } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { contentPath, contentRoot, GONE_FILE, isGone } from '@/lib/content';
import { contentSecurityPolicy, renderedPagePolicy } from '@/lib/http/security-headers';

/**
 * What Next.js would get wrong on its own, for pages (nginx does the same in front, deploy/nginx.conf):
 * - a method other than GET or HEAD is 405 (Next.js answers a POST to a page with the page);
 * - an address whose percent-encoding is not UTF-8 (`/th/news/%E0`) is 400 (Next.js answers 500);
 * - a deleted release answers 410 Gone, with the site's 404 design (the `/<lang>/gone` page), so readers and search
 *   engines learn that it was removed on purpose (Next.js pages can only answer 404). It costs one `stat` of
 *   `gone.yaml` a second (see `isGone`);
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
  const [, lang = 'th', section, slug = ''] = pathname.split('/');
  if (section !== 'news' || !isGone(contentPath(contentRoot(), GONE_FILE), slug)) return undefined;
  const self = `http://127.0.0.1:${process.env.PORT ?? '3000'}`;
  const page = await fetch(new URL(`/${lang}/gone`, self));
  return new NextResponse(await page.text(), {
    status: 410,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'public, max-age=0, s-maxage=300',
      // The page's own script policy (the hashes of its inline scripts) goes with its HTML.
      'Content-Security-Policy': page.headers.get('content-security-policy') ?? contentSecurityPolicy(),
    },
  });
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
  // Pages only: not the publish route (POST), nor static files, fonts, the search index or images.
  matcher: ['/((?!api/|_next/|fonts/|search-index/|media/|favicon).*)'],
};
