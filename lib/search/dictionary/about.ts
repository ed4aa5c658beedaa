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

/** A vocabulary word is a main topic of a whole text when the text holds it this many times at least. */
const TOPIC_MIN = 2;

/** The vocabulary compiled for {@link aboutTerms}: each Thai form's terms, grouped by their first term, longest first. */
export interface AboutVocabulary {
  byFirstTerm: Map<string, { terms: string[]; key: string; english: string; thai: string; kind: AboutKind }[]>;
}

/**
 * Compiles the dictionary's rows for {@link aboutTerms}, once: the rows of the sources {@link KIND_OF_SOURCE} lists,
 * the first English form per Thai form, without a person's given name alone or forms that are everyday words.
 * @example aboutVocabulary(parseDictionary(text, 'bilingual.tsv', 'translation'))
 */
export function aboutVocabulary(entries: Row[]): AboutVocabulary {
  const byFirstTerm: AboutVocabulary['byFirstTerm'] = new Map();
  const seen = new Set<string>();
  for (const { forms: [thai, english], kind, source } of entries) {
    const about = KIND_OF_SOURCE[source];
    if (kind !== 'translation' || !about || !thai || !english || AMBIGUOUS.has(thai)) continue;
    if (about === 'person' && !thai.includes(' ')) continue;
    const terms = tokenSpans(thai).map((span) => span.term);
    const key = terms.join(' ');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const group = byFirstTerm.get(terms[0]!) ?? [];
    group.push({ terms, key, english, thai, kind: about });
    byFirstTerm.set(terms[0]!, group.sort((a, b) => b.terms.length - a.terms.length));
  }
  return { byFirstTerm };
}

/**
 * The About terms of a Thai text: each Thai form of the vocabulary it holds (as whole words, the longest form at each
 * place), people, organisations, places, then topics held at least `topicMin` times (default `TOPIC_MIN`; 1 for a
 * title and excerpt, where a topic is named once); most held first within a kind, at most `limit`. Linear in the
 * text's words.
 * @example aboutTerms('นายกรัฐมนตรีลงพื้นที่จังหวัดลำปาง ตรวจน้ำท่วม น้ำท่วม', aboutVocabulary(entries))
 *   // [{ english: 'prime minister', … }, { english: 'Lampang', … }, { english: 'flood', … }]
 */
export function aboutTerms(text: string, vocabulary: AboutVocabulary, { limit = 8, topicMin = TOPIC_MIN } = {}): AboutTerm[] {
  const terms = tokenSpans(text).map((span) => span.term);
  const counts = new Map<string, { english: string; thai: string; kind: AboutKind; count: number }>();
  for (let at = 0; at < terms.length; ) {
    const match = vocabulary.byFirstTerm.get(terms[at]!)?.find((form) => form.terms.every((term, i) => terms[at + i] === term));
    if (!match) {
      at++;
      continue;
    }
    const counted = counts.get(match.key);
    if (counted) counted.count++;
    else counts.set(match.key, { english: match.english, thai: match.thai, kind: match.kind, count: 1 });
    at += match.terms.length;
  }
  const seen = new Set<string>();
  return [...counts.values()]
    .filter((term) => term.kind !== 'topic' || term.count >= topicMin)
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || b.count - a.count || a.english.localeCompare(b.english))
    .filter((term) => !seen.has(term.english.toLowerCase()) && seen.add(term.english.toLowerCase()))
    .slice(0, limit);
}
