import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// lib/README.md's rule: a folder of lib/ with an index.ts is imported through it from outside. This lists every
// import of the site, the scripts and lib itself that reaches past such an index (tests may: they test the module).

const root = process.cwd();
const IMPORT = /\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g;

/** `file → specifier` of every import that reaches a module inside a folder with an index.ts, from outside it. */
function pastIndexes(): string[] {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx', '*.mjs'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file && !file.startsWith('tests/') && existsSync(join(root, file)));
  const found: string[] = [];
  for (const file of files) {
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(IMPORT)) {
      const spec = (match[1] ?? match[2])!;
      const target = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? relative(root, resolve(root, dirname(file), spec)) : undefined;
      if (!target?.startsWith('lib/')) continue;
      const parts = target.split(posix.sep);
      for (let depth = 2; depth < parts.length; depth++) {
        const folder = parts.slice(0, depth).join('/');
        if (file.startsWith(`${folder}/`) || !existsSync(join(root, folder, 'index.ts'))) continue;
        if (target !== `${folder}/index`) found.push(`${file} → ${spec}`);
        break;
      }
    }
  }
  return found.sort();
}

describe('imports of lib/', () => {
  it('go through a folder’s index.ts, but for the exceptions lib/README.md gives', () => {
    expect(pastIndexes()).toEqual([
      // The browser runs these: the indexes of lib/listing and lib/content reach modules that read files.
      'components/search/NothingFound.tsx → @/lib/listing/addresses',
      'components/search/SearchForm.tsx → @/lib/listing/addresses',
      'components/search/SearchResults.tsx → @/lib/listing/addresses',
      'components/search/useSearchAddress.ts → @/lib/listing/addresses',
      // next.config.ts loads it before any page: the content index would load the whole content layer there.
      'lib/http/security-headers.ts → ../content/schema',
      // In the browser bundle through the search components.
      'lib/listing/addresses.ts → ../content/slug',
      // Publishing is a tool: it dates a deletion as `npm run new` dates a release.
      'lib/publish/publish.ts → ../content/scaffold',
      // Modules only tools use, kept out of their folder's index so that no page loads them (and the proxy, which
      // runs before every request, needs only the address builder, not the listing indexes behind it).
      'lib/search/index/build.ts → ../dictionary/load',
      'proxy.ts → @/lib/listing/addresses',
      'scripts/bench/open-data.ts → ../../lib/content/parallel',
      'scripts/bench/steps/publish.ts → ../../../lib/content/scaffold',
      'scripts/build-open-data.ts → ../lib/content/parallel',
      'scripts/build-search-index.ts → ../lib/content/parallel',
      'scripts/check.ts → ../lib/content/report',
      'scripts/dictionary/bilingual.ts → ../../lib/search/dictionary/datasets',
      'scripts/harvest-dictionary.ts → ../lib/search/dictionary/datasets',
      'scripts/harvest-dictionary.ts → ../lib/search/dictionary/english',
      'scripts/harvest-dictionary.ts → ../lib/search/dictionary/pairs',
      'scripts/harvest-dictionary.ts → ../lib/search/dictionary/spellings',
      'scripts/new.ts → ../lib/content/scaffold',
    ]);
  });
});
