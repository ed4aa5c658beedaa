/**
 * `npx tsx scripts/bench/about-cost.ts <release file>…`: what an About line costs to draw, per file: reading the
 * Markdown as plain text and finding the terms of the whole text (a release page, `pageAbout`), and of the title and
 * excerpt (a listing entry, `entryAbout`); the median of 5 runs after one warm-up. Then the vocabulary's compile time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { ABOUT_LINE } from '../../lib/listing';
import { plainText } from '../../lib/markdown';
import { aboutTerms, aboutVocabulary, DICTIONARY_DIR, parseDictionary } from '../../lib/search/dictionary';

const median = (run: () => void) => {
  run();
  const times = Array.from({ length: 5 }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[2]!.toFixed(1);
};
const bilingual = join(DICTIONARY_DIR, 'bilingual.tsv');
const start = performance.now();
const vocabulary = aboutVocabulary(parseDictionary(readFileSync(bilingual, 'utf8'), bilingual, 'translation'));
const compile = (performance.now() - start).toFixed(0);
console.log('file\tcharacters\tplain text ms\tpage terms ms\tentry terms ms');
for (const file of process.argv.slice(2)) {
  const { data, content } = matter(readFileSync(file, 'utf8'));
  const text = plainText(content);
  const entry = `${data.title}\n${data.summary ?? text.replace(/\s+/g, ' ').slice(0, 220)}`;
  console.log([file, content.length, median(() => plainText(content)), median(() => aboutTerms(`${data.title}\n${text}`, vocabulary, ABOUT_LINE.page)), median(() => aboutTerms(entry, vocabulary, ABOUT_LINE.entry))].join('\t'));
}
console.log(`vocabulary compiled in ${compile} ms (once per process)`);
