import type { DocRecord, FacetValue, Manifest } from '../format';
import { tokenSpans } from '../tokenizer';
import { addNearTerms, addSoundTerms, alternatives, commonAsTyped } from './alternatives';
import { MAX_CONCEPTS, queryConcepts, type Concept } from './concepts';
import { addDateMatches, dateConcepts, dateTitledFirst, queryDates } from './dates';
import { withoutQuestionWords } from './question-words';
import { addCounts, commonConcepts, filterReleases, mostMatched, popCount, score, sortMatches, titledFirst, type FilterCounts, type Match, type Scores } from './ranking';
import type { SearchIndex } from './search-index';
import { heldInOnePlace, sectionOf } from './sections';
import { translations } from './translations';
import { RESULTS_PER_PAGE, type Hit, type HitSection, type SearchQuery, type SearchResult, type Translation } from './types';

/**
 * Runs queries against the files `lib/search/index` wrote, fetching only what a query needs: the manifest, facet
 * table and dictionary once, then the shard of each term looked up and the releases of the page shown. The engine
 * composes the pieces: a query's concepts (`concepts.ts`: a word, or a run of words the dictionary knows), their
 * alternatives in each index (`alternatives.ts`: the terms typed, equivalent forms, longer terms, terms one slip
 * away), each index read (`search-index.ts`) and ranked (`ranking.ts`). Releases matching the most concepts come
 * first, then by BM25, typed terms weighing most.
 */

/** What a question word's match weighs, against a word typed. */
const OPTIONAL_WEIGHT = 0.2;

/** What a page's results say beside each release, from the query's words. */
interface HitDetails {
  /** The words a release matched by its bits does not hold. */
  lacking?: (bits: number) => string[];
  /** The words a release of a later index matched only in the other script. */
  translatedIn?: (m: Match) => Promise<Translation[]>;
  /** The item of a long release the words are in. */
  sectionIn?: (m: Match, doc: DocRecord) => HitSection | undefined;
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
    const concepts = query.q ? await this.concepts(query.q) : [];
    const words = concepts.map((concept) => concept.word);
    if (!concepts.length) {
      const { matches, counts } = this.filterAll(null, 0, query);
      return this.page(query, matches, { terms: [], words, missing: [], corrections: [], complete: matches.length }, counts, countsOnly);
    }

    // Longer terms only from the page's own index: a later index adds only the releases with no version in the first
    // (the English index on the Thai page), and asking its lexicon and shards too cost a first query ~25 KB.
    // A word a fifth of the page's own releases hold is looked for in fewer forms (`alternatives`).
    const commonTyped = await commonAsTyped(this.indexes[0]!, concepts);
    const alts = await Promise.all(this.indexes.map((index, i) => alternatives(index, concepts, { own: i === 0, common: commonTyped })));
    // A question word weighs little: a release that asks the same (โควิด-19 คืออะไร) gains, one that states does not lose.
    for (const each of alts) concepts.forEach((concept, c) => concept.optional && each[c]!.forEach((alt) => (alt.weight *= OPTIONAL_WEIGHT)));
    await addSoundTerms(this.indexes, concepts, alts);
    const scoreAll = () => Promise.all(this.indexes.map(async (index, i) => addDateMatches(index, await score(index, alts[i]!), concepts)));
    let scores = await scoreAll();
    const corrections = await addNearTerms(this.indexes, concepts, alts, scores);
    if (corrections.length) scores = await scoreAll();
    // A common word adds to a release's score but counts for none when the query has a rarer one (as a question word).
    const common = commonConcepts(concepts, scores[0]!.mask, this.indexes[0]!.manifest.docs);
    concepts.forEach((concept, c) => common & (1 << c) && (concept.optional = true));
    // A question word adds to a release's score but does not count for or against it.
    const optional = concepts.reduce((bits, concept, c) => (concept.optional ? bits | (1 << c) : bits), 0);
    if (optional) for (const s of scores) withoutBits(s, optional);
    const counted = concepts.length - popCount(optional);

    const found = scores.reduce((bits, s) => bits | s.found, 0);
    const most = Math.max(0, ...this.indexes.map((index, i) => mostMatched(index, scores[i]!, i > 0)));
    const least = Math.max(1, Math.min(most, Math.ceil(counted / 2)));
    const { matches, counts } = this.filterAll(scores, least, query);
    // The concepts of each index as its alternatives' terms (none for a question or common word: it names no item).
    const forms = alts.map((own) => own.map((options, c) => (concepts[c]!.optional ? [] : options.map((option) => option.terms))));
    if (!countsOnly) await narrowToItems(matches, query, forms, this.indexes);
    const all = popCount(found);
    const meta = {
      terms: [...new Set(scores.flatMap((s) => [...s.matched]))],
      words,
      missing: concepts.filter((concept, c) => !concept.optional && !(found & (1 << c))).map((concept) => concept.word),
      corrections,
      complete: matches.filter((m) => m.coverage === all).length,
    };
    const lacking = (bits: number) => concepts.filter((_, c) => found & (1 << c) && !(bits & (1 << c))).map((concept) => concept.word);
    const translatedIn = (m: Match) => {
      const i = this.indexes.indexOf(m.index);
      return i > 0 ? translations(m.index, m.id, m.bits, concepts, alts[i]!) : Promise.resolve([]);
    };
    // The item of a long release the words typed are in (a question word names no item; a date has no terms).
    const sectionIn = (m: Match, doc: DocRecord) => sectionOf(doc, forms[this.indexes.indexOf(m.index)]!);
    const days = concepts.flatMap((concept) => (concept.day === undefined ? [] : [concept.day]));
    // Whether a title holds an alternative of every word typed (not the dates, not the question words).
    const wordsIn = (m: Match, title: string) => {
      const held = new Set(tokenSpans(title).map((span) => span.term));
      const own = alts[this.indexes.indexOf(m.index)]!;
      return concepts.every((concept, c) => concept.day !== undefined || concept.optional || own[c]!.some((alt) => alt.terms.every((term) => held.has(term))));
    };
    const result = await this.page(query, matches, meta, counts, countsOnly, { lacking, translatedIn, sectionIn }, days, wordsIn);
    return { ...result, corrections: corrections.map((correction) => ({ ...correction, instead: spelling(correction.instead, result.hits) })) };
  }

  /**
   * A query's concepts: its words and the dictionary's runs of words (question words marked optional), then the
   * dates it names, each as a concept of its own.
   */
  private async concepts(q: string): Promise<Concept[]> {
    const { dates, rest } = queryDates(q);
    const dictionary = await this.indexes[0]!.dictionary();
    const words = rest ? queryConcepts(rest, dictionary) : [];
    const stated = new Set(queryConcepts(withoutQuestionWords(rest), dictionary).map((concept) => concept.terms.join(' ')));
    for (const concept of words) if (!stated.has(concept.terms.join(' '))) concept.optional = true;
    return [...words, ...dateConcepts(dates)].slice(0, MAX_CONCEPTS);
  }

  /** Every index's releases that pass (a later index's only when they have no version in an earlier one), and the counts. */
  private filterAll(scores: Scores[] | null, least: number, query: SearchQuery): { matches: Match[]; counts: FilterCounts } {
    const each = this.indexes.map((index, i) => filterReleases(index, scores ? scores[i]! : null, least, query, i > 0));
    return { matches: each.flatMap((e) => e.matches), counts: addCounts(each.map((e) => e.counts)) };
  }

  /** Sorts the matches, cuts out the page asked for and fetches its releases, naming the item of each long one the words are in. */
  private async page(
    query: SearchQuery,
    matches: Match[],
    meta: Pick<SearchResult, 'terms' | 'words' | 'missing' | 'corrections' | 'complete'>,
    counts: FilterCounts,
    countsOnly: boolean,
    describe: HitDetails = {},
    days: number[] = [],
    wordsIn: (m: Match, title: string) => boolean = () => false,
  ): Promise<SearchResult> {
    sortMatches(matches, query.sort, meta.words.length > 0, this.indexes[0]);
    if (days.length && query.sort === 'relevance' && !countsOnly) await dateTitledFirst(matches, days, wordsIn);
    // Without a date, the first page only: its result files are fetched for it anyway, and the next pages keep their order.
    else if (meta.words.length && query.sort === 'relevance' && query.page <= 1 && !countsOnly) await titledFirst(matches, RESULTS_PER_PAGE, wordsIn);
    const pages = Math.max(1, Math.ceil(matches.length / RESULTS_PER_PAGE));
    const page = Math.min(Math.max(1, query.page), pages);
    const shown = matches.slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE);
    const { lacking = () => [], translatedIn = () => Promise.resolve([]), sectionIn = () => undefined } = describe;
    const hit = async (m: Match): Promise<Hit> => {
      const doc = await m.index.doc(m.id);
      const section = sectionIn(m, doc);
      return { source: m.index.lang, doc, lacking: lacking(m.bits), translated: await translatedIn(m), ...(section && { section }) };
    };
    const hits = countsOnly ? [] : await Promise.all(shown.map(hit));
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

  private facetCounts(counts: FilterCounts): SearchResult['facets'] {
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

/** Rounds of {@link narrowToItems}: each fetches at most the result files of one page. */
const NARROW_ROUNDS = 4;

/**
 * Counts, for the releases with items that would be listed first, only the concepts one place of them holds
 * (`heldInOnePlace`): a cabinet meeting's summary, indexed whole, holds most words of any query somewhere in its
 * hundred items, and would otherwise come before the release about the matter. Sorts the matches, fetches the result
 * files of the page asked for (which the page shows anyway), narrows those with items and sorts again, until the page
 * holds only releases counted so, for at most `NARROW_ROUNDS` rounds (page 3 fetches the files of pages 1 to 3).
 * @param forms per index, per concept, its alternatives' terms (none for a question or common word, or a date: held)
 */
async function narrowToItems(matches: Match[], query: SearchQuery, forms: string[][][][], indexes: SearchIndex[]): Promise<void> {
  const counted = new Set<Match>();
  for (let round = 0; round < NARROW_ROUNDS; round++) {
    sortMatches(matches, query.sort, true, indexes[0]);
    const end = Math.max(1, query.page) * RESULTS_PER_PAGE;
    const fresh = matches.slice(0, end).filter((m) => !counted.has(m));
    if (!fresh.length) return;
    await Promise.all(
      fresh.map(async (m) => {
        counted.add(m);
        const held = heldInOnePlace(await m.index.doc(m.id), forms[indexes.indexOf(m.index)]!);
        if (held === undefined) return;
        // Only the order changes: the result still says the release holds every word it holds.
        m.coverage = popCount(m.bits & held);
      }),
    );
  }
}

/** Clears `bits` from every release's mask and from what was found (their scores stay). */
function withoutBits(scores: Scores, bits: number): void {
  for (let id = 0; id < scores.mask.length; id++) scores.mask[id]! &= ~bits;
  scores.found &= ~bits;
}
