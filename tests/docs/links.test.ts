import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { remark } from 'remark';
import { describe, expect, it } from 'vitest';

/**
 * The README and docs/ point at files of the repository in two ways: Markdown links (`[rules](lib/import/README.md)`)
 * and inline code naming a path (`lib/content/path.ts`). Code moves; these checks name every pointer left behind.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Inline code read as a repository path: it starts with a top-level folder and holds no placeholder. */
const CODE_PATH = /^(?:app|components|content|deploy|docs|lib|public|scripts|tests)\/[^\s<>*…]*$/;

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  depth?: number;
  position?: { start: { line: number } };
  children?: MdNode[];
}

function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function textOf(node: MdNode): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens, `-1`, `-2` for repeats. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  walk(remark.parse(markdown) as MdNode, (node) => {
    if (node.type !== 'heading') return;
    const base = textOf(node).trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    let anchor = base;
    for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
  });
  return anchors;
}

/** Whether `path` is what a command writes (`public/data/`, `published/`): git ignores it, so a fresh clone lacks it. */
function generated(root: string, path: string): boolean {
  return spawnSync('git', ['check-ignore', '-q', path], { cwd: root }).status === 0;
}

/**
 * Every broken pointer of the Markdown files `files` (paths relative to `root`), as `file:line: what`: a relative link
 * to a missing file or to a heading its Markdown target lacks, or inline code naming a path that does not exist.
 */
function brokenPointers(root: string, files: string[]): string[] {
  const broken: string[] = [];
  const anchors = new Map<string, Set<string>>();
  const anchorsIn = (path: string) => anchors.get(path) ?? anchors.set(path, anchorsOf(readFileSync(path, 'utf8'))).get(path)!;
  for (const file of files) {
    const source = join(root, file);
    walk(remark.parse(readFileSync(source, 'utf8')) as MdNode, (node) => {
      const line = node.position?.start.line ?? 0;
      if (node.type === 'inlineCode' && CODE_PATH.test(node.value ?? '')) {
        if (!existsSync(join(root, node.value!)) && !generated(root, node.value!)) broken.push(`${file}:${line}: \`${node.value}\` names no file or folder of the repository`);
        return;
      }
      if (node.type !== 'link' || !node.url || /^[a-z][a-z\d+.-]*:/i.test(node.url)) return;
      const [path, anchor] = decodeURIComponent(node.url).split('#') as [string, string | undefined];
      const target = path === '' ? source : path.startsWith('/') ? join(root, path) : resolve(dirname(source), path);
      if (!existsSync(target)) {
        broken.push(`${file}:${line}: link ${node.url}: no file ${relative(root, target)}`);
      } else if (anchor && target.endsWith('.md') && !anchorsIn(target).has(anchor)) {
        broken.push(`${file}:${line}: link ${node.url}: ${relative(root, target)} has no heading #${anchor}`);
      }
    });
  }
  return broken;
}

describe('README.md and docs/', () => {
  it('point only at files and headings that exist', () => {
    const docs = readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`);
    expect(docs.length).toBeGreaterThan(0);
    expect(brokenPointers(ROOT, ['README.md', ...docs])).toEqual([]);
  });
});

describe('brokenPointers', () => {
  it('names each broken link, anchor and code path by file and line, and passes the rest', () => {
    const root = mkdtempSync(join(tmpdir(), 'doc-links-'));
    mkdirSync(join(root, 'docs'));
    mkdirSync(join(root, 'lib/thai'), { recursive: true });
    writeFileSync(join(root, 'lib/thai/date.ts'), '');
    writeFileSync(join(root, 'docs/builds.md'), '# Builds\n\n## Current results\n\n## History\n');
    writeFileSync(
      join(root, 'README.md'),
      [
        '# Site', // 1
        '', // 2
        'Dates: `lib/thai/date.ts`, [builds](docs/builds.md#current-results), [map](#site).', // 3
        'Moved: `lib/thai/format.ts`; placeholders are not paths: `lib/*.ts`, `public/fonts/sarabun-<version>/`.', // 4
        '| [search](docs/search.md) | [old](docs/builds.md#every-figure) | [web](https://example.org/x) |', // 5
        '[up](../outside.md) and [top](#nowhere)', // 6
      ].join('\n'),
    );
    writeFileSync(join(root, 'docs/search.md'), 'See [the README](../README.md#site) and `docs/missing.md`.\n');

    expect(brokenPointers(root, ['README.md', 'docs/builds.md', 'docs/search.md'])).toEqual([
      'README.md:4: `lib/thai/format.ts` names no file or folder of the repository',
      'README.md:5: link docs/builds.md#every-figure: docs/builds.md has no heading #every-figure',
      `README.md:6: link ../outside.md: no file ${relative(root, join(root, '../outside.md'))}`,
      'README.md:6: link #nowhere: README.md has no heading #nowhere',
      'docs/search.md:1: `docs/missing.md` names no file or folder of the repository',
    ]);
  });

  it('reads headings as GitHub anchors them: Thai kept, punctuation dropped, repeats numbered', () => {
    expect([...anchorsOf('# Map of the code\n## `next start` alone\n## ภาษาไทย\n## History\n## History\n')]).toEqual([
      'map-of-the-code',
      'next-start-alone',
      'ภาษาไทย',
      'history',
      'history-1',
    ]);
  });
});
