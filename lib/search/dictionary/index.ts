import { normalizeThai } from '../../thai';

/**
 * The search dictionary: pairs of forms a reader may type for the same thing, kept as reviewable data beside this
 * file. `abbreviations.tsv` pairs a short form with its full form (`ธปท.` / `ธนาคารแห่งประเทศไทย`); `variants.tsv`
 * pairs a spelling with the standard one (`อินเตอร์เน็ต` / `อินเทอร์เน็ต`, `โคราช` / `นครราชสีมา`, `วัคซีน` / `vaccine`,
 * and English words the stemmer keeps apart: `economy` / `economic`, `organisation` / `organization`).
 * Every row names its source: `corpus:N` (harvested by `npm run harvest:dictionary`, seen in N releases),
 * `list:<name>` (typed in from a known list), `registry:<name>` or `dataset:<name>` (a third-party dataset).
 * `everyday.tsv` pairs an everyday word with the formal one releases use (`คนแก่` / `ผู้สูงอายุ`), typed in by hand;
 * `bilingual.tsv` pairs an English word or name with the Thai one (`flood` / `อุทกภัย`, `Lampang` / `ลำปาง`), written
 * by `npm run harvest:bilingual` (and by `npm run harvest:dictionary`, which also keeps the transliteration dataset's
 * rows the archive writes). Pure: `load.ts` reads the files in Node.
 */

export type DictionaryKind = 'abbreviation' | 'variant' | 'everyday' | 'translation';

/** One row: forms that mean the same thing. The first is the full (or standard) form. */
export interface DictionaryEntry {
  forms: string[];
  kind: DictionaryKind;
  source: string;
}

/** A row that cannot be read; the message starts with `file:line:`. */
export class DictionaryError extends Error {}

/** The two files, their kinds and the header line each must start with. */
export const DICTIONARY_FILES = [
  { file: 'abbreviations.tsv', kind: 'abbreviation', header: 'short\tfull\tsource' },
  { file: 'variants.tsv', kind: 'variant', header: 'variant\tstandard\tsource' },
  { file: 'everyday.tsv', kind: 'everyday', header: 'everyday\tformal\tsource' },
  { file: 'bilingual.tsv', kind: 'translation', header: 'english\tthai\tsource' },
] as const satisfies readonly { file: string; kind: DictionaryKind; header: string }[];

/** Where the files are, relative to the project root. */
export const DICTIONARY_DIR = 'lib/search/dictionary';
/** The typed-in lists `npm run harvest:bilingual` writes `bilingual.tsv` from, with their README (sources, licences). */
export const BILINGUAL_LISTS = `${DICTIONARY_DIR}/bilingual`;

/**
 * `corpus:412`, `list:royal-institute-loanwords`, `registry:agencies` (a registry of the content root) or
 * `dataset:wannaphong-transliteration` (a third-party dataset of `bilingual/datasets/`, `datasets.ts`).
 */
const SOURCE = /^(?:corpus:[1-9]\d*|(?:list|registry|dataset):[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Reads one dictionary file. Blank lines and lines starting with `#` (comments for reviewers) are skipped.
 * @param text the file's text: a header line, then `form<TAB>form<TAB>source` rows
 * @param file the name errors start with
 * @returns one entry per row, forms ordered full (standard) form first
 * @throws DictionaryError `file:line: message` for a wrong header, a wrong column count, an empty or padded cell,
 *   a form not in normal form, a form equal to its partner, a bad source, or a row that repeats an earlier one
 * @example parseDictionary('short\tfull\tsource\nธปท.\tธนาคารแห่งประเทศไทย\tcorpus:412\n', 'abbreviations.tsv', 'abbreviation')
 *   // [{ forms: ['ธนาคารแห่งประเทศไทย', 'ธปท.'], kind: 'abbreviation', source: 'corpus:412' }]
 */
export function parseDictionary(text: string, file: string, kind: DictionaryKind): DictionaryEntry[] {
  const { header } = DICTIONARY_FILES.find((entry) => entry.kind === kind)!;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fail = (line: number, message: string): never => {
    throw new DictionaryError(`${file}:${line}: ${message}`);
  };
  if (lines[0] !== header) fail(1, `the first line must be the header "${header.replaceAll('\t', '<TAB>')}"`);

  const entries: DictionaryEntry[] = [];
  const seen = new Map<string, number>();
  for (const [index, line] of lines.entries()) {
    const number = index + 1;
    if (index === 0 || line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (cells.length !== 3) fail(number, `expected 3 cells separated by tabs (${header.replaceAll('\t', ', ')}), found ${cells.length}`);
    const [other, main, source] = cells as [string, string, string];
    for (const [name, cell] of [[header.split('\t')[0]!, other], [header.split('\t')[1]!, main], ['source', source]] as const) {
      if (cell.trim() === '') fail(number, `the ${name} cell is empty`);
      if (cell !== cell.trim()) fail(number, `the ${name} cell "${cell}" has spaces around it; remove them`);
      if (name !== 'source' && normalizeThai(cell) !== cell) fail(number, `"${cell}" has invisible or misordered characters; write it as "${normalizeThai(cell)}"`);
    }
    if (other === main) fail(number, `"${other}" is paired with itself; a row pairs two different forms`);
    if (!SOURCE.test(source)) fail(number, `source "${source}" must be corpus:<releases>, list:<name>, registry:<name> or dataset:<name>`);
    const key = [other, main].sort().join('\t');
    const earlier = seen.get(key);
    if (earlier !== undefined) fail(number, `"${other}" and "${main}" are already paired on line ${earlier}; remove one of the rows`);
    seen.set(key, number);
    entries.push({ forms: [main, other], kind, source });
  }
  return entries;
}
/**
 * Reads a stop list (`first<TAB>second<TAB>why`, a header line first): the pairs reviewed and left out of a
 * dictionary, each as `first<TAB>second`. Blank lines and lines starting with `#` are skipped.
 * @param columns the names of the two forms, for the error (`['short', 'full']`, `['english', 'thai']`)
 * @throws DictionaryError `file:line: …` for a row that is not three cells, none empty
 * @example parseStopList('english\tthai\twhy\nbin\tบิน\tบิน is to fly\n', 'stop.tsv', ['english', 'thai']) // Set { 'bin\tบิน' }
 */
export function parseStopList(text: string, file: string, [first, second]: [string, string]): Set<string> {
  const stop = new Set<string>();
  for (const [index, line] of text.split('\n').entries()) {
    if (index === 0 || line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (cells.length !== 3 || cells.some((cell) => cell.trim() === '')) throw new DictionaryError(`${file}:${index + 1}: expected ${first}<TAB>${second}<TAB>why, three cells, none empty`);
    stop.add(`${cells[0]}\t${cells[1]}`);
  }
  return stop;
}

export { aboutTerms, aboutVocabulary, type AboutKind, type AboutTerm, type AboutVocabulary } from './about';

/**
 * The entries as the search reads them: each row on its own, except the everyday words of one formal word, which are
 * one entry (every form of it another's equivalent): a reader who types คนป่วย finds the release that says คนไข้ as
 * well as the one that says ผู้ป่วย. Other rows are never chained: `กก.` stays apart from kilograms and a ministry.
 * @example mergeEveryday([{ forms: ['ผู้ป่วย', 'คนป่วย'], kind: 'everyday', source: 'list:everyday' }, { forms: ['ผู้ป่วย', 'คนไข้'], kind: 'everyday', source: 'list:everyday' }])
 *   // [{ forms: ['ผู้ป่วย', 'คนป่วย', 'คนไข้'], kind: 'everyday', source: 'list:everyday' }]
 */
export function mergeEveryday(entries: DictionaryEntry[]): DictionaryEntry[] {
  const byFormal = new Map<string, DictionaryEntry>();
  const merged: DictionaryEntry[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'everyday') {
      merged.push(entry);
      continue;
    }
    const [formal, ...everyday] = entry.forms as [string, ...string[]];
    const earlier = byFormal.get(formal);
    if (!earlier) {
      const first = { ...entry, forms: [...entry.forms] };
      byFormal.set(formal, first);
      merged.push(first);
    } else {
      for (const form of everyday) if (!earlier.forms.includes(form)) earlier.forms.push(form);
    }
  }
  return merged;
}
