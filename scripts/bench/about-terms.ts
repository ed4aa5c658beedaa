/**
 * `npx tsx scripts/bench/about-terms.ts <content root> [--seed N] [--count N]`: the About terms of Thai-only releases
 * drawn at random (a fixed seed draws the same ones) from a content root, such as a full import
 * (`npm run import -- ../shared/corpus/*.tar.xz --out /tmp/full`): for each, its file, title, first 300 characters
 * and the terms its English page shows (and, after `|`, its listing entry's), for a reader of Thai to judge; then how
 * many releases get 3 terms or more. The terms are drawn as `lib/listing/about.ts` draws them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { command, usageError } from '../../lib/cli';
import { ABOUT_LINE, pageText } from '../../lib/listing';
import { plainText } from '../../lib/markdown';
import { aboutTerms, aboutVocabulary, DICTIONARY_DIR, parseDictionary } from '../../lib/search/dictionary';

const { positionals, values } = command({
  usage: 'npx tsx scripts/bench/about-terms.ts <content root> [--seed N] [--count N]',
  options: { seed: { type: 'string', default: '1' }, count: { type: 'string', default: '100' } },
  allowPositionals: true,
});
const root = join(positionals[0] ?? usageError('give the content root to draw from'), 'news');
const bilingual = join(DICTIONARY_DIR, 'bilingual.tsv');
const vocabulary = aboutVocabulary(parseDictionary(readFileSync(bilingual, 'utf8'), bilingual, 'translation'));

const files = readdirSync(root)
  .sort()
  .flatMap((year) => readdirSync(join(root, year)).sort().map((name) => join(root, year, name)));
const english = new Set(files.filter((f) => f.endsWith('.en.md')).map((f) => f.slice(0, -'.en.md'.length)));
const thaiOnly = files.filter((f) => f.endsWith('.th.md') && !english.has(f.slice(0, -'.th.md'.length)));

/** mulberry32: a small seeded generator, so a seed draws the same releases on every machine. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(Number(values.seed));
const picked = new Set<string>();
const count = Math.min(Number(values.count), thaiOnly.length);
while (picked.size < count) picked.add(thaiOnly[Math.floor(next() * thaiOnly.length)]!);

/** The words around a term's first place in the text, to judge the term by. */
function around(text: string, thai: string): string {
  const at = text.indexOf(thai);
  return at < 0 ? '' : text.slice(Math.max(0, at - 12), at + thai.length + 12).replace(/\s+/g, ' ');
}

let three = 0;
let terms = 0;
for (const file of picked) {
  const { data, content } = matter(readFileSync(file, 'utf8'));
  const text = plainText(content);
  const page = aboutTerms(pageText(String(data.title), text), vocabulary, ABOUT_LINE.page);
  // The excerpt as the loader makes it, but cut at 220 characters rather than at the word before.
  const excerpt = data.summary ?? text.replace(/\s+/g, ' ').slice(0, 220);
  const entry = aboutTerms(`${data.title}\n${excerpt}`, vocabulary, ABOUT_LINE.entry);
  if (page.length >= 3) three++;
  terms += page.length;
  console.log(`## ${file}\n${data.title}\n${text.replace(/\s+/g, ' ').slice(0, 300)}`);
  console.log(`page: ${page.map((t) => `${t.english} (${t.thai} ×${t.count}: …${around(text, t.thai)}…)`).join('; ')}`);
  console.log(`entry: ${entry.map((t) => t.english).join('; ')}\n`);
}
console.log(`Thai-only releases: ${thaiOnly.length}; drawn: ${picked.size} (seed ${values.seed}); terms shown: ${terms}; with 3 terms or more: ${three}`);
