/**
 * `npx tsx scripts/bench/lexicon.ts --index DIR [--cache FILE]… [--words "th:กรุงเทพ|en:chaing"]`
 *
 * What the search index's lexicon (`lib/search/format/lexicon.ts`) costs and finds:
 *   - for each language of the index in DIR: terms, pages, bytes on disk (gzip: total, largest, median page) and the
 *     bytes its separators add to the manifest;
 *   - for each analysis cache given (`.cache/search-<lang>-*.bin`, written by the build of that index): how many
 *     terms hold in one release only, the lexicon's size and layout time with and without them, and how many pages
 *     a build rewrites after one release is added (the cache's last release counted again);
 *   - for each term of the words given (cut as a query is): `prefixed` and `near`, with the pages and gzip bytes
 *     each fetched.
 * A benchmark: never part of `npm test`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { command, usageError } from '../../lib/cli';
import { decodeLexiconPage, decodeManifest, indexFiles, lexiconTerm, type Files, type Manifest } from '../../lib/search/format';
import { ANALYSIS_VERSION } from '../../lib/search/index/build';
import { readAnalysisCache } from '../../lib/search/index/cache';
import { diskFiles } from '../../lib/search/index/disk';
import { layOutLexicon } from '../../lib/search/index/lexicon-pages';
import { LexiconReader } from '../../lib/search/query/lexicon';
import { queryTerms } from '../../lib/search/tokenizer';

const { values } = command({
  usage: 'usage: npx tsx scripts/bench/lexicon.ts --index DIR [--cache FILE]… [--words "th:กรุงเทพ|en:chaing"]',
  options: {
    index: { type: 'string' },
    cache: { type: 'string', multiple: true, default: [] },
    words: { type: 'string', default: '' },
  },
});
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** The manifest of `lang` in the index at `root`, or undefined when there is none. */
function manifestOf(root: string, lang: string): Manifest | undefined {
  try {
    return decodeManifest(readFileSync(join(root, indexFiles.manifest(lang))));
  } catch {
    return undefined;
  }
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;

if (values.index) {
  for (const lang of ['th', 'en']) {
    const manifest = manifestOf(values.index, lang);
    if (!manifest) continue;
    const sizes = manifest.lexicon.map((_, n) => statSync(join(values.index!, indexFiles.lexicon(lang, manifest.gen, n))).size);
    let terms = 0;
    const files = diskFiles(values.index);
    for (let n = 0; n < sizes.length; n++) terms += decodeLexiconPage(await files.gunzip(await files.read(indexFiles.lexicon(lang, manifest.gen, n)))).terms.length;
    const total = sizes.reduce((sum, size) => sum + size, 0);
    console.log(
      `${lang}: ${terms} terms in ${sizes.length} pages, ${kb(total)} gzip (largest page ${kb(Math.max(0, ...sizes))}, median ${kb(median(sizes))}); ` +
        `separators ${kb(Buffer.byteLength(JSON.stringify(manifest.lexicon)))} of a ${kb(statSync(join(values.index, indexFiles.manifest(lang))).size)} manifest`,
    );
  }
}

for (const file of values.cache) {
  const cache = readAnalysisCache(file, ANALYSIS_VERSION);
  const df = new Uint32Array(cache.terms.length);
  for (const entry of cache.entries.values()) for (const id of entry.terms) df[id]!++;
  const eligible = cache.terms.filter((term, id) => df[id]! > 0 && lexiconTerm(term)).length;
  const once = cache.terms.filter((term, id) => df[id] === 1 && lexiconTerm(term)).length;
  console.log(`${file}: ${cache.entries.size} releases, ${cache.terms.length} terms; ${eligible} fit the lexicon, ${once} (${((100 * once) / eligible).toFixed(0)} %) of them in one release only`);
  for (const minDf of [1, 2, 3]) {
    const started = performance.now();
    const { pages, terms } = layOutLexicon(cache.terms, (id) => df[id]!, undefined, minDf);
    const layout = performance.now() - started;
    const gzipped = pages.map((page) => gzipSync(page, { level: 9 }).length);
    const gzipTime = performance.now() - started - layout;
    const raw = pages.reduce((sum, page) => sum + page.length, 0);
    console.log(
      `  df ≥ ${minDf}: ${terms} terms, ${pages.length} pages, ${kb(raw)} raw, ${kb(gzipped.reduce((sum, n) => sum + n, 0))} gzip ` +
        `(largest ${kb(Math.max(0, ...gzipped))}, median ${kb(median(gzipped))}); layout ${layout.toFixed(0)} ms, gzip ${gzipTime.toFixed(0)} ms`,
    );
  }
  const last = [...cache.entries.values()].at(-1);
  if (last) {
    const hash = (page: Uint8Array) => createHash('sha1').update(page).digest('base64');
    const before = layOutLexicon(cache.terms, (id) => df[id]!);
    const again = layOutLexicon(cache.terms, (id) => df[id]!, before.separators);
    const added = new Set(last.terms);
    const started = performance.now();
    const after = layOutLexicon(cache.terms, (id) => df[id]! + (added.has(id) ? 1 : 0), before.separators);
    const layout = performance.now() - started;
    const earlier = new Set(before.pages.map(hash));
    const rewritten = after.pages.filter((page) => !earlier.has(hash(page)));
    console.log(
      `  one release (${last.terms.length} terms) added: ${rewritten.length} of ${after.pages.length} pages rewritten ` +
        `(${kb(rewritten.reduce((sum, page) => sum + gzipSync(page, { level: 9 }).length, 0))} gzip), layout ${layout.toFixed(0)} ms; ` +
        `relaid on its own separators: ${again.pages.every((page, n) => hash(page) === hash(before.pages[n]!)) ? 'same pages' : 'DIFFERENT pages'}`,
    );
  }
}

for (const [lang, term] of values.words
  .split('|')
  .filter(Boolean)
  .flatMap((word) => {
    const [lang, text] = word.includes(':') ? (word.split(':', 2) as [string, string]) : ['th', word];
    return queryTerms(text).map((term) => [lang, term] as const);
  })) {
  const index = values.index!;
  let fetched = 0;
  let bytes = 0;
  const disk = diskFiles(index);
  const counting: Files = {
    read: async (path) => {
      const data = await disk.read(path);
      if (path.includes('/lexicon/')) {
        fetched++;
        bytes += data.length;
      }
      return data;
    },
    gunzip: disk.gunzip,
  };
  const manifest = manifestOf(index, lang)!;
  const prefixed = await new LexiconReader(lang, counting, manifest).prefixed(term, 8);
  const prefixCost = `${fetched} pages, ${kb(bytes)}`;
  fetched = 0;
  bytes = 0;
  const near = await new LexiconReader(lang, counting, manifest).near(term, 8);
  console.log(`${lang} ${term}: prefixed (${prefixCost}) ${prefixed.join(' ') || '—'}; near (${fetched} pages, ${kb(bytes)}) ${near.join(' ') || '—'}`);
}

if (!values.index && !values.cache.length) usageError('give --index DIR and/or --cache FILE (see the top of scripts/bench/lexicon.ts)');
