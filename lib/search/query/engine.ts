import {
  decodeDictionary,
  decodeDoc,
  decodeFacets,
  decodeManifest,
  decodePostings,
  decodeShard,
  DOC_CHUNK,
  paths,
  ReleaseFlag,
  TermFilter,
  termHash,
  yearOfDay,
  type DocRecord,
  type FacetValue,
  type Manifest,
  type Postings,
  type ShardEntry,
} from '../format';
import { hasThaiLetter, tokenSpans } from '../tokenizer';
import { Equivalents, queryConcepts, type Concept } from './concepts';
import { once, unzipped } from './files';
import { Lexicon } from './lexicon';


/**
 * Runs queries against the files `lib/search/index` wrote, fetching only what a query needs: the manifest, facet
 * table and dictionary once, then the shard of each term looked up and the releases of the page shown. The same code
 * runs in the browser (files fetched over HTTP) and in Node tests (files read from disk): only `Files` differs.
 *
 * A query is a list of concepts (`concepts.ts`: a word, or a run of words the dictionary knows), each with
 * alternatives: the terms typed, the dictionary's equivalent forms, and, from a `TermExpander`, longer terms
 * starting with the word (the compound กรุงเทพมหานคร for กรุงเทพ) and, for a word found nowhere, terms one typing
 * slip away. Releases matching the most concepts come first, then by BM25, typed terms weighing most.
 */

/** How the engine gets index files: raw bytes by path relative to the index root, and gzip decompression. */
export interface Files {
  read: (path: string) => Promise<Uint8Array>;
  gunzip: (data: Uint8Array) => Promise<Uint8Array>;
}

/**
 * Other terms of one index for a query word: those starting with it and those one typing slip away, most frequent
 * first, never the term itself.
 */
export interface TermExpander {
  prefixed(term: string, limit: number): Promise<string[]>;
  near(term: string, limit: number): Promise<string[]>;
}

export type SortOrder = 'relevance' | 'date';

export interface SearchQuery {
  q: string;
  agency?: string;
  category?: string;
  /** CE year. */
  year?: number;
  sort: SortOrder;
  /** 1-based. */
  page: number;
}

export interface FacetCount {
  id: string;
  name: string;
  count: number;
}

export interface Hit {
  /** The language of the index the release came from. */
  source: string;
  doc: DocRecord;
  /** The query's words this release does not hold (empty when it holds them all). */
  lacking: string[];
}

/** A word of the query found nowhere, searched as a term one typing slip away instead. */
export interface Correction {
  /** The word typed. */
  word: string;
  /** The word searched instead, as a release on the page spells it (else as the index knows it). */
  instead: string;
}

export interface SearchResult {
  /** Every term the releases found were matched by (the words typed, their equivalents, expansions): to mark. */
  terms: string[];
  /** The query's words, as concepts, in the order typed. */
  words: string[];
  /** The words no release holds (in any form), even after a correction was tried. */
  missing: string[];
  /** Words found nowhere and searched in another spelling. */
  corrections: Correction[];
  /** Releases listed: those holding all words first, then those holding most. */
  total: number;
  /** Releases holding every word found anywhere. */
  complete: number;
  page: number;
  pages: number;
  hits: Hit[];
  facets: { agency: FacetCount[]; category: FacetCount[]; year: { year: number; count: number }[] };
}

export const PAGE_SIZE = 10;

/** How much each kind of alternative weighs, against the terms typed. */
const WEIGHT = { typed: 1, equivalent: 0.8, near: 0.6, prefixed: 0.4 } as const;
/** Longer terms tried for a word (compounds), and for the whole query: each costs a shard fetch. */
const PREFIXED_PER_WORD = 2;
const PREFIXED_PER_QUERY = 8;
/** A word needs this many letters (Thai marks above and below not counted) before longer terms are tried for it. */
const PREFIX_MIN_LETTERS = 3;
/** Longer terms are tried only for a word held by at most this share of the releases. */
const PREFIX_MAX_SHARE = 0.02;
/** Terms one slip away tried for a word found nowhere. */
const NEAR_PER_WORD = 2;
/** A word held by at most this many releases is also tried one slip away. */
const RARE = 1;

/** A term's postings and how many releases hold it. */
interface TermPostings extends Postings {
  df: number;
}

/** One way a release can match a concept: all of `terms`. */
export interface Alternative {
  terms: string[];
  weight: number;
}

/** Per release of one index: a bit per concept it matches, and its score. */
export interface Scores {
  mask: Uint32Array;
  score: Float64Array;
  /** Concepts some release of this index matches (a bit each). */
  found: number;
  /** Terms of alternatives some release matched. */
  matched: Set<string>;
}

/** One language's index. */
export class SearchIndex {
  manifest!: Manifest;
  private days!: Int32Array;
  private years!: Uint16Array;
  private agency!: Uint16Array;
  private category!: Uint16Array;
  private flags!: Uint8Array;
  /** The index's terms with Thai letters, when it lists them (`Manifest.thaiTerms`). */
  private thaiTerms: TermFilter | null = null;
  private opened?: Promise<void>;
  private equivalents?: Promise<Equivalents>;
  private shards = new Map<number, Promise<Map<string, ShardEntry>>>();
  private postings = new Map<string, Promise<TermPostings | null>>();
  private docs = new Map<number, Promise<DocRecord>>();
  private expander: TermExpander | null | undefined;

  private readonly gen: string | undefined;

  /**
   * @param options.expander where longer terms and terms one slip away come from: by default the index's own
   *   lexicon (`Lexicon`, once the manifest is loaded); null for none
   * @param options.gen the generation to read (the one the page's publication names, so that a search answers from
   *   the publication the page is of); by default, or when it is gone, the one `manifest.json` names now
   */
  constructor(
    readonly lang: string,
    private readonly files: Files,
    { expander, gen }: { expander?: TermExpander | null; gen?: string } = {},
  ) {
    this.expander = expander;
    this.gen = gen;
  }

  /** Loads the manifest and the facet table (once). */
  open(): Promise<void> {
    this.opened ??= this.load();
    return this.opened;
  }

  private async load() {
    // A generation is kept while its publication or the next one is the site's: a page older than that reads the current one.
    const current = () => this.files.read(paths.manifest(this.lang));
    const manifest = decodeManifest(await (this.gen ? this.files.read(paths.generationManifest(this.lang, this.gen)).catch(current) : current()));
    this.manifest = manifest;
    if (manifest.thaiTerms) this.thaiTerms = new TermFilter(manifest.thaiTerms);
    if (this.expander === undefined) this.expander = new Lexicon(this.lang, this.files, manifest);
    const table = decodeFacets(await unzipped(this.files, paths.facets(this.lang, manifest.gen)), manifest.firstDay);
    this.days = table.days;
    this.years = Uint16Array.from(table.days, yearOfDay);
    this.agency = table.agency;
    this.category = table.category;
    this.flags = table.flags;
  }

  /** The index's dictionary of equivalent forms (fetched once, on the first query with words). */
  dictionary(): Promise<Equivalents> {
    this.equivalents ??= this.open()
      .then(() => unzipped(this.files, paths.dictionary(this.lang, this.manifest.gen)))
      .then((data) => new Equivalents(decodeDictionary(data)));
    return this.equivalents;
  }

  private shard(n: number): Promise<Map<string, ShardEntry>> {
    return once(this.shards, n, () => unzipped(this.files, paths.shard(this.lang, this.manifest.gen, n)).then(decodeShard));
  }

  /** The releases holding `term`, or null when none does. */
  termPostings(term: string): Promise<TermPostings | null> {
    return once(this.postings, term, () => this.lookUp(term));
  }

  private async lookUp(term: string): Promise<TermPostings | null> {
    // A Thai word of a Thai query, looked up in the English index: its filter nearly always says no without a fetch.
    if (this.thaiTerms && hasThaiLetter(term) && !this.thaiTerms.has(term)) return null;
    const n = termHash(term) % this.manifest.shards;
    const entry = (await this.shard(n)).get(term);
    if (!entry) return null;
    const payload = entry.file >= 0 ? await unzipped(this.files, paths.bigTerm(this.lang, this.manifest.gen, n, entry.file)) : entry.payload;
    return { df: entry.df, ...decodePostings(entry.kind, payload, entry.df, this.manifest.docs) };
  }

  doc(id: number): Promise<DocRecord> {
    return once(this.docs, id, () => unzipped(this.files, paths.doc(this.lang, this.manifest.docFolders[Math.floor(id / DOC_CHUNK)]!, id)).then(decodeDoc));
  }

  /**
   * Each concept's alternatives in this index: the terms typed, the dictionary's forms, and (with an expander) up
   * to `PREFIXED_PER_WORD` longer terms for a one-term word of `PREFIX_MIN_LETTERS` letters or more that at most
   * `PREFIX_MAX_SHARE` of the releases hold (a common word finds enough as it is), within `PREFIXED_PER_QUERY` for
   * the query.
   * @param options.prefixes false: no longer terms (an index searched after the page's own)
   */
  async alternatives(concepts: Concept[], { prefixes = true } = {}): Promise<Alternative[][]> {
    const expander = prefixes ? this.expander : null;
    const wanted = expander
      ? await Promise.all(
          concepts.map(async ({ terms }) => terms.length === 1 && letters(terms[0]!) >= PREFIX_MIN_LETTERS && (await this.df(terms[0]!)) <= this.manifest.docs * PREFIX_MAX_SHARE),
        )
      : [];
    let budget = PREFIXED_PER_QUERY;
    const prefixed = await Promise.all(
      concepts.map((concept, c) => {
        if (!expander || !wanted[c] || budget <= 0) return [];
        const limit = Math.min(PREFIXED_PER_WORD, budget);
        budget -= limit;
        return expander.prefixed(concept.terms[0]!, limit);
      }),
    );
    return concepts.map((concept, c) => [
      { terms: concept.terms, weight: WEIGHT.typed },
      ...concept.equivalents.map((terms) => ({ terms, weight: WEIGHT.equivalent })),
      ...prefixed[c]!.map((term) => ({ terms: [term], weight: WEIGHT.prefixed })),
    ]);
  }

  /** Terms one slip away from `term` in this index (none without an expander). */
  near(term: string): Promise<string[]> {
    return this.expander ? this.expander.near(term, NEAR_PER_WORD) : Promise.resolve([]);
  }

  /** How many releases hold `term`. */
  async df(term: string): Promise<number> {
    return (await this.termPostings(term))?.df ?? 0;
  }

  /**
   * Scores every release against the concepts: bit c of its mask is set when it holds an alternative of concept c
   * (all its terms), and its score adds, per concept, the best such alternative's BM25 (its terms' mean) times the
   * alternative's weight.
   */
  async score(alternatives: Alternative[][]): Promise<Scores> {
    await this.open();
    const n = this.manifest.docs;
    const mask = new Uint32Array(n);
    const score = new Float64Array(n);
    const best = new Float64Array(n);
    const matched = new Set<string>();
    let found = 0;
    const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const lists = await Promise.all(alternatives.map((alts) => Promise.all(alts.map((alt) => Promise.all(alt.terms.map((term) => this.termPostings(term)))))));
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

  /** The most concepts any one release matches (leaving out translated releases when `skipTranslated`). */
  mostMatched(scores: Scores, skipTranslated: boolean): number {
    let most = 0;
    scores.mask.forEach((bits, id) => {
      if (bits && !(skipTranslated && this.flags[id]! & ReleaseFlag.Translated)) most = Math.max(most, popCount(bits));
    });
    return most;
  }

  /**
   * Releases matching at least `least` concepts (every release when `scores` is null: no words) and the filters,
   * with the facet counts each filter would give.
   * @param skipTranslated leave out releases whose story has a version in the other language (searched through its index)
   */
  match(scores: Scores | null, least: number, query: SearchQuery, skipTranslated: boolean, counts: Counts): Match[] {
    const agencyIndex = query.agency === undefined ? -1 : this.manifest.agencies.findIndex((a) => a.id === query.agency) + 1;
    const categoryIndex = query.category === undefined ? -1 : this.manifest.categories.findIndex((c) => c.id === query.category) + 1;
    const matches: Match[] = [];
    for (let id = 0; id < this.manifest.docs; id++) {
      const bits = scores ? scores.mask[id]! : 0;
      const coverage = scores ? popCount(bits) : 0;
      if (coverage < least) continue;
      if (skipTranslated && this.flags[id]! & ReleaseFlag.Translated) continue;
      const agency = this.agency[id]!;
      const category = this.category[id]!;
      const year = this.years[id]!;
      const agencyOk = agencyIndex < 0 || agency === agencyIndex;
      const categoryOk = categoryIndex < 0 || category === categoryIndex;
      const yearOk = query.year === undefined || year === query.year;
      if (categoryOk && yearOk && agency) bump(counts.agency, this.manifest.agencies[agency - 1]!.id);
      if (agencyOk && yearOk && category) bump(counts.category, this.manifest.categories[category - 1]!.id);
      if (agencyOk && categoryOk) bump(counts.year, year);
      if (agencyOk && categoryOk && yearOk) matches.push({ index: this, id, bits, coverage, score: scores ? scores.score[id]! : 0, day: this.days[id]! });
    }
    return matches;
  }
}

/** Ids (ascending) holding every one of `lists`, each with the mean of the terms' idf × weight. */
function intersect(lists: TermPostings[], idf: (df: number) => number): { ids: Uint32Array; scores: Float64Array } {
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

/** Letters of a word, leaving out Thai vowel and tone marks written above or below a consonant. */
function letters(word: string): number {
  return word.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length;
}

function popCount(bits: number): number {
  let count = 0;
  for (let b = bits; b; b &= b - 1) count++;
  return count;
}

interface Match {
  index: SearchIndex;
  id: number;
  /** The concepts it matches, a bit each, and how many. */
  bits: number;
  coverage: number;
  score: number;
  day: number;
}

interface Counts {
  agency: Map<string, number>;
  category: Map<string, number>;
  year: Map<number, number>;
}

function bump<K>(map: Map<K, number>, key: K) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Searches one or more indexes as one. The first is the page's own language; a later one (the other language's
 * index) contributes only releases that have no version in an earlier one.
 */
export class SearchEngine {
  constructor(readonly indexes: SearchIndex[]) {}

  /**
   * Runs a query. Releases holding every word come first, then those holding most of them; a release must hold at
   * least half the words (and at least one) to be listed, or as many as the best release holds when that is fewer.
   * With `countsOnly`, the filter counts are computed but no release file is fetched.
   */
  async search(query: SearchQuery, { countsOnly = false } = {}): Promise<SearchResult> {
    await Promise.all(this.indexes.map((index) => index.open()));
    const concepts = query.q ? queryConcepts(query.q, await this.indexes[0]!.dictionary()) : [];
    const counts: Counts = { agency: new Map(), category: new Map(), year: new Map() };
    const words = concepts.map((concept) => concept.word);
    if (!concepts.length) {
      const matches = this.indexes.flatMap((index, i) => index.match(null, 0, query, i > 0, counts));
      return this.page(query, matches, { terms: [], words, missing: [], corrections: [], complete: matches.length }, counts, countsOnly);
    }

    // Longer terms only from the page's own index: a later index adds only the releases with no version in the first
    // (the English index on the Thai page), and asking its lexicon and shards too cost a first query ~25 KB.
    const alternatives = await Promise.all(this.indexes.map((index, i) => index.alternatives(concepts, { prefixes: i === 0 })));
    let scores = await Promise.all(this.indexes.map((index, i) => index.score(alternatives[i]!)));
    const corrections = await this.correct(concepts, alternatives, scores);
    if (corrections.length) scores = await Promise.all(this.indexes.map((index, i) => index.score(alternatives[i]!)));

    const found = scores.reduce((bits, s) => bits | s.found, 0);
    const most = Math.max(0, ...this.indexes.map((index, i) => index.mostMatched(scores[i]!, i > 0)));
    const least = Math.max(1, Math.min(most, Math.ceil(concepts.length / 2)));
    const matches = this.indexes.flatMap((index, i) => index.match(scores[i]!, least, query, i > 0, counts));
    const all = popCount(found);
    const meta = {
      terms: [...new Set(scores.flatMap((s) => [...s.matched]))],
      words,
      missing: concepts.filter((_, c) => !(found & (1 << c))).map((concept) => concept.word),
      corrections,
      complete: matches.filter((m) => m.coverage === all).length,
    };
    const result = await this.page(query, matches, meta, counts, countsOnly, (bits) => concepts.filter((_, c) => found & (1 << c) && !(bits & (1 << c))).map((concept) => concept.word));
    return { ...result, corrections: corrections.map((correction) => ({ ...correction, instead: spelling(correction.instead, result.hits) })) };
  }

  /**
   * For each one-term word that no release holds, or very few, the terms one slip away in each index, added to its
   * alternatives (in place); a correction for each word found nowhere that such a term stands in for.
   */
  private async correct(concepts: Concept[], alternatives: Alternative[][][], scores: Scores[]): Promise<Correction[]> {
    const corrections: Correction[] = [];
    await Promise.all(
      concepts.map(async (concept, c) => {
        const found = scores.some((s) => s.found & (1 << c));
        // A Thai word with a slip is often cut into fragments (ออนไลย์ → ออน ไลย์): its slip is looked for in the word
        // as typed, its fragments joined again, when no release holds them all.
        if (concept.terms.length !== 1 && (found || !hasThaiLetter(concept.word))) return;
        const term = concept.terms.join('');
        if (found && (await Promise.all(this.indexes.map((index) => index.df(term)))).reduce((a, b) => a + b, 0) > RARE) return;
        const near = await Promise.all(this.indexes.map((index) => index.near(term)));
        near.forEach((terms, i) => alternatives[i]![c]!.push(...terms.map((t) => ({ terms: [t], weight: WEIGHT.near }))));
        const first = near.find((terms) => terms.length)?.[0];
        if (!found && first) corrections.push({ word: concept.word, instead: first });
      }),
    );
    return corrections;
  }

  /** Sorts the matches, cuts out the page asked for and fetches its releases. */
  private async page(
    query: SearchQuery,
    matches: Match[],
    meta: Pick<SearchResult, 'terms' | 'words' | 'missing' | 'corrections' | 'complete'>,
    counts: Counts,
    countsOnly: boolean,
    lacking: (bits: number) => string[] = () => [],
  ): Promise<SearchResult> {
    if (query.sort === 'date' || !meta.words.length) matches.sort((a, b) => b.coverage - a.coverage || b.day - a.day || b.score - a.score || b.id - a.id);
    else matches.sort((a, b) => b.coverage - a.coverage || b.score - a.score || b.day - a.day || b.id - a.id);
    const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
    const page = Math.min(Math.max(1, query.page), pages);
    const shown = matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    const hits = countsOnly ? [] : await Promise.all(shown.map(async (m) => ({ source: m.index.lang, doc: await m.index.doc(m.id), lacking: lacking(m.bits) })));
    return { ...meta, total: matches.length, page, pages, hits, facets: this.facetCounts(counts) };
  }

  /** The name of an agency or category in the first index's language (falling back to a later index's). */
  name(kind: 'agencies' | 'categories', id: string): string {
    for (const index of this.indexes) {
      const found = index.manifest?.[kind].find((value) => value.id === id);
      if (found) return found.name;
    }
    return id;
  }

  private facetCounts(counts: Counts): SearchResult['facets'] {
    const names = (pick: (m: Manifest) => FacetValue[]) => {
      const map = new Map<string, string>();
      for (const index of [...this.indexes].reverse()) for (const value of pick(index.manifest)) map.set(value.id, value.name);
      return map;
    };
    const list = (values: Map<string, number>, named: Map<string, string>) =>
      [...values]
        .map(([id, count]) => ({ id, name: named.get(id) ?? id, count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return {
      agency: list(counts.agency, names((m) => m.agencies)),
      category: list(counts.category, names((m) => m.categories)),
      year: [...counts.year].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year),
    };
  }
}

/** How the releases shown spell `term` (the first title or text word that is this term), else the term itself. */
function spelling(term: string, hits: Hit[]): string {
  for (const { doc } of hits) {
    for (const text of [doc.title, doc.text]) {
      const span = tokenSpans(text).find((s) => s.term === term);
      if (span) return text.slice(span.start, span.end);
    }
  }
  return term;
}
