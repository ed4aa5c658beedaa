/**
 * `npm run harvest:bilingual [-- --content DIR]`
 *
 * Writes the search's bilingual vocabulary, lib/search/dictionary/bilingual.tsv, from the agency registry of the
 * content root (default `content/`), the typed-in lists of lib/search/dictionary/bilingual/ and the transliteration
 * dataset's rows `npm run harvest:dictionary` kept (`scripts/dictionary/bilingual.ts` says how). Reads no corpus: run
 * it after editing a list or bilingual/stop.tsv. Exits 1 when a source cannot be read.
 */
import { command, fail } from '../lib/cli';
import { DictionaryError } from '../lib/search/dictionary';
import { writeBilingual } from './dictionary/bilingual';

const cli = command({
  usage: 'usage: npm run harvest:bilingual [-- --content DIR]',
  options: { content: { type: 'string', default: 'content' } },
});

try {
  console.log(writeBilingual(cli.values.content));
} catch (error) {
  if (!(error instanceof DictionaryError)) throw error;
  fail(error.message);
}
