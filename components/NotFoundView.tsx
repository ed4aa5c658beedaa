import type { Registry, Story } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { paths } from '@/lib/site';
import { ReleaseList } from './ReleaseList';

export interface NotFoundViewProps {
  langs: readonly Locale[];
  /** The latest releases, offered as a way back in. */
  latest: readonly Story[];
  agencies: Registry;
}

/**
 * "Page not found" in each language given, each with a search form (a plain GET form: it works without
 * JavaScript) and the latest news of that language.
 */
export function NotFoundView({ langs, latest, agencies }: NotFoundViewProps) {
  return (
    <div className="page not-found">
      {langs.map((lang) => {
        const t = messages(lang);
        return (
          <section key={lang} lang={lang} aria-labelledby={`not-found-${lang}`}>
            <h1 id={`not-found-${lang}`}>{t.notFoundTitle}</h1>
            <p>{t.notFoundText}</p>
            <form action={paths.search(lang)} method="get" role="search" aria-label={t.notFoundSearchLabel} className="not-found__search">
              <label htmlFor={`not-found-q-${lang}`}>{t.notFoundSearchLabel}</label>
              <input id={`not-found-q-${lang}`} type="search" name="q" required />
              <button type="submit">{t.notFoundSearchButton}</button>
            </form>
            <h2>
              <a href={paths.listing(lang, { kind: 'all' })}>{t.latestNews}</a>
            </h2>
            <ReleaseList stories={latest} lang={lang} agencies={agencies} headingLevel={3} />
          </section>
        );
      })}
    </div>
  );
}
