/**
 * `npm run bench:search-quality [-- --only ours|pagefind] [--verbose] [--record-sample] [--corpus DIR]`
 *
 * How well search finds what readers type: builds our index and Pagefind's over the same deterministic sample of
 * 6,000 real releases (Thai and English, search-quality/sample.ts), runs the fixed queries of
 * search-quality/queries.tsv through both, and prints top-1, top-10, MRR@10 and the number of empty result pages per
 * kind of query. The imported sample and the Pagefind build are kept under bench-out/search-quality/, so a rerun only
 * rebuilds what changed; per-query ranks go to bench-out/search-quality/results-<date>.json. A benchmark: never part
 * of `npm test`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { command, usageError } from '../../lib/cli';
import { outcomeOf, scoreByKind, type KindScore, type Ranking } from './search-quality/metrics';
import { buildOurIndex, rankWithOurs } from './search-quality/ours';
import { buildPagefind, rankWithPagefind } from './search-quality/pagefind';
import { loadQueries, type Query } from './search-quality/queries';
import { scoreTable } from './search-quality/report';
import { ensureSample, readSample, type Release } from './search-quality/sample';

const { values } = command({
  usage: 'usage: npm run bench:search-quality [-- --only ours|pagefind] [--verbose] [--record-sample] [--corpus DIR]',
  options: {
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    'record-sample': { type: 'boolean', default: false },
    corpus: { type: 'string', default: resolve('..', 'shared', 'corpus') },
  },
});
if (values.only !== undefined && values.only !== 'ours' && values.only !== 'pagefind') usageError(`--only takes ours or pagefind, not "${values.only}"`);

const out = resolve('bench-out', 'search-quality');
const content = join(out, 'content');
const started = performance.now();
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

ensureSample(content, values.corpus, { record: values['record-sample'] });
const releases = readSample(content);
const queries = loadQueries();
checkTargets(queries, releases);
const english = releases.filter((release) => release.lang === 'en').length;
console.log(`sample: ${releases.length} releases (${releases.length - english} Thai, ${english} English); ${queries.length} queries`);

/**
 * Every query's target is in the sample, under the title written beside it, in the language of the query's page, or
 * Thai for a query on the English page (which searches the Thai index after the English one).
 */
function checkTargets(list: Query[], sample: Release[]) {
  const byId = new Map(sample.map((release) => [release.legacyId, release]));
  const problems = list.flatMap((query) => {
    const release = byId.get(query.legacyId);
    if (!release) return [`${query.at}: release ${query.legacyId} is not in the sample; pick a target from bench-out/search-quality/content`];
    if (release.title !== query.title) return [`${query.at}: release ${query.legacyId} is titled "${release.title}", not "${query.title}"`];
    if (release.lang !== query.lang && !(query.lang === 'en' && release.lang === 'th')) return [`${query.at}: release ${query.legacyId} is in ${release.lang}, the query is on the ${query.lang} search page`];
    return [];
  });
  if (problems.length) throw new Error(problems.join('\n'));
}

const engines: Record<string, Ranking[]> = {};
if (values.only !== 'pagefind') {
  let from = performance.now();
  buildOurIndex(content, join(out, 'index'));
  console.log(`our index built in ${seconds(from)} s`);
  from = performance.now();
  engines.ours = await rankWithOurs(join(out, 'index'), queries, new Map(releases.map((release) => [`${release.lang}:${release.slug}`, release.legacyId])));
  console.log(`our engine answered ${queries.length} queries in ${seconds(from)} s`);
}
if (values.only !== 'ours') {
  const built = buildPagefind(releases, join(out, 'pagefind-site'));
  console.log(built === null ? 'Pagefind index reused (same pages, same version)' : `Pagefind index built in ${built.toFixed(1)} s`);
  const from = performance.now();
  engines.pagefind = await rankWithPagefind(join(out, 'pagefind-site'), queries);
  console.log(`Pagefind answered ${queries.length} queries in Chromium in ${seconds(from)} s`);
}

const scores: Record<string, KindScore[]> = {};
for (const [name, rankings] of Object.entries(engines)) {
  scores[name] = scoreByKind(queries.map((query, i) => outcomeOf(query.kind, rankings[i]!, query.legacyId)));
}
if (values.verbose) {
  for (const [i, query] of queries.entries()) {
    const ranks = Object.entries(engines).map(([name, rankings]) => {
      const { rank, empty } = outcomeOf(query.kind, rankings[i]!, query.legacyId);
      return `${name} ${rank ?? (empty ? 'empty' : '-')}`;
    });
    console.log(`${query.at}  ${ranks.join('  ')}  ${query.kind}: ${query.query}`);
  }
}
const date = new Date().toISOString();
console.log(`\n${scoreTable(scores)}\n\ntop-1 / top-10: queries whose release is first / on the first page; MRR@10; empty: queries answered with no result at all`);
mkdirSync(out, { recursive: true });
const file = join(out, `results-${date.slice(0, 16).replace(':', '')}.json`);
const perQuery = queries.map((query, i) => ({
  at: query.at,
  kind: query.kind,
  query: query.query,
  target: query.legacyId,
  ...Object.fromEntries(Object.entries(engines).map(([name, rankings]) => [name, rankings[i]])),
}));
writeFileSync(file, `${JSON.stringify({ date, releases: releases.length, scores, queries: perQuery }, null, 1)}\n`);
console.log(`results: ${file}\ntotal ${seconds(started)} s`);
