/**
 * `npm run sample:english -- <import dir> [--out content] [--pairs 10] [--english-only 20]`
 *
 * Adds the English side of the shipped sample: the lowest-ranked translation pairs and English-only releases of a
 * full import (`npm run import -- ../shared/corpus/thaigov-v1.tar.xz ../shared/corpus/thaigov-v2.tar.xz --out DIR`)
 * are copied into `--out`. Deterministic: the same corpus gives the same files. Files already there are kept.
 */
import { command, usageError } from '../lib/cli';
import { copyStories, englishStories, pickEnglishSample } from '../lib/import/english-sample';

const { positionals, values } = command({
  usage: 'usage: npm run sample:english -- <import dir> [--out content] [--pairs 10] [--english-only 20]',
  allowPositionals: true,
  options: { out: { type: 'string', default: 'content' }, pairs: { type: 'string', default: '10' }, 'english-only': { type: 'string', default: '20' } },
});
const from = positionals[0] ?? usageError('give the folder of a full import');
const picked = pickEnglishSample(englishStories(from), { pairs: Number(values.pairs), englishOnly: Number(values['english-only']) });
const copied = copyStories(picked, from, values.out);
console.log(`${picked.filter((s) => s.paired).length} pairs and ${picked.filter((s) => !s.paired).length} English-only releases: ${copied.length} files in ${values.out}/news`);
