/** A release as a search result shows it (`docs/<id / 1000>/<id>.bin`). */
export interface DocRecord {
  slug: string;
  title: string;
  /** ISO date. */
  date: string;
  agency?: string;
  category?: string;
  /** ISO date the release was withdrawn on: results still list it, marked. */
  withdrawn?: string;
  /** The release's text (plain, normalized), cut to the excerpt budget: what excerpts are drawn from. */
  text: string;
  /** The items of a release with headings (`lib/markdown`'s outline), in order: where a result's words are. */
  sections?: DocSection[];
}

/** One item of a long release, as a result names it and finds the searched words in it. */
export interface DocSection {
  /** The id of its heading on the release page: `item-17`. */
  id: string;
  /** Its number and heading, plain: `17. รายงานเปรียบเทียบ…`; its terms count as the item's title. */
  label: string;
  /** A Bloom filter (`encodeTermFilter`) of the terms of its text. */
  terms: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A result file before gzip: the record as JSON, its keys always in the same order (so an unchanged release gives
 * the same bytes).
 * @example new TextDecoder().decode(encodeDoc({ slug: 's', title: 't', date: '2018-12-07', text: 'x' })) // '{"slug":"s","title":"t","date":"2018-12-07","text":"x"}'
 */
export function encodeDoc({ slug, title, date, agency, category, withdrawn, text, sections }: DocRecord): Uint8Array {
  const doc: DocRecord = {
    slug,
    title,
    date,
    ...(agency ? { agency } : {}),
    ...(category ? { category } : {}),
    ...(withdrawn ? { withdrawn } : {}),
    text,
    ...(sections?.length ? { sections: sections.map(({ id, label, terms }) => ({ id, label, terms })) } : {}),
  };
  return encoder.encode(JSON.stringify(doc));
}

/** The record `encodeDoc` wrote. */
export function decodeDoc(data: Uint8Array): DocRecord {
  return JSON.parse(decoder.decode(data)) as DocRecord;
}
