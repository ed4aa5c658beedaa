import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs on the `.next` that global-setup.ts built from the shipped content (and failed on any warning of).
// Turbopack warns about an over-broad file pattern only past 10,000 matching files, which the shipped 301 never
// reach; the traces show the same mistake at any size.

/** Every file the server traces (`.next/server/**` `.nft.json`), relative to the project, deduplicated and sorted. */
function tracedFiles(): string[] {
  const traced = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.nft.json')) {
        const { files } = JSON.parse(readFileSync(path, 'utf8')) as { files: string[] };
        for (const file of files) traced.add(relative(process.cwd(), resolve(dirname(path), file)));
      }
    }
  };
  walk('.next/server');
  return [...traced].sort();
}

describe('next build', () => {
  it('traces its own chunks and node_modules, and of the project only the page cache handler: no content, no parse cache', () => {
    const traced = tracedFiles();
    expect(traced).toContain('.next/server/chunks/ssr/[turbopack]_runtime.js');
    // next.config.ts's `cacheHandler`, which Next.js loads at run time, and the modules it imports (the page's policy,
    // which sends the release body once).
    expect(traced.filter((file) => !/^(\.next|node_modules)\//.test(file))).toEqual(['lib/http/page-cache.mjs', 'lib/http/page-payload.mjs', 'lib/http/page-policy.mjs']);
  });
});
