import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Archive } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import type { DictionaryEntry } from '@/lib/search/dictionary';
import { buildIndex, type BuildOutput } from '@/lib/search/index/build';
import { searchRecords } from '@/lib/search/index/records';

/**
 * Builds one language's search index of a test site (`testSite`'s archive) from nothing into the folder `out`, laid
 * out as `npm run build:search` lays out `public/search-index`, with the site's agencies and categories named in
 * that language. Read it back with `diskFiles(out)`.
 * @param options.dictionary the equivalent spellings the index carries (the shipped dictionary by default)
 * @returns the build's figures and analyses (what a later build would reuse)
 * @example await buildIndexInto(join(dirname(root), 'index'), archive, 'th')
 */
export function buildIndexInto(out: string, archive: Archive, lang: Locale, options: { dictionary?: DictionaryEntry[] } = {}): Promise<BuildOutput> {
  const facet = (registry: Archive['agencies']) => Object.entries(registry).map(([id, names]) => ({ id, name: names[lang] }));
  return buildIndex({
    lang,
    records: searchRecords(archive, lang),
    agencies: facet(archive.agencies),
    categories: facet(archive.categories),
    ...options,
    write: (path, data) => {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), data);
    },
  });
}
