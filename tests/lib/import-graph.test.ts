import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, type ImportGraph } from '../helpers/imports';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Every folder of our own code, and the source files at the root. */
const FOLDERS = ['lib', 'app', 'components', 'scripts', 'tests'];
const ROOT_FILES = ['instrumentation.ts', 'next.config.ts', 'proxy.ts', 'vitest.config.ts'];

/** A tiny project in a temp folder: `tsconfig.json` with the `@/` alias, and the given files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'imports-'));
  const all = { 'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', paths: { '@/*': ['./*'] } } }), ...files };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

const rings = (graph: ImportGraph) => importCycles(graph).map((ring) => ring.join(' → '));

describe('finding import cycles', () => {
  it('names the files of a ring closed by a type-only import, through the @/ alias and a folder index.ts', () => {
    const root = project({
      'lib/a/index.ts': "export { read } from './read';\n",
      'lib/a/read.ts': "import type { Span } from '@/lib/b/span';\nexport const read = (span: Span) => span.start;\n",
      'lib/b/span.ts': "import { read } from '../a';\nexport interface Span { start: number }\nexport const first = read;\n",
      'lib/c.ts': "import { read } from './a';\nimport 'node:fs';\nimport 'zod';\nexport const c = read;\n",
    });
    const graph = importGraph(root, ['lib']);
    expect(Object.fromEntries(graph)).toEqual({
      'lib/a/index.ts': ['lib/a/read.ts'],
      'lib/a/read.ts': ['lib/b/span.ts'],
      'lib/b/span.ts': ['lib/a/index.ts'],
      'lib/c.ts': ['lib/a/index.ts'],
    });
    expect(rings(graph)).toEqual(['lib/a/index.ts → lib/a/read.ts → lib/b/span.ts → lib/a/index.ts']);
  });

  it('names one shortest ring per group of files, a file importing itself too, and nothing for a graph without one', () => {
    const graph: ImportGraph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'a.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['d.ts']],
      ['e.ts', ['a.ts']],
    ]);
    expect(rings(graph)).toEqual(['a.ts → b.ts → a.ts', 'd.ts → d.ts']);
    expect(rings(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toEqual([]);
  });
});

describe('the project’s imports', () => {
  const graph = importGraph(ROOT, FOLDERS, ROOT_FILES);
  /** The imports of the files under `from` that `allowed` refuses, as `importer → imported` lines. */
  const importsOf = (from: string, allowed: (target: string) => boolean) =>
    [...graph].filter(([file]) => file.startsWith(from)).flatMap(([file, targets]) => targets.filter((target) => !allowed(target)).map((target) => `${file} → ${target}`));

  it('reads the whole project', () => {
    expect(graph.get('lib/search/query/engine.ts')).toContain('lib/search/query/ranking.ts');
    expect(graph.size).toBeGreaterThan(250);
  });

  it('has no import cycle', () => {
    expect(
      rings(graph),
      'These files import one another in a ring: move what both sides need (often a type) into a file of its own that imports neither',
    ).toEqual([]);
  });

  it('keeps search’s folders to their rule: query/ and index/ never import each other, format/ and tokenizer/ nothing but lib/thai', () => {
    const search = 'lib/search/';
    expect(importsOf(`${search}query/`, (target) => !target.startsWith(`${search}index/`))).toEqual([]);
    expect(importsOf(`${search}index/`, (target) => !target.startsWith(`${search}query/`))).toEqual([]);
    for (const folder of [`${search}format/`, `${search}tokenizer/`]) {
      expect(importsOf(folder, (target) => target.startsWith(folder) || target.startsWith('lib/thai/'))).toEqual([]);
    }
  });
});
