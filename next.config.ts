import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { globalNotFound: true },
  async redirects() {
    // Thai is the default language. Temporary, so that language negotiation can be added without stale caches.
    return [{ source: '/', destination: '/th', permanent: false }];
  },
};

export default nextConfig;
