import { withdrawalOf, type Story } from '../content';
import { locales, type Locale } from '../i18n/locales';

/**
 * The languages whose page of a story search engines may index: those the story is written in, and none once it is
 * withdrawn. Its page in any other language is `noindex` and stays out of the sitemap. Whether its pages are hreflang
 * alternates of each other is `isPaired` (written in every language), withdrawn or not.
 * @example indexableLanguages(thaiOnlyStory) // ['th']
 */
export function indexableLanguages(story: Story): Locale[] {
  return withdrawalOf(story) ? [] : locales.filter((lang) => story[lang] !== undefined);
}
