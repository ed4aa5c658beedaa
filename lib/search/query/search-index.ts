import {
  decodeDictionary,
  decodeDoc,
  decodeFacets,
  decodeManifest,
  decodePostings,
  decodeShard,
  DOC_CHUNK,
  indexFiles,
  TermFilter,
  termHash,
  unzipped,
  yearOfDay,
  type DocRecord,
  type Files,
  type Manifest,
  type Postings,
  type ShardEntry,
} from '../format';
import { hasThaiLetter } from '../tokenizer';
import { Equivalents } from './concepts';
import { LexiconReader } from './lexicon';
import { once } from './once';
import type { TermExpander } from './types';

/** A term's postings and how many releases hold it. */
export interface TermPostings extends Postings {
  /** Releases holding the term (the length of `ids`). */
  df: number;
}

/** Per release of an index, in id order (oldest first): what the filters and the date sort read. */
export interface ReleaseColumns {
  /** Day number of each release (`dayNumber`). */
  days: Int32Array;
  /** Its year, CE. */
  years: Uint16Array;
  /** Its agency: 1 + its position in `Manifest.agencies`, 0 for none. */
  agency: Uint16Array;
  /** Its category: 1 + its position in `Manifest.categories`, 0 for none. */
  category: Uint16Array;
  /** Its `ReleaseFlag`s. */
  flags: Uint8Array;
}

/**
 * One language's index, as the engine reads it: the manifest and the release columns once, then each term shard,
 * term and release file the first time a query needs it, each fetched once (two queries asking at once share the
 * fetch). The same code runs in the browser (files fetched over HTTP) and in Node (files read from disk): only
 * `Files` differs. Ranking is `ranking.ts`'s.
 */
export class SearchIndex {
  /** The manifest, once `open()` is done. */
  manifest!: Manifest;
  /** The release columns, once `open()` is done. */
  releases!: ReleaseColumns;
  /** The index's terms with Thai letters, when it lists them (`Manifest.thaiTerms`). */
  private thaiTerms: TermFilter | null = null;
  private opened?: Promise<void>;
  private equivalents?: Promise<Equivalents>;
  private readonly shards = new Map<number, Promise<Map<string, ShardEntry>>>();
  private readonly postings = new Map<string, Promise<TermPostings | null>>();
  private readonly docs = new Map<number, Promise<DocRecord>>();
  private termExpander: TermExpander | null | undefined;
  private readonly gen: string | undefined;

  /**
   * @param options.expander where longer terms and terms one slip away come from: by default the index's own
   *   lexicon (`LexiconReader`, once the manifest is loaded); null for none
   * @param options.gen the generation to read (the one the page's publication names, so that a search answers from
   *   the publication the page is of); by default, or when it is gone, the one `manifest.json` names now
   */
  constructor(
    readonly lang: string,
    private readonly files: Files,
    { expander, gen }: { expander?: TermExpander | null; gen?: string } = {},
  ) {
    this.termExpander = expander;
    this.gen = gen;
  }

  /** Loads the manifest and the facet table (once). */
  open(): Promise<void> {
    this.opened ??= this.load();
    return this.opened;
  }

  private async load() {
    // A generation is kept while its publication or the next one is the site's: a page older than that reads the current one.
    const current = () => this.files.read(indexFiles.manifest(this.lang));
    const manifest = decodeManifest(await (this.gen ? this.files.read(indexFiles.generationManifest(this.lang, this.gen)).catch(current) : current()));
    this.manifest = manifest;
    if (manifest.thaiTerms) this.thaiTerms = new TermFilter(manifest.thaiTerms);
    if (this.termExpander === undefined) this.termExpander = new LexiconReader(this.lang, this.files, manifest);
    const table = decodeFacets(await unzipped(this.files, indexFiles.facets(this.lang, manifest.gen)), manifest.firstDay);
    this.releases = { days: table.days, years: Uint16Array.from(table.days, yearOfDay), agency: table.agency, category: table.category, flags: table.flags };
  }

  /** Where longer terms and terms one slip away come from, once `open()` is done; null for none. */
  get expander(): TermExpander | null {
    return this.termExpander ?? null;
  }

  /** The index's dictionary of equivalent forms (fetched once, on the first query with words). */
  dictionary(): Promise<Equivalents> {
    this.equivalents ??= this.open()
      .then(() => unzipped(this.files, indexFiles.dictionary(this.lang, this.manifest.gen)))
      .then((data) => new Equivalents(decodeDictionary(data)));
    return this.equivalents;
  }

  /** The releases holding `term`, or null when none does. */
  termPostings(term: string): Promise<TermPostings | null> {
    return once(this.postings, term, () => this.lookUp(term));
  }

  /** How many releases hold `term`. */
  async df(term: string): Promise<number> {
    return (await this.termPostings(term))?.df ?? 0;
  }

  /** Release `id` as a result shows it. */
  doc(id: number): Promise<DocRecord> {
    return once(this.docs, id, () => unzipped(this.files, indexFiles.doc(this.lang, this.manifest.docFolders[Math.floor(id / DOC_CHUNK)]!, id)).then(decodeDoc));
  }

  private shard(n: number): Promise<Map<string, ShardEntry>> {
    return once(this.shards, n, () => unzipped(this.files, indexFiles.shard(this.lang, this.manifest.gen, n)).then(decodeShard));
  }

  private async lookUp(term: string): Promise<TermPostings | null> {
    // A Thai word of a Thai query, looked up in the English index: its filter nearly always says no without a fetch.
    if (this.thaiTerms && hasThaiLetter(term) && !this.thaiTerms.has(term)) return null;
    const n = termHash(term) % this.manifest.shards;
    const entry = (await this.shard(n)).get(term);
    if (!entry) return null;
    const payload = entry.file >= 0 ? await unzipped(this.files, indexFiles.bigTerm(this.lang, this.manifest.gen, n, entry.file)) : entry.payload;
    return { df: entry.df, ...decodePostings(entry.kind, payload, entry.df, this.manifest.docs) };
  }
}
