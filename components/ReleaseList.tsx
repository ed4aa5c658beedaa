import { releaseFor, withdrawalOf, type Registry, type Story } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { paths, type AboutLink } from '@/lib/listing';
import { AboutLine } from './AboutLine';
import { DateText } from './DateText';

/**
 * Releases as a list of entries: title, date, agency and the opening lines. A release with no version in the page's
 * language keeps its own title, marked with its language (`lang="th"` labelled "Thai only" on English pages,
 * `lang="en"` labelled "ภาษาอังกฤษเท่านั้น" on Thai ones), so every release can be found. A
 * withdrawn release stays listed, labelled "Withdrawn". A Thai-only entry of an English list says what it is about
 * in English when `about` has its line (`entriesAbout`).
 */
export function ReleaseList({ stories, lang, agencies, headingLevel = 2, about }: { stories: readonly Story[]; lang: Locale; agencies: Registry; headingLevel?: 2 | 3; about?: ReadonlyMap<string, readonly AboutLink[]> }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const t = messages(lang);
  return (
    <ol className="release-list">
      {stories.map((story) => {
        const { release, inOtherLanguage } = releaseFor(story, lang);
        const textLang = inOtherLanguage ? release.lang : undefined;
        const agency = release.agency ? agencies[release.agency] : undefined;
        const withdrawn = withdrawalOf(story) !== undefined;
        return (
          <li key={story.slug} className="release-list__item" data-other-language={inOtherLanguage || undefined} data-withdrawn={withdrawn || undefined}>
            <Heading className="release-list__title">
              <a href={paths.article(lang, story.slug)} lang={textLang}>
                {release.title}
              </a>
              {withdrawn && <span className="badge badge--withdrawn">{t.withdrawnLabel}</span>}
              {inOtherLanguage && <span className="badge">{t.otherLanguageOnlyLabel}</span>}
            </Heading>
            <p className="release-list__meta">
              <DateText iso={story.date} lang={lang} />
              {agency && <> · {agency[lang]}</>}
            </p>
            <AboutLine terms={about?.get(story.slug) ?? []} lang={lang} className="about-line release-list__about" />
            <p className="release-list__excerpt" lang={textLang}>
              {release.excerpt}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
