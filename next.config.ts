import type { NextConfig } from 'next';
import { fileURLToPath } from 'node:url';
import { securityHeaders } from './lib/http/security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next computes an ETag by hashing the whole page, in JavaScript, on every request: measured 2026-11-26, turning
  // it off serves a cached 68 KB article about 20 % faster. HTML is cached by the CDN (s-maxage), and an article is
  // rarely fetched twice by the same reader, so a 304 would seldom save anything.
  generateEtags: false,
  reactStrictMode: true,
  // The code is type-checked by `npm test` (tsc --noEmit), which CI runs before anything lands; `next build` runs on
  // every publication, where only content changed. Skipping its own check saves ~6 s of the 60 s a rebuild after
  // one new release may take (measured 2026-11-26).
  typescript: { ignoreBuildErrors: true },
  experimental: {
    globalNotFound: true,
    // Pages rendered on request (archive articles, unknown addresses answered 404) are kept in a memory cache
    // bounded by `cacheMaxMemorySize` (50 MB by default) instead of being written under .next/server: otherwise every
    // distinct unknown address a stranger asks for leaves ~53 KB on disk, without limit. Pre-rendered pages are still
    // read from disk; a page evicted from memory is rendered again (p95 69 ms for a never-visited article).
    isrFlushToDisk: false,
  },
  // Both page caches give each page its own Content-Security-Policy, with the hashes of its inline scripts
  // (lib/http/page-policy.mjs). With REDIS_URL set (deploy/README.md), every `next start` instance shares one page
  // cache in Redis; without it (`npm start`, the tests) each keeps Next's own cache, as configured above.
  ...(process.env.REDIS_URL
    ? { cacheHandler: fileURLToPath(new URL('./deploy/cache-handler.mjs', import.meta.url)), cacheMaxMemorySize: 0 }
    : { cacheHandler: fileURLToPath(new URL('./lib/http/page-cache.mjs', import.meta.url)) }),
  async headers() {
    // The font files' folder is named after the package version (lib/site/fonts.ts): a new version is a new address.
    return [
      // The search index's binary files are fetched by the search page, never shown as documents: the policies that
      // only documents obey would be ~0.4 KB more on each of the ~20 files a query fetches. nosniff stays.
      { source: '/:path((?!search-index/).*)', headers: securityHeaders() },
      { source: '/search-index/:path*', headers: securityHeaders().filter(({ key }) => key === 'X-Content-Type-Options') },
      { source: '/fonts/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ];
  },
  async redirects() {
    // Thai is the default language. Temporary, so that language negotiation can be added without stale caches.
    return [
      { source: '/', destination: '/th', permanent: false },
      // English listings had a `translated` view (English versions only) until 2026-12-01; that is what they show
      // by default now (the Thai-only releases moved to `…/with-thai`), so its old addresses lead there.
      { source: '/en/:scope*/translated/page/:n(\\d+)', destination: '/en/:scope*/page/:n', permanent: true },
      { source: '/en/:scope*/translated', destination: '/en/:scope*', permanent: true },
    ];
  },
  async rewrites() {
    // Old thaigov.go.th addresses: app/[lang]/legacy/[id] answers 308 to the imported release, or the site's 404.
    return [
      { source: '/news/contents/details/:id', destination: '/th/legacy/:id' },
      // An address outside the languages (/news, /xx/…) gets the bilingual global 404: the destination matches no
      // route. Left to the [lang] layout, its notFound() would show Next's bare default 404 instead. Static files
      // and routes without brackets come first anyway; a new dynamic route at the root must be listed here.
      { source: '/:first((?!(?:th|en|sitemaps|search-index|media|data|api|_next)(?:/|$))[^/.]+)/:rest*', destination: '/th/_/404' },
    ];
  },
};

export default nextConfig;
