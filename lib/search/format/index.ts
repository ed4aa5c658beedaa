/**
 * The search index as files: for each structure, its encoder (used by `lib/search/index`, in Node) and its decoder
 * (used by `lib/search/query`, in the browser) side by side. Pure, no Node or DOM API.
 *
 * One index per language under `<root>/<lang>/`:
 * - `<gen>/manifest.json` (`manifest.ts`): counts, the shard count, facet ids with their names, the generation, the
 *   folder of each thousand result files and, in an index with few Thai terms, a filter of them (`bloom.ts`).
 *   Written last of its generation. The search page of a published site is told its generation (the publication's);
 *   `manifest.json`, a copy of the manifest of the site's publication replaced by a rename, is for any other reader.
 * - `<gen>/facets.bin` (`facets.ts`): for every release, in id order, its day, agency, category and flags.
 * - `<gen>/terms/<n>.bin` (`shards.ts`): the terms whose hash falls in shard n, each with its postings
 *   (`postings.ts`: sparse, dense or common). A term's postings above `INLINE_LIMIT` bytes live in `<n>-<k>.bin`.
 * - `<gen>/dictionary.bin` (`dictionary.ts`): equivalent spellings (abbreviations, variants, loanwords), cut into
 *   terms, which a query applies to its words.
 * - `<gen>/lexicon/<n>.bin` (`lexicon.ts`): the index's terms sorted, with how many releases hold each, cut into
 *   pages; the manifest names each page's first key. What finds the terms a reader's word starts or nearly spells.
 * - `<gen>/sounds/<n>.bin` (`lexicon.ts`: `soundEntry`, Thai index only): the same terms by how they sound in Latin
 *   letters, in lexicon pages. What finds the Thai spelling of a name typed in Latin letters.
 * - `docs/<id / 1000>/<gen>/<id>.bin` (`docs.ts`): one release as a result shows it, in the folder of the
 *   generation that wrote its thousand (the manifest's `docFolders`). A rebuild writes a new folder only for a thousand
 *   with a changed release (hard-linking the unchanged files into it) and names the earlier folders for the others.
 *
 * Every `.bin` file is gzip (written by the builder, decompressed by the reader, so the bytes on the wire do not
 * depend on the server). A reader gets them through `Files` (`files.ts`): fetched in the browser, read from disk in
 * Node. Release ids run in date order, oldest first: sorting by date needs no data, and a year is
 * a range of ids.
 */
export { encodeTermFilter, TermFilter } from './bloom';
export { ByteReader, ByteWriter } from './bytes';
export { decodeDictionary, encodeDictionary, type DictionaryForms } from './dictionary';
export { decodeDoc, encodeDoc, type DocRecord, type DocSection } from './docs';
export { dayNumber, decodeFacets, encodeFacets, ReleaseFlag, yearOfDay, type FacetTable } from './facets';
export { unzipped, type Files } from './files';
export {
  decodeManifest,
  DOC_CHUNK,
  encodeManifest,
  GENERATION,
  generationName,
  INDEX_URL,
  INDEX_VERSION,
  indexFiles,
  SEARCH_INDEX_DIR,
  termHash,
  type FacetValue,
  type Manifest,
} from './manifest';
export {
  decodeLexiconPage,
  encodeLexiconPage,
  LEXICON_MIN_LENGTH,
  lexiconKey,
  lexiconPageOf,
  lexiconPagesOf,
  lexiconTerm,
  separatorBetween,
  skeleton,
  soundEntry,
  soundEntryParts,
  SOUND_MIN_LENGTH,
  type LexiconPage,
} from './lexicon';
export { COMMON_LEVELS, COMMON_SHARE, decodePostings, DENSE_LEVELS, denseLevel, encodePostings, postingsLayout, PostingsKind, type Postings, type TitledPostings } from './postings';
export { decodeShard, encodeShard, INLINE_LIMIT, ownFiles, TermFlag, type ShardEntry, type ShardTerm } from './shards';
