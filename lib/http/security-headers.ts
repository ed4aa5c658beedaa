import { createHash } from 'node:crypto';
import { digitsScript } from '../../components/digits-script';
import { imageHosts } from '../content/schema';

/**
 * The Content-Security-Policy every response carries. What it holds a page to: scripts, styles, fonts and fetches
 * from the site itself; images from the site (and `data:` URLs, which Next.js's icon uses) plus the hosts an editor
 * allows in `imageHosts`, so an image from another site inside a release body (a tracking pixel) is not loaded; no
 * plugins, no `<base>`, forms submit only to the site, and no other site may frame a page.
 *
 * Inline scripts and styles are allowed here (`'unsafe-inline'`), and only here: every page also carries a policy of
 * its own, `script-src 'self'` and `style-src 'self'` with the hashes of exactly the inline scripts and styles it was
 * served with (its React Server Components payload, different on every page), added by the page cache
 * (lib/http/page-policy.mjs). A browser enforces both policies, so on a page an inline script or style applies only
 * if the page carried it; this one governs what never passes through the page cache (route handlers: feeds,
 * sitemaps, media), none of which is HTML.
 */
export function contentSecurityPolicy(
  hosts: readonly string[] = imageHosts,
  { scripts = "'self' 'unsafe-inline'", styles = "'self' 'unsafe-inline'" } = {},
): string {
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    `style-src ${styles}`,
    `img-src 'self' data:${hosts.map((host) => ` https://${host}`).join('')}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The CSP hash source of the digits snippet (components/digits-script.ts), the same on every page. */
const DIGITS_SCRIPT_HASH = `'sha256-${createHash('sha256').update(digitsScript, 'utf8').digest('base64')}'`;

/**
 * The policy of a page rendered for one request (not from the page cache: the legacy-address route, whose redirects
 * and 404 depend on the archive of the moment), which replaces the site-wide one: Next.js stamps the nonce on the
 * scripts it writes into that render (proxy.ts passes the policy in the request), and the site's own inline script,
 * the same on every page, is allowed by its hash; the site's pages have no inline style.
 */
export function renderedPagePolicy(nonce: string, hosts: readonly string[] = imageHosts): string {
  return contentSecurityPolicy(hosts, { scripts: `'self' 'nonce-${nonce}' ${DIGITS_SCRIPT_HASH}`, styles: "'self'" });
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
