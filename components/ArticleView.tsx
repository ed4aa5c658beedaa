import type { Registry, Story } from '@/lib/content';
import { releaseFor } from '@/lib/content/story';
import { otherLocale, type Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { paths } from '@/lib/listing/addresses';
import type { Crumb } from '@/lib/listing/labels';
import { absoluteUrl } from '@/lib/site-url';
import { Breadcrumbs } from './Breadcrumbs';
import { DateText } from './DateText';
import { LanguageSwitch } from './LanguageSwitch';

export interface ArticleViewProps {
  story: Story;
  lang: Locale;
  /** The release body as sanitized HTML (from `renderMarkdown`); absent when the story has no text in `lang`. */
  bodyHtml?: string;
  agencies: Registry;
  categories: Registry;
  /** Home › News › year › month › this release. */
  crumbs?: readonly Crumb[];
  /** The releases published just before and just after this one. */
  older?: Story;
  newer?: Story;
  /** Releases of the same agency, category or tags. */
  related?: readonly Story[];
}

/**
 * One release in one language. The page of a story with no version in the page's language (a Thai-only release in
 * English, an English-only one in Thai) says so plainly, gives its details in the page's language and links to the
 * text, so the language switch never leads to a 404.
 */
export function ArticleView({ story, lang, bodyHtml, agencies, categories, crumbs, older, newer, related = [] }: ArticleViewProps) {
  const t = messages(lang);
  const { release: shown, inOtherLanguage } = releaseFor(story, lang);
  const agency = shown.agency ? { id: shown.agency, name: agencies[shown.agency]?.[lang] } : undefined;
  const category = shown.category ? { id: shown.category, name: categories[shown.category]?.[lang] } : undefined;

  return (
    <article className="article">
      <LanguageSwitch lang={lang} href={paths.article(otherLocale(lang), story.slug)} />
      {crumbs && <Breadcrumbs crumbs={crumbs} lang={lang} />}
      <header className="article__header">
        <h1 lang={inOtherLanguage ? shown.lang : undefined}>{shown.title}</h1>
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
              <dd>
                <a href={paths.listing(lang, { kind: 'agency', id: agency.id })}>{agency.name}</a>
              </dd>
            </div>
          )}
          {category && (
            <div>
              <dt>{t.category}</dt>
              <dd>
                <a href={paths.listing(lang, { kind: 'category', id: category.id })}>{category.name}</a>
              </dd>
            </div>
          )}
        </dl>
      </header>

      {!inOtherLanguage && bodyHtml !== undefined ? (
        <div className="article__body prose" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      ) : (
        <div className="notice" role="note">
          <p>{t.otherLanguageOnlyNotice}</p>
          <p>
            <a href={paths.article(shown.lang, story.slug)} hrefLang={shown.lang}>
              {t.readOtherLanguageText}
            </a>
          </p>
        </div>
      )}

      {(shown.tags.length > 0 || shown.source) && (
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
      )}
      <p className="article__address print-only">
        {t.pageAddress}: {absoluteUrl(paths.article(lang, story.slug))}
      </p>

      {(older || newer) && (
        <nav aria-label={t.releaseNavigation} className="article__neighbours">
          {older && <StoryLink story={older} lang={lang} label={t.olderRelease} rel="prev" />}
          {newer && <StoryLink story={newer} lang={lang} label={t.newerRelease} rel="next" />}
        </nav>
      )}

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="article__related">
          <h2 id="related-heading">{t.relatedReleases}</h2>
          <ul>
            {related.map((other) => (
              <li key={other.slug}>
                <StoryLink story={other} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** A link to another release: its title in this language (or its Thai title, marked), and its date. */
function StoryLink({ story, lang, label, rel }: { story: Story; lang: Locale; label?: string; rel?: string }) {
  const { release, inOtherLanguage } = releaseFor(story, lang);
  return (
    <p className="story-link">
      {label && <span className="story-link__label">{label}</span>}
      <a href={paths.article(lang, story.slug)} rel={rel} lang={inOtherLanguage ? release.lang : undefined}>
        {release.title}
      </a>{' '}
      <span className="story-link__date">
        <DateText iso={story.date} lang={lang} style="medium" />
      </span>
    </p>
  );
}
