import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { paths } from '@/lib/site';

/** "Page not found" in each language given, each with a way back to that language's latest news. */
export function NotFoundView({ langs }: { langs: readonly Locale[] }) {
  return (
    <div className="page not-found">
      {langs.map((lang) => {
        const t = messages(lang);
        return (
          <section key={lang} lang={lang} aria-labelledby={`not-found-${lang}`}>
            <h1 id={`not-found-${lang}`}>{t.notFoundTitle}</h1>
            <p>{t.notFoundText}</p>
            <p>
              <a href={paths.home(lang)}>{t.latestNews}</a>
            </p>
          </section>
        );
      })}
    </div>
  );
}
