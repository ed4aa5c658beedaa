import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
const alias = { '@': fileURLToPath(new URL('./', import.meta.url)) };
export default defineConfig({ resolve: { alias }, test: { include: ['tests/stack/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } });
