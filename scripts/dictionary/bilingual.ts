import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fail } from '../../lib/cli';
import { readRegistry } from '../../lib/content';
import { BILINGUAL_LISTS, DICTIONARY_DIR, DictionaryError, parseDictionary, parseStopList, type DictionaryEntry } from '../../lib/search/dictionary';
import { TRANSLITERATION_DATASET } from '../../lib/search/dictionary/datasets';

/**
 * Writes the search's bilingual vocabulary, lib/search/dictionary/bilingual.tsv (`english<TAB>thai<TAB>source`),
 * from its sources, each row naming the one it came from:
 * - the agency registry of the content root: every agency's English and Thai names (`registry:agencies`; the
 *   category registry names sections, not things a reader searches for);
 * - the typed-in lists of lib/search/dictionary/bilingual/ (`list:<file name>`: provinces, place names, bodies,
 *   people, vocabulary), whose provenance and licences its README records;
 * - `bilingual/transliterations.tsv`: the rows of the transliteration dataset whose Thai word the archive writes
 *   (`dataset:wannaphong-transliteration`, kept by `npm run harvest:dictionary`).
 * A pair in bilingual/stop.tsv (`english<TAB>thai<TAB>why`, reviewed) is left out. A pair from two sources is written
 * once, with the first source in the order above. Used by `npm run harvest:bilingual` and `npm run harvest:dictionary`.
 */

const STOP = join(BILINGUAL_LISTS, 'stop.tsv');
const OUT = join(DICTIONARY_DIR, 'bilingual.tsv');
const HEADER = 'english\tthai\tsource';
type Row = [english: string, thai: string, source: string];

/** The registry's names as rows: English first, then Thai. */
function registryRows(content: string): Row[] {
  const { registry, errors } = readRegistry(join(content, 'agencies.yaml'), (file) => file);
  if (errors.length) fail(errors.map((error) => `${error.file}:${error.line}: ${error.message}`).join('\n'));
  return Object.values(registry).map((entry) => [entry.en, entry.th, 'registry:agencies']);
}

/** The lists of bilingual/; each row's source must be its file's (`list:<name>`, or the dataset's for its kept rows). */
function listRows(): Row[] {
  const rows: Row[] = [];
  const files = readdirSync(BILINGUAL_LISTS).filter((name) => name.endsWith('.tsv') && name !== 'stop.tsv');
  // The typed-in lists first, then the dataset's rows: a pair both give keeps the reviewed list as its source.
  const order = (name: string) => (name === TRANSLITERATION_DATASET.kept ? 1 : 0);
  for (const file of files.sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1))) {
    const path = join(BILINGUAL_LISTS, file);
    const source = file === TRANSLITERATION_DATASET.kept ? TRANSLITERATION_DATASET.source : `list:${basename(file, '.tsv')}`;
    const entries: DictionaryEntry[] = parseDictionary(readFileSync(path, 'utf8'), path, 'translation');
    const stray = entries.find((entry) => entry.source !== source);
    if (stray) throw new DictionaryError(`${path}: row "${stray.forms.join(' / ')}" says source ${stray.source}; rows of this file say ${source}`);
    rows.push(...entries.map(({ forms }) => [forms[1]!, forms[0]!, source] as Row));
  }
  return rows;
}

/** bilingual/stop.tsv: pairs reviewed and left out, each with the reason. */
const stopPairs = () => parseStopList(readFileSync(STOP, 'utf8'), STOP, ['english', 'thai']);

/**
 * Writes bilingual.tsv from the registry of `content` (a content root: `content/` by default) and the lists.
 * @returns a line saying what was written, rows per source
 * @throws DictionaryError `file:line: …` when a list cannot be read
 */
export function writeBilingual(content: string): string {
  const stop = stopPairs();
  const seen = new Set<string>();
  const perSource: Record<string, number> = {};
  const lines = [HEADER, '# Written by npm run harvest:bilingual from content/agencies.yaml and bilingual/*.tsv: edit those (or bilingual/stop.tsv) and rerun.'];
  let stopped = 0;
  for (const [english, thai, source] of [...registryRows(content), ...listRows()]) {
    const key = `${english}\t${thai}`;
    if (stop.has(key)) {
      stopped++;
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`${english}\t${thai}\t${source}`);
    perSource[source] = (perSource[source] ?? 0) + 1;
  }
  writeFileSync(OUT, `${lines.join('\n')}\n`);
  parseDictionary(readFileSync(OUT, 'utf8'), OUT, 'translation');
  return `${OUT}: ${seen.size} rows (${Object.entries(perSource).map(([source, n]) => `${n} ${source}`).join(', ')}); ${stopped} left out by ${STOP}`;
}
