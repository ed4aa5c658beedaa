import type { Registry, Story } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { paths } from '@/lib/site';
import { DateText } from './DateText';
import { LanguageSwitch } from './LanguageSwitch';

export interface ArticleViewProps {
  story: Story;
  lang: Locale;
  /** The release body as sanitized HTML (from `renderMarkdown`); absent on the English page of a Thai-only story. */
  bodyHtml?: string;
  agencies: Registry;
  categories: Registry;
}

/**
 * One release in one language. The English page of a story with no translation says so plainly, gives the
 * English metadata and links to the Thai text, so the language switch never leads to a 404.
 */
export function ArticleView({ story, lang, bodyHtml, agencies, categories }: ArticleViewProps) {
  const t = messages(lang);
  const release = story[lang];
  const shown = release ?? story.th;
  const agency = shown.agency ? agencies[shown.agency] : undefined;
  const category = shown.category ? categories[shown.category] : undefined;
  const other: Locale = lang === 'th' ? 'en' : 'th';

  return (
    <article className="article">
      <LanguageSwitch lang={lang} href={paths.article(other, story.slug)} />
      <header className="article__header">
        <h1 lang={release ? undefined : 'th'}>{shown.title}</h1>
        <dl className="article__meta">
          <div>
            <dt>{t.published}</dt>
            <dd>
              <DateText iso={story.date} lang={lang} style="full" />
            </dd>
          </div>
          {shown.updated && (
            <div>
              <dt>{t.updated}</dt>
              <dd>
                <DateText iso={shown.updated} lang={lang} />
              </dd>
            </div>
          )}
          {agency && (
            <div>
              <dt>{t.agency}</dt>
              <dd>{agency[lang]}</dd>
            </div>
          )}
          {category && (
            <div>
              <dt>{t.category}</dt>
              <dd>{category[lang]}</dd>
            </div>
          )}
        </dl>
      </header>

      {release && bodyHtml !== undefined ? (
        <div className="article__body prose" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      ) : (
        <div className="notice" role="note">
          <p>{t.thaiOnlyNotice}</p>
          <p>
            <a href={paths.article('th', story.slug)} hrefLang="th">
              {t.readThaiText}
            </a>
          </p>
        </div>
      )}

      <footer className="article__footer">
        {shown.tags.length > 0 && (
          <p className="article__tags">
            {t.tags}: {shown.tags.map((tag) => `#${tag}`).join(' ')}
          </p>
        )}
        {shown.source && (
          <p className="article__source">
            {t.source}: <a href={shown.source}>{shown.source}</a>
          </p>
        )}
      </footer>
    </article>
  );
}
