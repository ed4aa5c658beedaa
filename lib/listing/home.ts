import type { Archive, Story } from '../content';
import type { Locale } from '../i18n/locales';
import { entriesAbout, type AboutLink } from './about';
import { readableIn } from './indexes';

/** Releases on a home page. */
export const HOME_LATEST = 20;
/** Thai-only releases shown under the English home page's lead. */
export const HOME_OTHER_LANGUAGE = 5;

/** What a home page lists: the latest releases a reader can read, then (English only) the latest Thai-only ones. */
export interface HomeLists {
  latest: readonly Story[];
  /** The latest releases in the other language only, with their total; empty on the Thai home page. */
  otherLanguage: readonly Story[];
  otherLanguageTotal: number;
  /** The About line of each Thai-only entry of the English home page, by slug (`entriesAbout`). */
  about: Map<string, AboutLink[]>;
}

/**
 * The home page's lists. Thai: the latest releases (English-only ones labelled among them). English: the latest
 * releases readable in English, then a few Thai-only ones under their own heading, so an English reader is led to
 * what they can read and still sees that the archive holds more. With no English release at all, the English home
 * page lists the latest releases as Thai does.
 * @example homeLists(archive, 'en').latest.every((story) => story.en) // true
 */
export function homeLists(archive: Archive, lang: Locale): HomeLists {
  const readable = lang === 'en' ? readableIn(archive, archive.stories, 'en') : archive.stories;
  if (readable.length === 0 || readable.length === archive.stories.length) {
    const latest = archive.stories.slice(0, HOME_LATEST);
    return { latest, otherLanguage: [], otherLanguageTotal: 0, about: entriesAbout(archive, latest, lang) };
  }
  const otherLanguage = archive.stories.filter((story) => !story.en);
  const shown = otherLanguage.slice(0, HOME_OTHER_LANGUAGE);
  return { latest: readable.slice(0, HOME_LATEST), otherLanguage: shown, otherLanguageTotal: otherLanguage.length, about: entriesAbout(archive, shown, lang) };
}
