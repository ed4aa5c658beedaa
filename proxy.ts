import { NextResponse, type NextRequest } from 'next/server';
import { contentRoot } from '@/lib/content';
import { GONE_FILE, isGone } from '@/lib/content/gone';
import { contentPath } from '@/lib/content/path';

/**
 * A deleted release answers 410 Gone, with the site's 404 design (the `/<lang>/gone` page), so readers and search
 * engines learn that it was removed on purpose. Next.js pages can only answer 404, hence this proxy; it runs for
 * release addresses only, and costs one `stat` of `gone.yaml` a second (see `isGone`).
 */
export async function proxy(request: NextRequest): Promise<NextResponse | undefined> {
  const [, lang = 'th', , slug = ''] = request.nextUrl.pathname.split('/');
  if (!isGone(contentPath(contentRoot(), GONE_FILE), slug)) return undefined;
  const self = `http://127.0.0.1:${process.env.PORT ?? '3000'}`;
  const page = await fetch(new URL(`/${lang}/gone`, self));
  return new NextResponse(await page.text(), {
    status: 410,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=300' },
  });
}

export const config = {
  matcher: ['/:lang(th|en)/news/:slug(\\d{4}-\\d{2}-\\d{2}-[a-z0-9-]+)'],
};
