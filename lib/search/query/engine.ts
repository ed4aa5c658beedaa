import {
  decodeDoc,
  decodeFacets,
  decodeManifest,
  decodePostings,
  decodeShard,
  paths,
  ReleaseFlag,
  termHash,
  yearOfDay,
  type DocRecord,
  type FacetValue,
  type Manifest,
  type Postings,
  type ShardEntry,
} from '../format';
import { queryTerms } from '../tokenizer';

/**
 * Runs queries against the files `lib/search/index` wrote, fetching only what a query needs: the manifest and facet table
 * once, then the shard of each query term and the releases of the page shown. The same code runs in the browser
 * (files fetched over HTTP) and in Node tests (files read from disk): only `Files` differs.
 */

/** How the engine gets index files: raw bytes by path relative to the index root, and gzip decompression. */
export interface Files {
  read: (path: string) => Promise<Uint8Array>;
  gunzip: (data: Uint8Array) => Promise<Uint8Array>;
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
}

export interface SearchResult {
  /** The query's terms, as the index knows them. */
  terms: string[];
  total: number;
  page: number;
  pages: number;
  hits: Hit[];
  facets: { agency: FacetCount[]; category: FacetCount[]; year: { year: number; count: number }[] };
}

export const PAGE_SIZE = 10;

/** A term's postings and how many releases hold it. */
interface TermPostings extends Postings {
  df: number;
}

/** One language's index. */
export class SearchIndex {
  manifest!: Manifest;
  private days!: Int32Array;
  private years!: Uint16Array;
  private agency!: Uint16Array;
  private category!: Uint16Array;
  private flags!: Uint8Array;
  private opened?: Promise<void>;
  private shards = new Map<number, Promise<Map<string, ShardEntry>>>();
  private postings = new Map<string, Promise<TermPostings | null>>();
  private docs = new Map<number, Promise<DocRecord>>();

  constructor(
    readonly lang: string,
    private readonly files: Files,
  ) {}

  /** Loads the manifest and the facet table (once). */
  open(): Promise<void> {
    this.opened ??= this.load();
    return this.opened;
  }

  private async load() {
    const manifest = decodeManifest(await this.files.read(paths.manifest(this.lang)));
    this.manifest = manifest;
    const table = decodeFacets(await this.files.gunzip(await this.files.read(paths.facets(this.lang, manifest.gen))), manifest.firstDay);
    this.days = table.days;
    this.years = Uint16Array.from(table.days, yearOfDay);
    this.agency = table.agency;
    this.category = table.category;
    this.flags = table.flags;
  }

  private shard(n: number): Promise<Map<string, ShardEntry>> {
    let shard = this.shards.get(n);
    if (!shard) {
      shard = this.files
        .read(paths.shard(this.lang, this.manifest.gen, n))
        .then((data) => this.files.gunzip(data))
        .then(decodeShard);
      this.shards.set(n, shard);
    }
    return shard;
  }

  /** The releases holding `term`, or null when none does. */
  termPostings(term: string): Promise<TermPostings | null> {
    let found = this.postings.get(term);
    if (!found) {
      found = this.lookUp(term);
      this.postings.set(term, found);
    }
    return found;
  }

  private async lookUp(term: string): Promise<TermPostings | null> {
    const n = termHash(term) % this.manifest.shards;
    const entry = (await this.shard(n)).get(term);
    if (!entry) return null;
    const payload = entry.file >= 0 ? await this.files.gunzip(await this.files.read(paths.bigTerm(this.lang, this.manifest.gen, n, entry.file))) : entry.payload;
    return { df: entry.df, ...decodePostings(entry.kind, payload, entry.df, this.manifest.docs) };
  }

  doc(id: number): Promise<DocRecord> {
    let doc = this.docs.get(id);
    if (!doc) {
      doc = this.files
        .read(paths.doc(this.lang, id))
        .then((data) => this.files.gunzip(data))
        .then(decodeDoc);
      this.docs.set(id, doc);
    }
    return doc;
  }

  /**
   * Releases matching every term and the filters, with the facet counts each filter would give.
   * @param skipTranslated leave out releases whose story has a version in the other language (searched through its index)
   */
  async match(terms: string[], query: SearchQuery, skipTranslated: boolean, counts: Counts): Promise<Match[]> {
    await this.open();
    const { ids, scores } = await this.candidates(terms);
    const agencyIndex = query.agency === undefined ? -1 : this.manifest.agencies.findIndex((a) => a.id === query.agency) + 1;
    const categoryIndex = query.category === undefined ? -1 : this.manifest.categories.findIndex((c) => c.id === query.category) + 1;
    const matches: Match[] = [];
    const length = ids ? ids.length : this.manifest.docs;
    for (let i = 0; i < length; i++) {
      const id = ids ? ids[i]! : i;
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
      if (agencyOk && categoryOk && yearOk) matches.push({ index: this, id, score: scores ? scores[i]! : 0, day: this.days[id]! });
    }
    return matches;
  }

  /** Ids (ascending) holding every term, with BM25 scores; `ids` null means every release (no terms). */
  private async candidates(terms: string[]): Promise<{ ids: Uint32Array | null; scores: Float64Array | null }> {
    if (!terms.length) return { ids: null, scores: null };
    const lists = await Promise.all(terms.map((term) => this.termPostings(term)));
    if (lists.some((list) => list === null)) return { ids: new Uint32Array(0), scores: new Float64Array(0) };
    const sorted = (lists as TermPostings[]).sort((a, b) => a.df - b.df);
    const n = this.manifest.docs;
    const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
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
}

interface Match {
  index: SearchIndex;
  id: number;
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

  /** Runs a query; with `countsOnly`, the filter counts are computed but no release file is fetched. */
  async search(query: SearchQuery, { countsOnly = false } = {}): Promise<SearchResult> {
    const terms = queryTerms(query.q);
    await Promise.all(this.indexes.map((index) => index.open()));
    const counts: Counts = { agency: new Map(), category: new Map(), year: new Map() };
    const matches = (await Promise.all(this.indexes.map((index, i) => index.match(terms, query, i > 0, counts)))).flat();
    if (query.sort === 'date' || !terms.length) matches.sort((a, b) => b.day - a.day || b.score - a.score || b.id - a.id);
    else matches.sort((a, b) => b.score - a.score || b.day - a.day || b.id - a.id);

    const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
    const page = Math.min(Math.max(1, query.page), pages);
    const shown = matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    const hits = countsOnly ? [] : await Promise.all(shown.map(async (m) => ({ source: m.index.lang, doc: await m.index.doc(m.id) })));
    return { terms, total: matches.length, page, pages, hits, facets: this.facetCounts(counts) };
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
