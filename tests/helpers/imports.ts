import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * The project's import graph, read with the TypeScript compiler's own scanner and resolver (the `paths` alias `@/`,
 * `.ts`/`.tsx` and folder `index.ts` resolution exactly as `tsc` does). Type-only imports count: they tie two
 * modules together as much as value imports do, and are what usually closes a cycle.
 */

/** Files imported by each source file, both as paths relative to `root`, `/`-separated, sorted. */
export type ImportGraph = Map<string, string[]>;

/** The compiler options of `root/tsconfig.json` (for the `paths` alias), or the resolver's defaults without one. */
function compilerOptions(root: string): ts.CompilerOptions {
  const file = ts.findConfigFile(root, ts.sys.fileExists);
  if (!file || relative(root, file) !== 'tsconfig.json') return { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler };
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(`${file}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  return ts.parseJsonConfigFileContent(config, ts.sys, root).options;
}

/** Every `.ts`/`.tsx` file under `root/folder`, relative to `root`. */
function sourceFiles(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((file) => !file.split('/').includes('node_modules'));
}

/**
 * The imports between the source files of `folders` (and of `files`), relative to `root`: static imports and
 * re-exports (type-only ones too) and `import()` with a literal path. Imports of packages, and of files outside
 * those folders, are left out.
 * @example importGraph('/repo', ['lib']).get('lib/search/query/url.ts') // ['lib/search/query/types.ts']
 */
export function importGraph(root: string, folders: readonly string[], files: readonly string[] = []): ImportGraph {
  const options = compilerOptions(root);
  const sources = [...folders.flatMap((folder) => sourceFiles(root, folder)), ...files].sort();
  const known = new Set(sources);
  const graph: ImportGraph = new Map();
  for (const file of sources) {
    const path = join(root, file);
    const { importedFiles } = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
    const targets = new Set<string>();
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, path, options, ts.sys).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport) continue;
      const target = relative(root, resolved.resolvedFileName).split('\\').join('/');
      if (known.has(target)) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/**
 * One cycle of each group of files that import one another in a ring (a strongly connected component, found with
 * Tarjan's algorithm), as the files in import order with the first repeated at the end; sorted. Empty when the
 * graph has no cycle.
 * @example importCycles(new Map([['a.ts', ['b.ts']], ['b.ts', ['a.ts']]])) // [['a.ts', 'b.ts', 'a.ts']]
 */
export function importCycles(graph: ImportGraph): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (file: string) => {
    order.set(file, order.size);
    low.set(file, order.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, order.get(next)!));
    }
    if (low.get(file) !== order.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || graph.get(file)?.includes(file)) groups.push(group);
  };
  for (const file of [...graph.keys()].sort()) if (!order.has(file)) visit(file);
  return groups.map((group) => ringThrough(graph, new Set(group))).sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

/** A shortest ring from the first file (in sorted order) of a group back to itself, through the group only. */
function ringThrough(graph: ImportGraph, group: Set<string>): string[] {
  const start = [...group].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i]!;
    for (const next of graph.get(file) ?? []) {
      if (!group.has(next)) continue;
      if (next === start) {
        const between: string[] = [];
        for (let at = file; at !== start; at = cameFrom.get(at)!) between.unshift(at);
        return [start, ...between, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  throw new Error(`no ring through ${start}: not a strongly connected group`);
}
