import { ReleaseFlag } from '../format';
import type { Concept } from './concepts';
import type { SearchIndex, TermPostings } from './search-index';
import type { SearchQuery, SortOrder } from './types';

/**
 * Ranking: which releases of an index match a query's concepts and how well (BM25), which of them pass the filters
 * (with the count each other choice of a filter would give), and in what order they are listed. Reads the index
 * only through `SearchIndex`; fetches nothing else.
 */

/** One way a release can match a concept: all of `terms`. */
export interface Alternative {
  /** The terms a release must all hold. */
  terms: string[];
  /** What a match through this alternative weighs, against the terms typed (1). */
  weight: number;
}

/** Per release of one index: a bit per concept it matches, and its score. */
export interface Scores {
  /** Bit c set when the release holds an alternative of concept c. */
  mask: Uint32Array;
  /** The release's BM25 over the concepts it matches. */
  score: Float64Array;
  /** Concepts some release of this index matches (a bit each). */
  found: number;
  /** Terms of alternatives some release matched. */
  matched: Set<string>;
}

/** A release that passed the filters, with what it is sorted by. */
export interface Match {
  /** The index it came from. */
  index: SearchIndex;
  /** Its id there. */
  id: number;
  /** The concepts it matches, a bit each. */
  bits: number;
  /** How many concepts it matches. */
  coverage: number;
  /** Its BM25 (0 without words). */
  score: number;
  /** Its day number. */
  day: number;
}

/** How many releases each choice of each filter would list, the other filters as they are. */
export interface FilterCounts {
  /** By agency id. */
  agency: Map<string, number>;
  /** By category id. */
  category: Map<string, number>;
  /** By CE year. */
  year: Map<number, number>;
}

/**
 * Scores every release of `index` against the concepts: bit c of its mask is set when it holds an alternative of
 * concept c (all its terms), and its score adds, per concept, the best such alternative's BM25 (its terms' mean)
 * times the alternative's weight.
 */
export async function score(index: SearchIndex, alternatives: Alternative[][]): Promise<Scores> {
  await index.open();
  const n = index.manifest.docs;
  const mask = new Uint32Array(n);
  const score = new Float64Array(n);
  const best = new Float64Array(n);
  const matched = new Set<string>();
  let found = 0;
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const lists = await Promise.all(alternatives.map((alts) => Promise.all(alts.map((alt) => Promise.all(alt.terms.map((term) => index.termPostings(term)))))));
  alternatives.forEach((alts, c) => {
    const touched: number[] = [];
    alts.forEach((alt, a) => {
      const postings = lists[c]![a]!;
      if (postings.some((list) => list === null)) return;
      const { ids, scores } = intersect(postings as TermPostings[], idf);
      if (!ids.length) return;
      for (const term of alt.terms) matched.add(term);
      const factor = alt.weight / alt.terms.length;
      ids.forEach((id, i) => {
        const value = scores[i]! * factor;
        if (best[id] === 0) touched.push(id);
        if (value > best[id]!) best[id] = value;
      });
    });
    if (touched.length) found |= 1 << c;
    for (const id of touched) {
      mask[id]! |= 1 << c;
      score[id]! += best[id]!;
      best[id] = 0;
    }
  });
  return { mask, score, found, matched };
}

/** Ids (ascending) holding every one of `lists`, each with the sum of the terms' idf × weight. */
export function intersect(lists: TermPostings[], idf: (df: number) => number): { ids: Uint32Array; scores: Float64Array } {
  const sorted = [...lists].sort((a, b) => a.df - b.df);
  const first = sorted[0]!;
  let ids = first.ids;
  let scores = Float64Array.from(first.weights, (w) => idf(first.df) * w);
  for (const list of sorted.slice(1)) {
    const weight = idf(list.df);
    const keptIds: number[] = [];
    const keptScores: number[] = [];
    for (let i = 0, j = 0; i < ids.length && j < list.ids.length; ) {
      const a = ids[i]!;
      const b = list.ids[j]!;
      if (a < b) i++;
      else if (a > b) j++;
      else {
        keptIds.push(a);
        keptScores.push(scores[i]! + weight * list.weights[j]!);
        i++;
        j++;
      }
    }
    ids = Uint32Array.from(keptIds);
    scores = Float64Array.from(keptScores);
  }
  return { ids, scores };
}

/** The most concepts any one release of `index` matches (leaving out translated releases when `skipTranslated`). */
export function mostMatched(index: SearchIndex, scores: Scores, skipTranslated: boolean): number {
  const { flags } = index.releases;
  let most = 0;
  scores.mask.forEach((bits, id) => {
    if (bits && !(skipTranslated && flags[id]! & ReleaseFlag.Translated)) most = Math.max(most, popCount(bits));
  });
  return most;
}

/**
 * The releases of `index` matching at least `least` concepts (every release when `scores` is null: no words) and the
 * query's filters, with the counts each other choice of a filter would give.
 * @param skipTranslated leave out releases whose story has a version in the other language (searched through its index)
 */
export function filterReleases(index: SearchIndex, scores: Scores | null, least: number, query: SearchQuery, skipTranslated: boolean): { matches: Match[]; counts: FilterCounts } {
  const { manifest } = index;
  const { days, years, agency: agencies, category: categories, flags } = index.releases;
  const agencyIndex = query.agency === undefined ? -1 : manifest.agencies.findIndex((a) => a.id === query.agency) + 1;
  const categoryIndex = query.category === undefined ? -1 : manifest.categories.findIndex((c) => c.id === query.category) + 1;
  const counts = noCounts();
  const matches: Match[] = [];
  for (let id = 0; id < manifest.docs; id++) {
    const bits = scores ? scores.mask[id]! : 0;
    const coverage = scores ? popCount(bits) : 0;
    if (coverage < least) continue;
    if (skipTranslated && flags[id]! & ReleaseFlag.Translated) continue;
    const agency = agencies[id]!;
    const category = categories[id]!;
    const year = years[id]!;
    const agencyOk = agencyIndex < 0 || agency === agencyIndex;
    const categoryOk = categoryIndex < 0 || category === categoryIndex;
    const yearOk = query.year === undefined || year === query.year;
    if (categoryOk && yearOk && agency) bump(counts.agency, manifest.agencies[agency - 1]!.id);
    if (agencyOk && yearOk && category) bump(counts.category, manifest.categories[category - 1]!.id);
    if (agencyOk && categoryOk) bump(counts.year, year);
    if (agencyOk && categoryOk && yearOk) matches.push({ index, id, bits, coverage, score: scores ? scores.score[id]! : 0, day: days[id]! });
  }
  return { matches, counts };
}

/** Empty filter counts. */
export function noCounts(): FilterCounts {
  return { agency: new Map(), category: new Map(), year: new Map() };
}

/** The counts of several indexes added up, keys in the order first met. */
export function addCounts(all: FilterCounts[]): FilterCounts {
  const sum = noCounts();
  for (const counts of all) {
    for (const [id, n] of counts.agency) sum.agency.set(id, (sum.agency.get(id) ?? 0) + n);
    for (const [id, n] of counts.category) sum.category.set(id, (sum.category.get(id) ?? 0) + n);
    for (const [year, n] of counts.year) sum.year.set(year, (sum.year.get(year) ?? 0) + n);
  }
  return sum;
}

/**
 * Sorts matches in place, those matching the most concepts first; then by relevance (those of the `first` index,
 * the page's own language, before the others; score; newest) or by date (newest, then score), as `order` says; by
 * date when the query had no words. Ties go to the higher id.
 */
export function sortMatches(matches: Match[], order: SortOrder, hasWords: boolean, first?: SearchIndex): void {
  const later = (m: Match) => (first && m.index !== first ? 1 : 0);
  if (order === 'date' || !hasWords) matches.sort((a, b) => b.coverage - a.coverage || b.day - a.day || b.score - a.score || b.id - a.id);
  else matches.sort((a, b) => b.coverage - a.coverage || later(a) - later(b) || b.score - a.score || b.day - a.day || b.id - a.id);
}

/**
 * A word held by this share of the releases or more is common: ได้, ใหม่, ตั้ง, รับ, or a long release's every word.
 * As Lucene's CommonTermsQuery does with its cutoff frequency, a query's common words add to a release's score but
 * count for none when the query has a rarer word: the rarer words say which release is meant.
 */
export const COMMON_SHARE = 0.2;
/** …and by this many releases or more: in a small index (a few dozen releases) no word is common. */
export const COMMON_MIN = 50;

/** How many of an index's `docs` releases hold a common word at least (`COMMON_SHARE`, `COMMON_MIN`). */
export const commonLeast = (docs: number) => Math.max(COMMON_MIN, docs * COMMON_SHARE);

/**
 * The concepts of a query that are common in an index (`COMMON_SHARE` of its releases and `COMMON_MIN` or more hold
 * them, as `mask` says), a bit each; none unless some release holds a rarer concept (common words alone, or beside a
 * word found nowhere, are what the reader asks for). A question word (`optional`) or a date is never common.
 * @param mask per release, a bit per concept it matches
 * @example commonConcepts([ได้, เบนซิน], mask, 1000) // 0b01 when 200 of the 1,000 releases hold ได้ and 3 เบนซิน
 */
export function commonConcepts(concepts: readonly Concept[], mask: Uint32Array, docs: number): number {
  const held = concepts.map(() => 0);
  for (const bits of mask) for (let b = bits; b; b &= b - 1) held[31 - Math.clz32(b & -b)]!++;
  let common = 0;
  let rarer = false;
  concepts.forEach((concept, c) => {
    if (concept.optional || concept.day !== undefined) return;
    if (held[c]! >= commonLeast(docs)) common |= 1 << c;
    else if (held[c]! > 0) rarer = true;
  });
  return rarer ? common : 0;
}

/** How many bits of `bits` are set. */
export function popCount(bits: number): number {
  let count = 0;
  for (let b = bits; b; b &= b - 1) count++;
  return count;
}

function bump<K>(map: Map<K, number>, key: K) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Moves, among the first `count` matches (sorted), those whose title `holds` (reading each one's result file, fetched
 * once) before the others of the same coverage, keeping the order otherwise. On the first page, a title holding every
 * word typed: a release titled with what the reader typed comes before a cabinet summary one of whose hundred items
 * holds the words, and its files are the page's, so nothing more is fetched. For a date, `dates.ts`.
 */
export async function titledFirst(matches: Match[], count: number, holds: (m: Match, title: string) => boolean): Promise<void> {
  const head = matches.slice(0, count);
  const titled = await Promise.all(head.map(async (m) => holds(m, (await m.index.doc(m.id)).title)));
  const order = head.map((m, i) => ({ m, i, titled: titled[i]! }));
  order.sort((a, b) => b.m.coverage - a.m.coverage || Number(b.titled) - Number(a.titled) || a.i - b.i);
  order.forEach(({ m }, i) => (matches[i] = m));
}
