import { normalizeThai } from '../../thai';

/**
 * Third-party datasets the bilingual vocabulary is harvested from, vendored unchanged in `bilingual/datasets/` (their
 * licences and attribution in `bilingual/README.md`). Pure: the caller reads the files.
 */

/** A dataset: its file under `bilingual/datasets/`, the source its rows carry, and the file of its kept rows. */
export const TRANSLITERATION_DATASET = {
  file: 'wannaphong-transliteration.tsv',
  source: 'dataset:wannaphong-transliteration',
  /** Its rows whose Thai word the archive writes, under `bilingual/` (written by `npm run harvest:dictionary`). */
  kept: 'transliterations.tsv',
} as const;

/** One usable row of the transliteration dataset. */
export interface TransliterationRow {
  /** The Thai word, in the normal form of `normalizeThai`. */
  thai: string;
  /** The English word as the dataset writes it (lower case). */
  english: string;
  /** The dataset's line. */
  line: number;
}

/** English as the search's Latin tokenizer reads it: ASCII letters and digits, with spaces, hyphens, dots, apostrophes. */
const ENGLISH = /^[a-z0-9][a-z0-9 .'-]*[a-z0-9]$/i;

/**
 * Reads the Thai–English transliteration dictionary (`th<TAB>en<TAB>check`, wannaphong/thai-english-transliteration-
 * dictionary v1.4): every row whose English is plain ASCII (a few write 岸田文雄, café or a stray Thai mark) and whose
 * two forms differ. The `check` column (whether the Thai spelling is the Royal Institute's) is not used: a spelling the
 * Institute does not approve (ดิจิตอล) is one readers and releases write.
 * @throws Error `file:line: …` for a header or a row that does not have three cells
 * @example parseTransliterations('th\ten\tcheck\nกราฟิก\tgraphic\tTrue\n', 'dict.tsv') // [{ thai: 'กราฟิก', english: 'graphic', line: 2 }]
 */
export function parseTransliterations(text: string, file: string): TransliterationRow[] {
  const lines = text.split(/\r?\n/);
  if (lines[0] !== 'th\ten\tcheck') throw new Error(`${file}:1: expected the header th<TAB>en<TAB>check`);
  const rows: TransliterationRow[] = [];
  for (const [index, line] of lines.entries()) {
    if (index === 0 || line === '') continue;
    const cells = line.split('\t');
    if (cells.length !== 3) throw new Error(`${file}:${index + 1}: expected 3 cells (th, en, check), found ${cells.length}`);
    const thai = normalizeThai(cells[0]!.trim());
    const english = cells[1]!.trim();
    if (!thai || !ENGLISH.test(english) || thai === english) continue;
    rows.push({ thai, english, line: index + 1 });
  }
  return rows;
}
