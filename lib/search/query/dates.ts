import { normalizeThai, parseThaiDate, thaiMonthName, toArabicDigits } from '../../thai';
import { dayNumber } from '../format';
import { queryTerms } from '../tokenizer';
import type { Concept } from './concepts';
import { intersect, titledFirst, type Match, type Scores } from './ranking';
import type { SearchIndex, TermPostings } from './search-index';

/**
 * Dates in a query, as Thai readers type them: `21 มี.ค. 66`, `21 มีนาคม 2566`, `๔ ก.ย. ๖๕`, `3/10/65`,
 * `26 ธ.ค. 2017`. Each is taken out of the words and searched as a date: the releases of that day, and those naming
 * it in their text, rank first (`engine.ts`). A date with no year, or that no calendar has, stays words.
 */

/** A date found in a query. */
export interface QueryDate {
  /** As typed. */
  text: string;
  /** The ISO date. */
  iso: string;
  /** Days since 1970-01-01 (the index's `days`). */
  day: number;
  /** How a release writes it in full: `21 มีนาคม 2566` (for matching the text). */
  written: string;
  /** How a release writes it short: `21 มี.ค. 66`, `21 มี.ค. 2566`. */
  short: string[];
}

const MONTH_NAMES = Array.from({ length: 12 }, (_, i) => [thaiMonthName(i + 1), thaiMonthName(i + 1, 'short')]).flat();
const MONTH = MONTH_NAMES.map((name) => name.replaceAll('.', '\\.?')).sort((a, b) => b.length - a.length).join('|');
/** `day month [era] year`, the month full or abbreviated (dots optional). */
const WORDED = new RegExp(`(?<!\\d)(\\d{1,2}) ?(${MONTH})\\.? ?((?:[พค]\\.?ศ\\.?)? ?(\\d{4}|\\d{2}))(?!\\d)`, 'g');
/** `day/month/year`, with slashes, dots or dashes. */
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/g;

/** A year as typed: two digits are BE 25xx; four digits are BE from 2400, else CE. */
function eraYear(year: string): { era: string; year: string } {
  if (year.length === 2) return { era: '', year: String(2500 + Number(year)) };
  return Number(year) >= 2400 ? { era: '', year } : { era: 'ค.ศ. ', year };
}

function dateOf(text: string, day: number, month: number, era: string, year: string): QueryDate | null {
  const parsed = parseThaiDate(`${day} ${thaiMonthName(month)} ${era}${year}`);
  if (!parsed) return null;
  const be = Number(parsed.start.slice(0, 4)) + 543;
  const abbreviated = `${day} ${thaiMonthName(month, 'short')}`;
  return { text, iso: parsed.start, day: dayNumber(parsed.start), written: `${day} ${thaiMonthName(month)} ${be}`, short: [`${abbreviated} ${be % 100}`, `${abbreviated} ${be}`] };
}

/**
 * The dates of a query, and the query without them (each replaced by a space).
 * @example queryDates('ครม. 21 มี.ค. 66').dates[0].iso // '2023-03-21'
 */
export function queryDates(query: string): { dates: QueryDate[]; rest: string } {
  // Digits are read in Arabic, one for one, so that what is left keeps the reader's own digits.
  const typed = normalizeThai(query);
  const text = toArabicDigits(typed);
  const dates: QueryDate[] = [];
  const taken: [number, number][] = [];
  const take = (whole: string, at: number) => {
    taken.push([at, at + whole.length]);
    return ' '.repeat(whole.length);
  };
  const rest = text.replace(WORDED, (whole, day: string, month: string, yearPart: string, year: string, at: number) => {
    const named = MONTH_NAMES.findIndex((name) => name.replaceAll('.', '') === month.replaceAll('.', ''));
    const { era, year: full } = yearPart.includes('ค') && year.length === 4 ? { era: 'ค.ศ. ', year } : eraYear(year);
    const date = named >= 0 ? dateOf(whole.trim(), Number(day), Math.floor(named / 2) + 1, era, full) : null;
    if (!date) return whole;
    dates.push(date);
    return take(whole, at);
  });
  rest.replace(NUMERIC, (whole, day: string, _sep: string, month: string, year: string, at: number) => {
    const { era, year: full } = eraYear(year);
    const m = Number(month);
    const date = m >= 1 && m <= 12 ? dateOf(whole, Number(day), m, era, full) : null;
    if (!date) return whole;
    dates.push(date);
    return take(whole, at);
  });
  const left = [...typed].map((char, i) => (taken.some(([from, to]) => i >= from && i < to) ? ' ' : char)).join('');
  return { dates, rest: left.replace(/\s+/g, ' ').trim() };
}

/** What being of the day asked for adds to a release's score. */
const DAY_SCORE = 400;
/** What the date named in a release's text weighs, against a typed word: a full date in a title is strong evidence. */
const NAMED_WEIGHT = 1.5;
/**
 * A release names the date only if it is from a little before it to two months after it: a date's numbers and month
 * are in many long releases (a cabinet synopsis lists dozens of dates), and those far from it do not mean it.
 */
const NAMED_WINDOW = { before: 7, after: 62 } as const;

/**
 * The query's dates as concepts: a release matches one when it is of that day or names the date near it
 * (`addDateMatches`); the engine gives them no other alternatives.
 */
export function dateConcepts(dates: QueryDate[]): Concept[] {
  return dates.map((date) => ({ word: date.text, terms: queryTerms(date.written), equivalents: date.short.map((form) => queryTerms(form)), day: date.day }));
}

/**
 * Marks, in `scores` (in place), the releases of `index` that match each date concept: those of its day (raised by
 * `DAY_SCORE`) and those within `NAMED_WINDOW` of it whose text holds every term of one of its written forms
 * (`21 มีนาคม 2566`, `21 มี.ค. 66`), raised by that form's BM25 × `NAMED_WEIGHT`.
 */
export async function addDateMatches(index: SearchIndex, scores: Scores, concepts: Concept[]): Promise<Scores> {
  const { days } = index.releases;
  const n = index.manifest.docs;
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  await Promise.all(
    concepts.map(async (concept, c) => {
      const day = concept.day;
      if (day === undefined) return;
      const bit = 1 << c;
      const best = new Float64Array(n);
      for (const form of [concept.terms, ...concept.equivalents]) {
        const lists = await Promise.all(form.map((term) => index.termPostings(term)));
        if (!lists.length || lists.some((list) => list === null)) continue;
        const { ids, scores: values } = intersect(lists as TermPostings[], idf);
        ids.forEach((id, i) => {
          const distance = days[id]! - day;
          if (distance < -NAMED_WINDOW.before || distance > NAMED_WINDOW.after) return;
          best[id] = Math.max(best[id]!, (values[i]! / form.length) * NAMED_WEIGHT);
        });
      }
      for (let id = 0; id < n; id++) {
        const value = best[id]! + (days[id] === day ? DAY_SCORE : 0);
        if (!value) continue;
        scores.mask[id]! |= bit;
        scores.score[id]! += value;
        scores.found |= bit;
      }
    }),
  );
  return scores;
}

/** How many of the first matches are read for a date in their title: a release file each, fetched once. */
const TITLE_CHECKED = 20;

/**
 * Moves, among the first `TITLE_CHECKED` matches (sorted), those whose title names one of `days` (in any form
 * `queryDates` reads) and the query's other words (`wordsIn`) before the others of the same coverage, keeping the
 * order otherwise (`titledFirst`): the cabinet synopsis titled with the meeting's date comes first for
 * `ครม. 23 พ.ค. 60` though it was published the day after, but not for `ค่าจ้างขั้นต่ำ 13 ก.ย. 65`, whose words its
 * title does not hold.
 */
export function dateTitledFirst(matches: Match[], days: number[], wordsIn: (m: Match, title: string) => boolean): Promise<void> {
  return titledFirst(matches, TITLE_CHECKED, (m, title) => queryDates(title).dates.some((date) => days.includes(date.day)) && wordsIn(m, title));
}
