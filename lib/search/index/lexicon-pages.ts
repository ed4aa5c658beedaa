import { romanizeThai, soundKey } from '../../thai';
import { encodeLexiconPage, lexiconKey, lexiconTerm, separatorBetween, SOUND_MIN_LENGTH, soundEntry } from '../format';
import { hasThaiLetter } from '../tokenizer';

/**
 * Terms held by fewer releases than this are left out of the lexicon: they are about half of all terms (mostly
 * segmenter fragments of names and misspellings), seldom what a reader's prefix or slip should lead to, and leaving
 * them out halves the lexicon (lib/search/README.md has the figures).
 */
export const LEXICON_MIN_DF = 2;
/** The size a lexicon page aims at, before gzip (about 4 KB after). */
export const LEXICON_PAGE_TARGET = 8 * 1024;
/** A page laid out by the previous build keeps its separator until it grows past this; then it is cut again. */
const LEXICON_PAGE_MAX = 2 * LEXICON_PAGE_TARGET;

export interface LexiconPages {
  /** Each page's separator (the manifest's `lexicon`). */
  separators: string[];
  /** Each page before gzip. */
  pages: Uint8Array[];
  /** Terms in the lexicon. */
  terms: number;
}

/**
 * The lexicon of an index: the terms `lexiconTerm` accepts that at least `LEXICON_MIN_DF` releases hold, in key
 * order, cut into pages. Without `previous`, a page ends when it reaches `LEXICON_PAGE_TARGET`; given the previous
 * build's separators, pages keep them (a page is cut again only past twice the target), so a build after adding a
 * release rewrites only the pages whose terms or counts changed.
 * @param df how many releases hold term `id` of `termList`
 * @param minDf the fewest releases a term of the lexicon is in (another value only to measure the choice)
 * @example layOutLexicon(['ข่าว', 'ขาว', 'x'], () => 2).separators // ['']
 */
export function layOutLexicon(termList: readonly string[], df: (id: number) => number, previous?: readonly string[], minDf = LEXICON_MIN_DF): LexiconPages {
  const entries: string[] = [];
  termList.forEach((term, id) => {
    if (df(id) >= minDf && lexiconTerm(term)) entries.push(`${lexiconKey(term)}\u0000${id}`);
  });
  // Keys hold no U+0000 past the skeleton's, and terms are distinct: sorting `key, id` strings sorts by key.
  entries.sort();
  return cutPages(
    entries.map((entry) => {
      const cut = entry.lastIndexOf('\u0000');
      const id = Number(entry.slice(cut + 1));
      return { key: entry.slice(0, cut), term: termList[id]!, df: df(id) };
    }),
    previous,
  );
}

/** The rules of the sound pages (`lib/thai/romanize.ts`), part of an index's recipe: a change publishes the index again. */
export const SOUNDS_VERSION = 'sounds 2';

/**
 * The sound pages of an index (`soundEntry`): each Thai term of its lexicon (`LEXICON_MIN_DF` releases or more) under
 * the matching key of its RTGS romanization, when that key has `SOUND_MIN_LENGTH` letters or more, sorted and cut into
 * pages like the lexicon. Laid out anew by every build: romanizing the full archive's 42,843 terms takes ~1 s (23 µs each).
 * @example layOutSounds(['อนุทิน', 'news'], () => 2).terms // 1
 */
export function layOutSounds(termList: readonly string[], df: (id: number) => number): LexiconPages {
  const entries: { key: string; term: string; df: number }[] = [];
  termList.forEach((term, id) => {
    if (df(id) < LEXICON_MIN_DF || !lexiconTerm(term) || !hasThaiLetter(term)) return;
    const key = soundKey(romanizeThai(term));
    if (key.length < SOUND_MIN_LENGTH) return;
    const entry = soundEntry(key, term);
    entries.push({ key: entry, term: entry, df: df(id) });
  });
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return cutPages(entries);
}

/**
 * Entries in key order cut into pages of about `LEXICON_PAGE_TARGET` bytes, each page's separator the shortest prefix
 * of its first key that sorts after the key before; given a previous build's separators, pages keep them (a page is
 * cut again only past twice the target).
 */
function cutPages(entries: readonly { key: string; term: string; df: number }[], previous?: readonly string[]): LexiconPages {
  const separators: string[] = [];
  const pages: Uint8Array[] = [];
  const limit = previous?.length ? LEXICON_PAGE_MAX : LEXICON_PAGE_TARGET;
  let terms: string[] = [];
  let counts: number[] = [];
  let size = 0;
  let kept = 0;
  let previousKey = '';
  const close = () => {
    pages.push(encodeLexiconPage(terms, counts));
    terms = [];
    counts = [];
    size = 0;
  };
  for (const { key, term, df } of entries) {
    let crossed: string | undefined;
    while (previous && kept + 1 < previous.length && previous[kept + 1]! <= key) crossed = previous[++kept];
    if (!separators.length) separators.push('');
    else if (crossed !== undefined) {
      close();
      separators.push(crossed);
    } else if (size >= limit) {
      close();
      separators.push(separatorBetween(previousKey, key));
    }
    size += entrySize(terms.at(-1) ?? '', term, df);
    terms.push(term);
    counts.push(df);
    previousKey = key;
  }
  if (terms.length) close();
  return { separators, pages, terms: entries.length };
}

/** The bytes `encodeLexiconPage` spends on `term` after `previous` (a surrogate pair counted as 6, not 4). */
function entrySize(previous: string, term: string, df: number): number {
  let shared = 0;
  while (shared < previous.length && previous.charCodeAt(shared) === term.charCodeAt(shared)) shared++;
  let rest = 0;
  for (let i = shared; i < term.length; i++) {
    const unit = term.charCodeAt(i);
    rest += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
  }
  return varintSize(shared) + varintSize(rest) + rest + varintSize(df);
}

const varintSize = (value: number) => (value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5);
