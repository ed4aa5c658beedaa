import type { Registry, Story } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { paths } from '@/lib/listing';
import { ReleaseList } from './ReleaseList';

export interface NotFoundViewProps {
  langs: readonly Locale[];
  /**
   * The latest releases, offered as a way back in. Without them the page links to the latest-news listing: the
   * in-language 404 is part of every page's RSC payload, where a release list would cost each page ~8 KB.
   */
  latest?: { stories: readonly Story[]; agencies: Registry };
  /** The page of a release that was deleted (410 Gone) rather than an address that never existed. */
  gone?: boolean;
}

/**
 * "Page not found" (or, for a deleted release, "removed") in each language given, each with a search form (a plain GET form: it works without
 * JavaScript), a link to the latest news of that language and, when given, its latest releases.
 */
export function NotFoundView({ langs, latest, gone = false }: NotFoundViewProps) {
  return (
    <div className="page not-found">
      {langs.map((lang) => {
        const t = messages(lang);
        const latestLink = <a href={paths.listing(lang, { kind: 'all' })}>{t.latestNews}</a>;
        return (
          <section key={lang} lang={lang} aria-labelledby={`not-found-${lang}`}>
            <h1 id={`not-found-${lang}`}>{gone ? t.goneTitle : t.notFoundTitle}</h1>
            <p>{gone ? t.goneText : t.notFoundText}</p>
            <form action={paths.search(lang)} method="get" role="search" aria-label={t.notFoundSearchLabel} className="not-found__search">
              <label htmlFor={`not-found-q-${lang}`}>{t.notFoundSearchLabel}</label>
              <input id={`not-found-q-${lang}`} type="search" name="q" required />
              <button type="submit">{t.notFoundSearchButton}</button>
            </form>
            {latest ? (
              <>
                <h2>{latestLink}</h2>
                <ReleaseList stories={latest.stories} lang={lang} agencies={latest.agencies} headingLevel={3} />
              </>
            ) : (
              <p className="not-found__latest">{latestLink}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
