import { tokenSpans } from '../tokenizer';

/**
 * What a Thai-only release is about, in English: the people, places, organisations and main topics its Thai text
 * names, found through the bilingual vocabulary (`bilingual.tsv`). Derived from the Thai text, not a translation:
 * a page shows it labelled so. Pure; the caller passes the dictionary's entries.
 */

/**
 * What an English term of the About line names: a person, a place, an organisation by its name (World Bank,
 * Ministry of Finance), a position or body named by a common noun (prime minister, cabinet), or a topic (flood).
 */
export type AboutKind = 'person' | 'place' | 'organisation' | 'position' | 'topic';

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
const KIND_OF_SOURCE: Record<string, Exclude<AboutKind, 'position'>> = {
  'list:people': 'person',
  'list:provinces': 'place',
  'list:placenames': 'place',
  'registry:agencies': 'organisation',
  'list:bodies': 'organisation',
  'list:vocabulary': 'topic',
};

/** Kinds in the order the line lists them: names first, then what the release is about, then who acts in it. */
const ORDER: AboutKind[] = ['person', 'organisation', 'place', 'topic', 'position'];

/** When one Thai form has rows of several kinds, the kind it stands for (กรุงเทพมหานคร: Bangkok, more often than its administration). */
const PREFERRED: AboutKind[] = ['person', 'place', 'organisation', 'topic'];

/**
 * Thai forms that are also everyday words (เลย "at all", แพร่ "spread", ทักษิณ "south", ชวน "invite", เมือง "town",
 * as in อำเภอเมือง) or name the whole country; นายกฯ is cut as นายก, which also heads the chief of a local council or
 * an association (นายกองค์การบริหารส่วนจังหวัด, นายกสมาคม).
 */
const AMBIGUOUS = new Set(['เลย', 'ตาก', 'แพร่', 'ไทย', 'ประเทศไทย', 'ทักษิณ', 'ชวน', 'สุริยะ', 'อาคม', 'น้ำ', 'งาน', 'ยา', 'ป่า', 'สภา', 'กรม', 'ลด', 'เพิ่ม', 'เมือง', 'นายกฯ']);

/**
 * Topics every kind of release names (people, government, province, project, meeting…) and the bare "minister", held
 * inside most titles: true of nearly every release, so they tell a reader nothing about this one.
 */
const GENERIC = new Set(['people', 'public', 'citizens', 'country', 'government', 'province', 'district', 'agency', 'office', 'ministry', 'project', 'meeting', 'national', 'approve', 'plan', 'regulation', 'minister']);

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
  // The row each Thai form stands by: the first of its most preferred source kind (the province's Bangkok before
  // the body's Bangkok Metropolitan Administration), then, within a kind, the first in the file.
  const chosen = new Map<string, { terms: string[]; english: string; thai: string; source: Exclude<AboutKind, 'position'> }>();
  for (const { forms: [thai, english], kind, source } of entries) {
    const about = KIND_OF_SOURCE[source];
    if (kind !== 'translation' || !about || !thai || !english || AMBIGUOUS.has(thai)) continue;
    if (about === 'person' && !thai.includes(' ')) continue;
    const terms = tokenSpans(thai).map((span) => span.term);
    const key = terms.join(' ');
    const earlier = chosen.get(key);
    if (key && (!earlier || PREFERRED.indexOf(about) < PREFERRED.indexOf(earlier.source))) chosen.set(key, { terms, english, thai, source: about });
  }
  const byFirstTerm: AboutVocabulary['byFirstTerm'] = new Map();
  for (const [key, { terms, english, thai, source }] of chosen) {
    if (GENERIC.has(english)) continue;
    const kind: AboutKind = source === 'organisation' && /^\p{Ll}/u.test(english) ? 'position' : source;
    const group = byFirstTerm.get(terms[0]!) ?? [];
    group.push({ terms, key, english, thai, kind });
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
  // Every form at every place; a form that lies inside a longer one found (ยุติธรรม inside ปลัดกระทรวงยุติธรรม's
  // กระทรวงยุติธรรม) is part of that name, not a term of its own. Forms that only overlap both count.
  let reach = 0;
  for (let at = 0; at < terms.length; at++) {
    for (const form of vocabulary.byFirstTerm.get(terms[at]!) ?? []) {
      if (at + form.terms.length <= reach || !form.terms.every((term, i) => terms[at + i] === term)) continue;
      reach = at + form.terms.length;
      const counted = counts.get(form.key);
      if (counted) counted.count++;
      else counts.set(form.key, { english: form.english, thai: form.thai, kind: form.kind, count: 1 });
      break;
    }
  }
  const seen = new Set<string>();
  const found = [...counts.values()];
  const initials = new Set(found.map((term) => initialsOf(term.english)));
  return found
    .filter((term) => term.kind !== 'topic' || term.count >= topicMin)
    .filter((term) => !(/^[A-Z]{2,}$/.test(term.english) && initials.has(term.english)))
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || b.count - a.count || a.english.localeCompare(b.english))
    .filter((term) => !seen.has(term.english.toLowerCase()) && seen.add(term.english.toLowerCase()))
    .slice(0, limit);
}

/**
 * The capitals of a name's words, for telling an acronym from the name it stands for when a text holds both (NHSO
 * beside National Health Security Office, CCSA beside Centre for COVID-19 Situation Administration): the line keeps
 * the name. @example initialsOf('Centre for COVID-19 Situation Administration') // 'CCSA'
 */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('');
}
