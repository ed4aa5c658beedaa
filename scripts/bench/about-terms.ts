/**
 * `npx tsx scripts/bench/about-terms.ts`: the About terms (lib/search/dictionary/about.ts) of 100 Thai-only releases of
 * the search-quality sample (every k-th, so the same 100 each run; run `npm run bench:search-quality` once first), one
 * line each for review, then how many get 3 terms or more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { aboutTerms, DICTIONARY_DIR, parseDictionary } from '../../lib/search/dictionary';
const bilingual = join(DICTIONARY_DIR, 'bilingual.tsv');
const entries = parseDictionary(readFileSync(bilingual, 'utf8'), bilingual, 'translation');
const root = 'bench-out/search-quality/content/news';
const files = readdirSync(root).flatMap((y) => readdirSync(join(root, y)).map((n) => join(root, y, n)));
const en = new Set(files.filter((f) => f.endsWith('.en.md')).map((f) => f.slice(0, -6)));
const th = files.filter((f) => f.endsWith('.th.md') && !en.has(f.slice(0, -6))).sort();
// A deterministic 100: every k-th file.
const step = Math.floor(th.length / 100);
const picked = th.filter((_, i) => i % step === 0).slice(0, 100);
let three = 0;
for (const f of picked) {
  const { data, content } = matter(readFileSync(f, 'utf8'));
  const terms = aboutTerms(`${data.title}\n${content}`, entries);
  if (terms.length >= 3) three++;
  console.log(`${data.legacyId}\t${String(data.title).slice(0, 60)}\t${terms.map((t) => `${t.english}(${t.thai})`).join(', ')}`);
}
console.log(`releases: ${picked.length}, with 3 terms or more: ${three}`);
