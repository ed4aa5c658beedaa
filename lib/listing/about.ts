import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBody, releaseFor, type Archive, type Release, type Story } from '../content';
import type { Locale } from '../i18n/locales';
import { plainText } from '../markdown';
import { aboutTerms, aboutVocabulary, DICTIONARY_DIR, parseDictionary, type AboutKind, type AboutVocabulary } from '../search/dictionary';
import { paths } from './addresses';

/**
 * What a Thai-only release is about, for its English page and its entry in English listings and feeds: the
 * English names of the people, organisations, places and main topics its Thai text names, through the bilingual
 * vocabulary (`lib/search/dictionary/bilingual.tsv`). Derived from the Thai text, not a translation.
 *
 * Where the terms come from, and why: a release page reads the whole Thai body at render (the largest release,
 * 157,000 characters, takes about 150 ms to tokenize, once: the page is then cached); a listing entry or a feed
 * item reads only the title and the excerpt already in memory (20 entries a page, a few milliseconds each).
 * Nothing is precomputed at load: terms for all 88,000 Thai-only releases would tokenize every body at start.
 */

/** One term of an About line: its English name, what it names, and where it links (an agency to its listing). */
export interface AboutLink {
  english: string;
  kind: AboutKind;
  href?: string;
}

/**
 * How an About line is drawn: a page's from the whole text (at most 8 terms; a topic counts when named twice), a
 * listing entry's from its title and excerpt (at most 4, short enough for a 320 px phone; a topic named once counts).
 */
export const ABOUT_LINE = { page: { limit: 8, topicMin: 2 }, entry: { limit: 4, topicMin: 1 } } as const;

let vocabulary: AboutVocabulary | undefined;

/** The compiled vocabulary, read once per process from the project's `bilingual.tsv`. */
function theVocabulary(): AboutVocabulary {
  if (!vocabulary) {
    const file = join(/*turbopackIgnore: true*/ process.cwd(), DICTIONARY_DIR, 'bilingual.tsv');
    vocabulary = aboutVocabulary(parseDictionary(readFileSync(file, 'utf8'), file, 'translation'));
  }
  return vocabulary;
}

/** Whether the page in `lang` shows an About line for the story: an English page of a story with no English text. */
export function showsAbout(story: Story, lang: Locale): boolean {
  return lang === 'en' && !story.en && story.th !== undefined;
}

/**
 * The About terms of a Thai text, with links: an agency of the archive's registry (by its Thai name) links to its
 * English listing. The site has no listing of places or people; they stay plain text.
 */
export function aboutLinks(archive: Archive, text: string, line: { limit: number; topicMin: number }): AboutLink[] {
  const agencyByThai = agenciesByThaiName(archive);
  return aboutTerms(text, theVocabulary(), line).map(({ english, thai, kind }) => {
    const agency = kind === 'organisation' ? agencyByThai.get(thai) : undefined;
    return { english, kind, ...(agency && { href: paths.listing('en', { kind: 'agency', id: agency }) }) };
  });
}

const agencyIndexes = new WeakMap<Archive['agencies'], Map<string, string>>();

function agenciesByThaiName(archive: Archive): Map<string, string> {
  let index = agencyIndexes.get(archive.agencies);
  if (!index) {
    index = new Map(Object.entries(archive.agencies).map(([id, names]) => [names.th, id]));
    agencyIndexes.set(archive.agencies, index);
  }
  return index;
}

/**
 * The text a page's About line is drawn from: the title, then the body's lines but its credit lines. A short line
 * naming the Government Spokesperson Bureau (`กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก`, `… กับสำนักโฆษก
 * สำนักเลขาธิการนายกรัฐมนตรี`, 600 of them in 2019 alone) says who published the release, not what it is about.
 * @example pageText('ชื่อข่าว', 'เนื้อข่าว\nกลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก') // 'ชื่อข่าว\nเนื้อข่าว'
 */
export function pageText(title: string, plainBody: string): string {
  const lines = plainBody.split('\n').filter((line) => !(line.length <= CREDIT_LINE && line.includes('สำนักโฆษก')));
  return [title, ...lines].join('\n');
}

/** The longest line taken for a credit line (the longest credit seen is 80 characters). */
const CREDIT_LINE = 120;

/** The About line of a release's English page, from its Thai title and whole body; [] when the page has none. */
export function pageAbout(archive: Archive, story: Story, lang: Locale): AboutLink[] {
  if (!showsAbout(story, lang)) return [];
  const { release } = releaseFor(story, 'th');
  return aboutLinks(archive, pageText(release.title, plainText(readBody(archive, release))), ABOUT_LINE.page);
}

const entryCache = new WeakMap<Release, AboutLink[]>();

/**
 * The About line of a release's entry in an English listing or feed, from its Thai title and excerpt (kept per
 * release object: a publication replaces the object, so a changed release is read again); [] when it has none.
 */
export function entryAbout(archive: Archive, story: Story, lang: Locale): AboutLink[] {
  if (!showsAbout(story, lang)) return [];
  const { release } = releaseFor(story, 'th');
  let links = entryCache.get(release);
  if (!links) {
    links = aboutLinks(archive, `${release.title}\n${release.excerpt}`, ABOUT_LINE.entry);
    entryCache.set(release, links);
  }
  return links;
}

/** The About lines of a list of stories for a page in `lang`, by slug; only stories that have one. */
export function entriesAbout(archive: Archive, stories: readonly Story[], lang: Locale): Map<string, AboutLink[]> {
  return new Map(stories.map((story) => [story.slug, entryAbout(archive, story, lang)] as const).filter(([, links]) => links.length > 0));
}
