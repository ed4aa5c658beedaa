import { spawnSync } from 'node:child_process';
// The only two imports of the engine's internals: the query adapter below is all that has to follow them.
import { diskFiles } from '../../../lib/search/index/disk';
import { SearchEngine } from '../../../lib/search/query/engine';
import { SearchIndex } from '../../../lib/search/query/search-index';
import type { Ranking } from './metrics';

/**
 * Our engine in the benchmark: the index is built through the project's CLI (`scripts/build-search-index.ts`, with
 * CONTENT_DIR set to the sample), and queried in Node through the same engine the search page runs in the browser.
 */

/**
 * Builds (or updates: the build re-analyses only changed releases) the index of `content` into `out`. The same content
 * is published again, with a new index, when this code's dictionary or analysis differ from its publication's
 * (`indexRecipe`, `lib/publish`), so the benchmark always measures this code's.
 */
export function buildOurIndex(content: string, out: string): void {
  const run = spawnSync('npx', ['tsx', 'scripts/build-search-index.ts', '--out', out], {
    env: { ...process.env, CONTENT_DIR: content },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`building our search index failed (exit ${run.status})`);
}

/**
 * A query function over the index in `root`, for a reader on the `/th/search` or `/en/search` page: Thai searches
 * the Thai index; English searches the English index, then the Thai one (as components/SearchApp.tsx does).
 * It answers with the releases of the first page (`<index language>:<slug>`, as a pair's two versions share a slug)
 * and the number of releases found.
 */
export function ourSearch(root: string): (lang: 'th' | 'en', q: string) => Promise<{ slugs: string[]; total: number }> {
  const th = new SearchIndex('th', diskFiles(root));
  const engines = { th: new SearchEngine([th]), en: new SearchEngine([new SearchIndex('en', diskFiles(root)), th]) };
  return async (lang, q) => {
    const result = await engines[lang].search({ q, sort: 'relevance', page: 1 });
    return { slugs: result.hits.map((hit) => `${hit.source}:${hit.doc.slug}`), total: result.total };
  };
}

/** Runs every query through our engine; `<language>:<slug>` keys are mapped back to legacy ids with `idOfSlug`. */
export async function rankWithOurs(root: string, queries: { lang: 'th' | 'en'; query: string }[], idOfSlug: Map<string, number>): Promise<Ranking[]> {
  const search = ourSearch(root);
  const rankings: Ranking[] = [];
  for (const { lang, query } of queries) {
    const { slugs, total } = await search(lang, query);
    rankings.push({ ids: slugs.map((slug) => idOfSlug.get(slug) ?? -1), total });
  }
  return rankings;
}
