import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARY_DIR, DICTIONARY_FILES, parseDictionary, type DictionaryEntry } from './index';

/**
 * Reads both dictionary files (Node only).
 * @param dir the folder holding `abbreviations.tsv` and `variants.tsv` (default: {@link DICTIONARY_DIR} under the
 *   working directory)
 * @returns the abbreviations' entries, then the variants'
 * @throws DictionaryError on the first bad row, naming `file:line`
 */
export function loadDictionary(dir: string = DICTIONARY_DIR): DictionaryEntry[] {
  return DICTIONARY_FILES.flatMap(({ file, kind }) => {
    const path = join(dir, file);
    return parseDictionary(readFileSync(path, 'utf8'), path, kind);
  });
}
