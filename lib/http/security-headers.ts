import { imageHosts } from '../content/schema';

/**
 * The Content-Security-Policy every response carries. What it holds a page to: scripts, styles, fonts and fetches
 * from the site itself; images from the site (and `data:` URLs, which Next.js's icon uses) plus the hosts an editor
 * allows in `imageHosts`, so an image from another site inside a release body (a tracking pixel) is not loaded; no
 * plugins, no `<base>`, forms submit only to the site, and no other site may frame a page.
 *
 * Inline scripts are allowed (`'unsafe-inline'`): every App Router page carries its React Server Components payload
 * as inline `<script>` elements that differ from page to page, so no fixed hash covers them, and Next.js adds a nonce
 * only to pages rendered for each request, which would give up the cached pages the site is served from. Adding any
 * hash or nonce would make browsers ignore `'unsafe-inline'` and block that payload. Release bodies never reach a
 * page as HTML that can hold a script (lib/markdown sanitizes them), which is the defence this directive backs up.
 */
export function contentSecurityPolicy(hosts: readonly string[] = imageHosts): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:${hosts.map((host) => ` https://${host}`).join('')}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers set on every response (next.config.ts); nginx in front repeats them for the files it serves itself. */
export function securityHeaders(hosts: readonly string[] = imageHosts): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(hosts) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  ];
}
