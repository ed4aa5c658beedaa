import { releaseFor, withdrawalOf, type Registry, type Story } from '@/lib/content';
import { otherLocale, type Locale } from '@/lib/i18n/locales';
import { fill, messages } from '@/lib/i18n/dictionaries';
import { paths, type AboutLink, type Crumb } from '@/lib/listing';
import { absoluteUrl } from '@/lib/site';
import { AboutLine } from './AboutLine';
import { ArticleImage } from './ArticleImage';
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
  /** The English page of a Thai-only release: what its Thai text names, in English (`pageAbout`). */
  about?: readonly AboutLink[];
}

/**
 * One release in one language. The page of a story with no version in the page's language (a Thai-only release in
 * English, an English-only one in Thai) says so plainly, gives its details in the page's language and links to the
 * text, so the language switch never leads to a 404.
 */
export function ArticleView({ story, lang, bodyHtml, agencies, categories, crumbs, older, newer, related = [], about = [] }: ArticleViewProps) {
  const t = messages(lang);
  const { release: shown, inOtherLanguage } = releaseFor(story, lang);
  const agency = shown.agency ? { id: shown.agency, name: agencies[shown.agency]?.[lang] } : undefined;
  const category = shown.category ? { id: shown.category, name: categories[shown.category]?.[lang] } : undefined;
  const latestChange = shown.updated?.[0];
  const withdrawal = withdrawalOf(story);

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
          {latestChange && (
            <div>
              <dt>{t.lastUpdated}</dt>
              <dd>
                <DateText iso={latestChange.date} lang={lang} />
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

      {withdrawal && (
        <div className="notice notice--withdrawn" role="alert">
          <p>
            <strong>{fillDate(t.withdrawnNotice, withdrawal.date, lang)}</strong>
          </p>
          <p>{fill(t.withdrawnReason, { reason: withdrawal.reason })}</p>
        </div>
      )}

      <ArticleImage release={shown} lang={inOtherLanguage ? shown.lang : undefined} />

      {!inOtherLanguage && bodyHtml !== undefined ? (
        // `data-release-body` lets the page caches send this HTML once: they empty it in the page's React payload,
        // which hydration does not read it from (lib/http/page-payload.mjs).
        <div className="article__body prose" data-release-body="" dangerouslySetInnerHTML={{ __html: bodyHtml }} suppressHydrationWarning />
      ) : (
        <div className="notice" role="note">
          <p>{t.otherLanguageOnlyNotice}</p>
          <AboutLine terms={about} lang={lang} />
          <p>
            <a href={paths.article(shown.lang, story.slug)} hrefLang={shown.lang}>
              {t.readOtherLanguageText}
            </a>
          </p>
          <p className="notice__hint">{t.translateHint}</p>
        </div>
      )}

      {shown.updated && shown.updated.some((change) => change.note) && (
        <section className="article__history" aria-labelledby="history-heading">
          <h2 id="history-heading">{t.changeHistory}</h2>
          <ul>
            {shown.updated.map((change, i) => (
              <li key={i}>
                <DateText iso={change.date} lang={lang} />
                {change.note && <>: <span lang={inOtherLanguage ? shown.lang : undefined}>{change.note}</span></>}
              </li>
            ))}
            <li>
              <DateText iso={story.date} lang={lang} />: {t.published}
            </li>
          </ul>
        </section>
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

/** A message with a `{date}` placeholder, the date written as the site writes dates in `lang`. */
function fillDate(message: string, iso: string, lang: Locale) {
  const [before, after = ''] = message.split('{date}');
  return (
    <>
      {before}
      <DateText iso={iso} lang={lang} style="full" />
      {after}
    </>
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
