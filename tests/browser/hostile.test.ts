import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const base = inject('baseUrl');

/** Every file under .next/server, where Next.js keeps the pages it renders. */
function serverFiles(dir = join('.next', 'server')): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((count, entry) => count + (entry.isDirectory() ? serverFiles(join(dir, entry.name)) : 1), 0);
}

describe('requests from anyone on the internet', () => {
  it('leave nothing on disk however many unknown addresses they ask for', async () => {
    const before = serverFiles();
    for (let i = 0; i < 30; i++) {
      for (const path of [`/th/news/2018-12-07-nothing-${i}`, `/en/category/nothing-${i}`, `/th/agency/nothing-${i}/page/2`]) {
        expect((await fetch(`${base}${path}`)).status).toBe(404);
      }
    }
    expect(serverFiles()).toBe(before);
  });

  it('get the security headers on pages, 404s and files', async () => {
    for (const path of ['/th', '/en/news/2018-12-07-telmin-18', '/th/news/2018-12-07-nothing', '/robots.txt']) {
      const { headers } = await fetch(`${base}${path}`);
      expect(headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(headers.get('content-security-policy'), path).toContain("img-src 'self' data:;");
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(headers.get('permissions-policy'), path).toContain('camera=()');
    }
    // The search index's files are fetched, never shown: nosniff only (each query fetches ~20 of them).
    const { headers } = await fetch(`${base}/search-index/th/manifest.json`);
    expect([headers.get('x-content-type-options'), headers.get('content-security-policy')]).toEqual(['nosniff', null]);
  });

  it('get 405 for other methods than GET and HEAD on pages, and 400 for an address that is not UTF-8', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const answer = await fetch(`${base}/th/news/2018-12-07-telmin-18`, { method });
      expect([answer.status, answer.headers.get('allow')], method).toEqual([405, 'GET, HEAD']);
    }
    expect((await fetch(`${base}/th`, { method: 'HEAD' })).status).toBe(200);
    for (const path of ['/th/news/%', '/th/news/%zz', '/en/agency/%E0', '/th/category/%E0%B8']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(400);
    }
  });
});
