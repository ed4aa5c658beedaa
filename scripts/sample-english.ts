/**
 * `npm run sample:english -- <import dir> [--out content] [--pairs 10] [--english-only 20]`
 *
 * Adds the English side of the shipped sample: the lowest-ranked translation pairs and English-only releases of a
 * full import (`npm run import -- ../shared/corpus/thaigov-v1.tar.xz ../shared/corpus/thaigov-v2.tar.xz --out DIR`)
 * are copied into `--out`. Deterministic: the same corpus gives the same files. Files already there are kept.
 */
import { parseArgs } from 'node:util';
import { copyStories, englishStories, pickEnglishSample } from '../lib/import/english-sample';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'content' }, pairs: { type: 'string', default: '10' }, 'english-only': { type: 'string', default: '20' } },
});
const from = positionals[0];
if (!from) {
  console.error('usage: npm run sample:english -- <import dir> [--out content] [--pairs 10] [--english-only 20]');
  process.exit(2);
}
const picked = pickEnglishSample(englishStories(from), { pairs: Number(values.pairs), englishOnly: Number(values['english-only']) });
const copied = copyStories(picked, from, values.out);
console.log(`${picked.filter((s) => s.paired).length} pairs and ${picked.filter((s) => !s.paired).length} English-only releases: ${copied.length} files in ${values.out}/news`);
