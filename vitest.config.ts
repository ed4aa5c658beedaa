import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '@': fileURLToPath(new URL('./', import.meta.url)) };

/** Suites run against the real site: built once (tests/browser/global-setup.ts), one file at a time. */
const onTheBuiltSite = {
  globalSetup: ['tests/browser/global-setup.ts'],
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
        test: { name: 'unit', include: ['tests/**/*.test.{ts,tsx}'], exclude: ['tests/browser/**', 'tests/stack/**', 'tests/hosts/hosts.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        // Builds the real site, starts `next start` and drives Debian's Chromium (see tests/browser/global-setup.ts);
        // the stack tests serve the same build through nginx and Redis (tests/stack).
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/stack/**/*.test.ts'],
          exclude: ['tests/stack/faults.test.ts'],
          ...onTheBuiltSite,
        },
      },
      {
        // Faults injected into the stack under load (Redis or an instance stopped with SIGSTOP, a full cache disk),
        // asserting time bounds: `npm run test:faults`, apart from `npm test` because its real publications clean up
        // the publication the browser tests' server reads (docs/serving.md#faults).
        resolve: { alias },
        test: {
          name: 'faults',
          include: ['tests/stack/faults.test.ts'],
          ...onTheBuiltSite,
        },
      },
      {
        // The same build on hosts of their own in network namespaces, under load and faults across the network:
        // `npm run test:hosts`, apart from `npm test` until its bound for a host joining holds here (deploy/README.md).
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
