import { tokenSpans } from '../tokenizer';

/**
 * What a Thai-only release is about, in English: the people, places, organisations and main topics its Thai text
 * names, found through the bilingual vocabulary (`bilingual.tsv`). Derived from the Thai text, not a translation:
 * a page shows it labelled so. Pure; the caller passes the dictionary's entries.
 */

/** What an English term of the About line names. */
export type AboutKind = 'person' | 'place' | 'organisation' | 'topic';

/** A dictionary row as `parseDictionary` reads it (its `DictionaryEntry`, named here apart so as not to import index.ts). */
interface Row {
  forms: string[];
  kind: string;
  source: string;
}

/** One term of the About line. */
export interface AboutTerm {
  /** The English name or word. */
  english: string;
  /** The Thai form the text holds. */
  thai: string;
  kind: AboutKind;
  /** Times the text holds it. */
  count: number;
}

/** The kind of each source of `bilingual.tsv`; a source not listed gives no About term. */
const KIND_OF_SOURCE: Record<string, AboutKind> = {
  'list:people': 'person',
  'list:provinces': 'place',
  'list:placenames': 'place',
  'registry:agencies': 'organisation',
  'list:bodies': 'organisation',
  'list:vocabulary': 'topic',
};

/** Kinds in the order the line lists them. */
const ORDER: AboutKind[] = ['person', 'organisation', 'place', 'topic'];

/** Thai forms that are also everyday words (เลย "at all", แพร่ "spread", ทักษิณ "south", ชวน "invite") or name the whole country. */
const AMBIGUOUS = new Set(['เลย', 'ตาก', 'แพร่', 'ไทย', 'ประเทศไทย', 'ทักษิณ', 'ชวน', 'สุริยะ', 'อาคม', 'น้ำ', 'งาน', 'ยา', 'ป่า', 'สภา', 'กรม', 'ลด', 'เพิ่ม']);

/** A vocabulary word is a main topic when the text holds it this many times at least. */
const TOPIC_MIN = 2;

/**
 * The About terms of a Thai text: each Thai form of the vocabulary it holds (as whole words), the first English form
 * per Thai form, people, organisations, places, then topics held at least `TOPIC_MIN` times; most held first within a
 * kind, at most `limit`. A person's given name alone, and forms that are everyday words, are left out.
 * @example aboutTerms('นายกรัฐมนตรีลงพื้นที่จังหวัดลำปาง ตรวจน้ำท่วม น้ำท่วม', entries)
 *   // [{ english: 'prime minister', … }, { english: 'Lampang', … }, { english: 'flood', … }]
 */
export function aboutTerms(text: string, entries: Row[], limit = 8): AboutTerm[] {
  const terms = tokenSpans(text).map((span) => span.term);
  const forms = new Map<string, { english: string; thai: string; kind: AboutKind }>();
  for (const { forms: [thai, english], kind, source } of entries) {
    const about = KIND_OF_SOURCE[source];
    if (kind !== 'translation' || !about || !thai || !english || AMBIGUOUS.has(thai)) continue;
    const key = tokenSpans(thai).map((span) => span.term).join(' ');
    if (!key || (about === 'person' && !thai.includes(' '))) continue;
    if (!forms.has(key)) forms.set(key, { english, thai, kind: about });
  }
  const longest = Math.max(1, ...[...forms.keys()].map((key) => key.split(' ').length));
  const counts = new Map<string, number>();
  for (let at = 0; at < terms.length; ) {
    let length = Math.min(longest, terms.length - at);
    for (; length > 0; length--) if (forms.has(terms.slice(at, at + length).join(' '))) break;
    if (length === 0) {
      at++;
      continue;
    }
    const key = terms.slice(at, at + length).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
    at += length;
  }
  const found = [...counts].map(([key, count]) => ({ ...forms.get(key)!, count }));
  const seen = new Set<string>();
  return found
    .filter((term) => term.kind !== 'topic' || term.count >= TOPIC_MIN)
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || b.count - a.count || a.english.localeCompare(b.english))
    .filter((term) => !seen.has(term.english.toLowerCase()) && seen.add(term.english.toLowerCase()))
    .slice(0, limit);
}
