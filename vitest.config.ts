import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '@': fileURLToPath(new URL('./', import.meta.url)) };

/** Suites run against the real site: built once (tests/browser/global-setup.ts), one file at a time. */
const onTheBuiltSite = {
  globalSetup: ['tests/temporary.ts', 'tests/browser/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  fileParallelism: false,
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', globalSetup: ['tests/temporary.ts'], include: ['tests/**/*.test.{ts,tsx}'], exclude: ['tests/browser/**', 'tests/stack/**', 'tests/hosts/hosts.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        // Builds the real site, starts `next start` and drives Debian's Chromium (see tests/browser/global-setup.ts);
        // the stack tests serve the same build through nginx and Redis (tests/stack), faults under load included
        // (their real publications leave the publication this project's server reads: a running server holds it).
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/stack/**/*.test.ts'],
          ...onTheBuiltSite,
        },
      },
      {
        // The same build on hosts of their own in network namespaces, under load and faults across the network:
        // `npm run test:hosts`, run by .ci/run after `npm test` (it needs root to make the namespaces).
        resolve: { alias },
        test: {
          name: 'hosts',
          include: ['tests/hosts/hosts.test.ts'],
          ...onTheBuiltSite,
        },
      },
    ],
  },
});
