import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { globalNotFound: true },
  async redirects() {
    // Thai is the default language. Temporary, so that language negotiation can be added without stale caches.
    return [{ source: '/', destination: '/th', permanent: false }];
  },
  async rewrites() {
    // Old thaigov.go.th addresses: app/[lang]/legacy/[id] answers 308 to the imported release, or the site's 404.
    return [{ source: '/news/contents/details/:id', destination: '/th/legacy/:id' }];
  },
};

export default nextConfig;
