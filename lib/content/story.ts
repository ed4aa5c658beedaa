import { defaultLocale, locales, otherLocale, type Locale } from '../i18n/locales';
import type { Release, Story, Withdrawal } from './schema';

/** The release a reader of one language sees, and whether it is written in another language. */
export interface ReaderRelease {
  release: Release;
  /** True when the story has no version in the reader's language and `release` is its other one. */
  inOtherLanguage: boolean;
}

/**
 * The version of a story a reader of `lang` sees: the one written in `lang`, else the story's other version (a
 * Thai-only story on an English page, an English-only one on a Thai page).
 * @example releaseFor(thaiOnlyStory, 'en') // { release: thaiOnlyStory.th, inOtherLanguage: true }
 */
export function releaseFor(story: Story, lang: Locale): ReaderRelease {
  const release = story[lang] ?? story[otherLocale(lang)];
  if (!release) throw new Error(`story ${story.slug} has no release in any language`);
  return { release, inOtherLanguage: release.lang !== lang };
}

/**
 * The version a story's shared facts are read from (its agency, category and tags; the date is `story.date`): the
 * Thai one, or the only one there is. The versions of a pair share date, agency and category (the loader checks it).
 * @example filedRelease(englishOnlyStory) // englishOnlyStory.en
 */
export function filedRelease(story: Story): Release {
  return releaseFor(story, defaultLocale).release;
}

/**
 * The date a story last changed: the latest `updated` date of its versions, else its publication date.
 * @example lastChanged(story) // '2019-04-01'
 */
export function lastChanged(story: Story): string {
  return locales.reduce((latest, lang) => {
    const release = story[lang];
    return release ? laterDate(latest, lastUpdate(release)) : latest;
  }, story.date);
}

/**
 * The date one release last changed: its latest correction or withdrawal, else its publication date.
 * @example lastUpdate({ date: '2019-03-01', updated: [{ date: '2019-04-01' }] }) // '2019-04-01'
 */
export function lastUpdate(release: Pick<Release, 'date' | 'updated' | 'withdrawn'>): string {
  return laterDate(laterDate(release.date, release.updated?.[0]?.date), release.withdrawn?.date);
}

/**
 * The withdrawal of a story, if any of its versions is withdrawn: a withdrawal applies to every language.
 * @example withdrawalOf(story) // { date: '2019-05-01', reason: 'ออกประกาศฉบับใหม่แทน' } or undefined
 */
export function withdrawalOf(story: Story): Withdrawal | undefined {
  return locales.map((lang) => story[lang]?.withdrawn).find((withdrawn) => withdrawn !== undefined);
}

const laterDate = (a: string, b: string | undefined) => (b !== undefined && b > a ? b : a);

/**
 * The versions a story has, Thai first: one or two releases, each with its own `legacyId` and `source`.
 * @example versionsOf(pairedStory).map((r) => r.lang) // ['th', 'en']
 */
export function versionsOf(story: Story): Release[] {
  return locales.flatMap((lang) => story[lang] ?? []);
}

/** True when the story has a version in both languages (only such a story gets hreflang alternates). */
export function isPaired(story: Story): boolean {
  return locales.every((lang) => story[lang] !== undefined);
}
