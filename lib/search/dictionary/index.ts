import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PLACEHOLDER of the dictionary loader (the helper "dict" owns the real one, with the same exports): the equivalent
 * spellings search treats as one word, read from `abbreviations.tsv` (`short<TAB>full<TAB>source`) and
 * `variants.tsv` (`variant<TAB>standard<TAB>source`) beside this file.
 */
export interface DictionaryEntry {
  /** Equivalent spellings; the first is the standard (or full) form. */
  forms: string[];
  kind: 'abbreviation' | 'variant';
  source: string;
}

const FILES = { 'abbreviations.tsv': 'abbreviation', 'variants.tsv': 'variant' } as const;

/**
 * The entries of one TSV file's text; `file` (its name) says which kind. A first row of column names is skipped.
 * @example parseDictionary('ธปท.\tธนาคารแห่งประเทศไทย\tcorpus', 'abbreviations.tsv') // [{ forms: ['ธนาคารแห่งประเทศไทย', 'ธปท.'], kind: 'abbreviation', source: 'corpus' }]
 */
export function parseDictionary(text: string, file: string): DictionaryEntry[] {
  const kind = file.endsWith('abbreviations.tsv') ? 'abbreviation' : 'variant';
  return text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([first, second], i) => first && second && !(i === 0 && (first === 'short' || first === 'variant')))
    .map(([other, standard, source]) => ({ forms: [standard!.trim(), other!.trim()], kind, source: source?.trim() ?? '' }));
}

/** Every entry of the dictionary in `dir` (this folder by default). */
export function loadDictionary(dir = join(process.cwd(), 'lib', 'search', 'dictionary')): DictionaryEntry[] {
  return Object.keys(FILES).flatMap((file) => parseDictionary(readFileSync(join(dir, file), 'utf8'), file));
}
