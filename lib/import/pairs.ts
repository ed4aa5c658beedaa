import type { Locale } from '../i18n/locales';
import { isIsoDate, parseThaiDate, toArabicDigits } from '../thai';

/**
 * Translation pairs in the corpus. thaigov.go.th published no link between a Thai page and its English version, so
 * pairs are found from the text:
 * - certain: cabinet synopses name their meeting date in the title ("The cabinet met on March 21, 2023" ↔
 *   "สรุปข่าวการประชุมคณะรัฐมนตรี 21 มีนาคม 2566"); one of each for a date is a pair;
 * - likely: an English release and a Thai one dated within a day of each other that share numbers and Latin names.
 *   These are listed for an editor to confirm, never merged.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** `The cabinet met on March 21, 2023`, `… met via a video conference on Sep 6, 2022.`, `Cabinet meeting on September 6, 2023`. */
const ENGLISH_MEETING = /^(?:the\s+)?cabinet\s+(?:met|meeting)\b(?:\s+via\s+a\s+video\s+conference)?\s+on\s+([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/i;
/** `สรุปข่าวการประชุมคณะรัฐมนตรี 21 มีนาคม 2566`, `สรุปข่าวการประชุม ครม. 3 มกราคม 2566`, `… (นัดพิเศษ) …`, `… วันที่ 4 เมษายน 2566`. */
const THAI_MEETING = /^สรุปข่าวการประชุม\s*(?:คณะรัฐมนตรี|ครม\.?)\s*(?:อย่างเป็นทางการนอกสถานที่|\(นัดพิเศษ\))?\s*(?:วันที่|วันนี้)?\s*(\d{1,2}\s*\S+\s*\d{4})/;

/**
 * The meeting date a cabinet synopsis names in its title (or, for an English one titled "Cabinet Meeting
 * Synopsis", in its first line), as `YYYY-MM-DD`; null for any other release.
 * @example cabinetMeetingDate('The cabinet met on March 21, 2023', [], 'en') // '2023-03-21'
 * @example cabinetMeetingDate('สรุปข่าวการประชุมคณะรัฐมนตรี 21 มีนาคม 2566', [], 'th') // '2023-03-21'
 */
export function cabinetMeetingDate(title: string, paragraphs: readonly string[], lang: Locale): string | null {
  if (lang === 'th') {
    const match = THAI_MEETING.exec(toArabicDigits(title.trim()));
    const parsed = match ? parseThaiDate(match[1]!.replace(/\s+/g, ' ')) : null;
    return parsed && !parsed.end ? parsed.start : null;
  }
  for (const line of [title, paragraphs[0] ?? '']) {
    const match = ENGLISH_MEETING.exec(line.replace(/^[\s\u200b\ufeff]+/, ''));
    if (!match) continue;
    const month = MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1;
    const iso = `${match[3]}-${String(month).padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
    if (month > 0 && isIsoDate(iso)) return iso;
  }
  return null;
}

/** What a release is matched by: numbers of three digits or more (not years) and Latin words of three letters or more. */
export interface PairFeatures {
  numbers: string[];
  names: string[];
}

const YEARLIKE = /^(?:19|20|24|25)\d\d$/;

/**
 * The numbers and Latin words of a text, each once, for matching a Thai release against an English one. Thai
 * digits count as Arabic ones and `1,500` as `1500`; years (CE or BE) are left out, as every release of a year
 * shares them.
 * @example pairFeatures('ASEAN ลงนาม 1,500 ล้านบาท ปี 2566') // { numbers: ['1500'], names: ['ASEAN'] }
 */
export function pairFeatures(text: string): PairFeatures {
  const plain = toArabicDigits(text);
  const numbers = new Set<string>();
  for (const [raw] of plain.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const number = raw.replace(/,/g, '').replace(/\.$/, '');
    if (number.replace('.', '').length >= 3 && !YEARLIKE.test(number)) numbers.add(number);
  }
  const names = new Set<string>();
  for (const [word] of plain.matchAll(/[A-Z][A-Za-z]{2,}/g)) names.add(word);
  return { numbers: [...numbers], names: [...names] };
}

/** One Thai or English release as pairing sees it. */
export interface PairCandidate {
  /** The page it was read from (for the report). */
  name: string;
  legacyId: number;
  lang: Locale;
  date: string;
  title: string;
  features: PairFeatures;
}

/** A likely pair an editor should look at, with what the two share. */
export interface UncertainPair {
  en: { name: string; legacyId: number; date: string; title: string };
  th: { name: string; legacyId: number; date: string; title: string };
  /** Days between the two publication dates (0 or 1). */
  days: number;
  sharedNumbers: string[];
  sharedNames: string[];
}

/** A likely pair needs at least this many shared numbers and this many shared Latin names. */
export const LIKELY_NUMBERS = 2;
export const LIKELY_NAMES = 2;

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/**
 * For every English release, the Thai release dated the same day or one day apart that shares the most numbers and
 * Latin names with it, when it shares at least {@link LIKELY_NUMBERS} and {@link LIKELY_NAMES}; ordered by English
 * date. Releases already paired for certain are not given.
 * @example likelyPairs(candidates)[0] // { en: { legacyId: 66617, … }, th: { legacyId: 66590, … }, days: 0, sharedNumbers: ['1500'], … }
 */
export function likelyPairs(candidates: readonly PairCandidate[]): UncertainPair[] {
  const thaiByDay = new Map<number, PairCandidate[]>();
  for (const candidate of candidates) {
    if (candidate.lang !== 'th' || (candidate.features.numbers.length < LIKELY_NUMBERS && candidate.features.names.length < LIKELY_NAMES)) continue;
    const day = dayOf(candidate.date);
    thaiByDay.set(day, [...(thaiByDay.get(day) ?? []), candidate]);
  }
  const found: UncertainPair[] = [];
  for (const en of candidates) {
    if (en.lang !== 'en') continue;
    const numbers = new Set(en.features.numbers);
    const names = new Set(en.features.names);
    let best: UncertainPair | undefined;
    for (const offset of [0, -1, 1]) {
      for (const th of thaiByDay.get(dayOf(en.date) + offset) ?? []) {
        const sharedNumbers = th.features.numbers.filter((n) => numbers.has(n));
        const sharedNames = th.features.names.filter((n) => names.has(n));
        if (sharedNumbers.length < LIKELY_NUMBERS || sharedNames.length < LIKELY_NAMES) continue;
        const score = sharedNumbers.length + sharedNames.length;
        if (!best || score > best.sharedNumbers.length + best.sharedNames.length) {
          best = { en: summary(en), th: summary(th), days: Math.abs(offset), sharedNumbers, sharedNames };
        }
      }
    }
    if (best) found.push(best);
  }
  return found.sort((a, b) => a.en.date.localeCompare(b.en.date) || a.en.legacyId - b.en.legacyId);
}

const summary = ({ name, legacyId, date, title }: PairCandidate) => ({ name, legacyId, date, title });

/** A cabinet synopsis as pairing sees it: its language, meeting date and id. */
export interface Synopsis {
  lang: Locale;
  meeting?: string;
  legacyId: number;
}

/**
 * Pairs cabinet synopses by meeting date: a date with exactly one Thai and one English synopsis is a pair; any
 * other (one language only, or two synopses of one language for a date, such as a special session) stays single.
 * @returns the pairs (Thai first) and the synopses left single, each in order of meeting date, then id
 * @example pairSynopses([thai21March, english21March, thai28March]) // { pairs: [[thai21March, english21March]], singles: [thai28March] }
 */
export function pairSynopses<T extends Synopsis>(synopses: readonly T[]): { pairs: [T, T][]; singles: T[] } {
  const byMeeting = new Map<string, T[]>();
  for (const synopsis of [...synopses].sort((a, b) => (a.meeting ?? '').localeCompare(b.meeting ?? '') || a.legacyId - b.legacyId)) {
    byMeeting.set(synopsis.meeting ?? '', [...(byMeeting.get(synopsis.meeting ?? '') ?? []), synopsis]);
  }
  const pairs: [T, T][] = [];
  const singles: T[] = [];
  for (const group of byMeeting.values()) {
    const th = group.filter((s) => s.lang === 'th');
    const en = group.filter((s) => s.lang === 'en');
    if (th.length === 1 && en.length === 1) pairs.push([th[0]!, en[0]!]);
    else singles.push(...group);
  }
  return { pairs, singles };
}
