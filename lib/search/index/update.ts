import { join, relative } from 'node:path';
import { contentRoot, digest, type Archive } from '../../content';
import { locales, type Locale } from '../../i18n/locales';
import { acquireLock } from '../../workers';
import type { BuildStats } from './build';
import { updateIndex } from './generations';
import { searchRecords } from './records';

/**
 * The analysis cache of one language's index in `out` built from content root `root`, kept in `cacheDir`. Keyed by
 * the index folder as seen from the cache's: a release folder renamed with both in it (as a deployment names the
 * folder it built in after its build) keeps its cache.
 */
export function analysisCacheFile(cacheDir: string, out: string, lang: Locale, root = contentRoot()): string {
  return join(cacheDir, `search-${lang}-${digest(JSON.stringify([root, relative(cacheDir, out)]))}.bin`);
}

/**
 * Brings the search index of every language up to date with `archive`, as a new generation in `out` (only changed
 * releases are analysed). Two updates at once would write the same cache files and generations: the second waits
 * for the first (a lock in `.cache/`). Used by `npm run build:search` and by `npm run publish`, which passes the
 * archive it has just checked instead of loading the content a second time.
 * @param options.cacheDir where the analysis caches and the lock are kept (`.cache/` by default)
 * @param options.install false: write the generations only, for a publication to make them the site's (see
 *   `updateIndex`); by default each becomes the one readers get, at once
 * @returns the generation written for each language
 * @param options.onLanguage called with each language's figures once its index is written
 */
export async function updateSearchIndex(
  archive: Archive,
  options: {
    out: string;
    cacheDir?: string;
    install?: boolean;
    onProgress?: (lang: Locale, done: number, total: number) => void;
    onLanguage?: (lang: Locale, stats: BuildStats, gen: string) => void;
  },
): Promise<Record<Locale, string>> {
  const cacheDir = options.cacheDir ?? join(process.cwd(), '.cache');
  const release = await acquireLock(join(cacheDir, 'build-search.lock'), 'the search index and its cache');
  try {
    const facet = (registry: Archive['agencies'], lang: Locale) => Object.entries(registry).map(([id, names]) => ({ id, name: names[lang] }));
    const generations = {} as Record<Locale, string>;
    for (const lang of locales) {
      const { stats, gen } = await updateIndex({
        out: options.out,
        lang,
        records: searchRecords(archive, lang),
        agencies: facet(archive.agencies, lang),
        categories: facet(archive.categories, lang),
        cacheFile: analysisCacheFile(cacheDir, options.out, lang),
        install: options.install ?? true,
        onProgress: (done, total) => options.onProgress?.(lang, done, total),
      });
      generations[lang] = gen;
      options.onLanguage?.(lang, stats, gen);
    }
    return generations;
  } finally {
    release();
  }
}
