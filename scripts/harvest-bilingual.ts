/**
 * `npm run harvest:bilingual [-- --content DIR]`
 *
 * Writes the search's bilingual vocabulary, lib/search/dictionary/bilingual.tsv (`english<TAB>thai<TAB>source`),
 * from its sources, each row naming the one it came from:
 * - the agency registry of the content root (default `content/agencies.yaml`): every agency's English and Thai
 *   names (`registry:agencies`; the category registry names sections, not things a reader searches for);
 * - the typed-in lists of lib/search/dictionary/bilingual/ (`list:<file name>`: provinces, place names, bodies,
 *   people, vocabulary), whose provenance and licences its README records.
 * A pair in bilingual/stop.tsv (`english<TAB>thai<TAB>why`, reviewed) is left out. A pair from two sources is written
 * once, with the first source in the order above. Exits 1 when a source cannot be read.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { command, fail } from '../lib/cli';
import { readRegistry } from '../lib/content';
import { BILINGUAL_LISTS, DICTIONARY_DIR, DictionaryError, parseDictionary, type DictionaryEntry } from '../lib/search/dictionary';

const cli = command({
  usage: 'usage: npm run harvest:bilingual [-- --content DIR]',
  options: { content: { type: 'string', default: 'content' } },
});

const STOP = join(BILINGUAL_LISTS, 'stop.tsv');
const OUT = join(DICTIONARY_DIR, 'bilingual.tsv');
const HEADER = 'english\tthai\tsource';

/** The registry's names as rows: English first, then Thai. */
function registryRows(name: 'agencies'): [string, string, string][] {
  const { registry, errors } = readRegistry(join(cli.values.content, `${name}.yaml`), (file) => file);
  if (errors.length) fail(errors.map((error) => `${error.file}:${error.line}: ${error.message}`).join('\n'));
  return Object.values(registry).map((entry) => [entry.en, entry.th, `registry:${name}`]);
}

/** The typed-in lists; each row's source must name its own file. */
function listRows(): [string, string, string][] {
  const rows: [string, string, string][] = [];
  for (const file of readdirSync(BILINGUAL_LISTS).filter((name) => name.endsWith('.tsv') && name !== 'stop.tsv').sort()) {
    const path = join(BILINGUAL_LISTS, file);
    const source = `list:${basename(file, '.tsv')}`;
    const entries: DictionaryEntry[] = parseDictionary(readFileSync(path, 'utf8'), path, 'translation');
    const stray = entries.find((entry) => entry.source !== source);
    if (stray) throw new DictionaryError(`${path}: row "${stray.forms.join(' / ')}" says source ${stray.source}; rows of this file say ${source}`);
    rows.push(...entries.map(({ forms }) => [forms[1]!, forms[0]!, source] as [string, string, string]));
  }
  return rows;
}

/** bilingual/stop.tsv: pairs reviewed and left out, each with the reason. */
function stopPairs(): Set<string> {
  const stop = new Set<string>();
  for (const [index, line] of readFileSync(STOP, 'utf8').split('\n').entries()) {
    if (index === 0 || line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (cells.length !== 3 || cells.some((cell) => cell.trim() === '')) throw new DictionaryError(`${STOP}:${index + 1}: expected english<TAB>thai<TAB>why, three cells, none empty`);
    stop.add(`${cells[0]}\t${cells[1]}`);
  }
  return stop;
}

try {
  const stop = stopPairs();
  const seen = new Set<string>();
  const perSource: Record<string, number> = {};
  const lines = [HEADER, '# Written by npm run harvest:bilingual from content/agencies.yaml and bilingual/*.tsv: edit those (or bilingual/stop.tsv) and rerun.'];
  let stopped = 0;
  for (const [english, thai, source] of [...registryRows('agencies'), ...listRows()]) {
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
  console.log(`${OUT}: ${seen.size} rows (${Object.entries(perSource).map(([source, n]) => `${n} ${source}`).join(', ')}); ${stopped} left out by ${STOP}`);
} catch (error) {
  if (!(error instanceof DictionaryError)) throw error;
  fail(error.message);
}
