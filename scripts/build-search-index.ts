/**
 * `npm run build:search [-- --out DIR]`
 *
 * Builds the search index of every language from the validated content (`lib/content`, honouring CONTENT_DIR) into
 * `public/search-index/<lang>/` (or DIR/<lang>/). Each language is written beside the old one and swapped in when
 * complete, so a server never sees half an index. Prints what it built, the time and the peak memory.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getArchive } from '../lib/content';
import { locales } from '../lib/i18n/locales';
import { buildIndex } from '../lib/search/build';
import { searchRecords } from '../lib/search/records';

const { values } = parseArgs({ options: { out: { type: 'string', default: join('public', 'search-index') } } });
const out = resolve(values.out);
const started = performance.now();

const archive = getArchive();
const loaded = performance.now();
const facet = (registry: typeof archive.agencies, lang: (typeof locales)[number]) =>
  Object.entries(registry).map(([id, names]) => ({ id, name: names[lang] }));

for (const lang of locales) {
  const staging = join(out, `.${lang}-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const made = new Set<string>();
  const stats = await buildIndex({
    lang,
    records: searchRecords(archive, lang),
    agencies: facet(archive.agencies, lang),
    categories: facet(archive.categories, lang),
    write: (path, data) => {
      const file = join(staging, path.slice(lang.length + 1));
      const dir = dirname(file);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(file, data);
    },
  });
  const previous = join(out, `.${lang}-old-${process.pid}`);
  rmSync(previous, { recursive: true, force: true });
  try {
    renameSync(join(out, lang), previous);
  } catch {
    // no previous index
  }
  renameSync(staging, join(out, lang));
  rmSync(previous, { recursive: true, force: true });
  console.log(
    `search index ${lang}: ${stats.docs} releases, ${stats.terms} terms, ${stats.postings} postings, ${stats.shards} shards, ` +
      `${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB`,
  );
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const peak = process.resourceUsage().maxRSS / 1024;
console.log(`search index built in ${seconds(performance.now() - started)} s (content ${seconds(loaded - started)} s), peak memory ${peak.toFixed(0)} MB`);
