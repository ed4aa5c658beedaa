import { Feed } from 'feed';
import { getArchive, lastChanged, readBody, releaseFor, withdrawalOf, type Archive, type Release } from '../content';
import { isLocale, locales, type Locale } from '../i18n/locales';
import { fill, messages } from '../i18n/dictionaries';
import { renderMarkdown } from '../markdown';
import { entryAbout, paths, scopeTitle, storiesOf, type FeedFormat, type FeedScope } from '../listing';
import { absoluteUrl } from '../site';
import { isoDateTime } from '../thai';

/** Releases in each feed: the latest ones. */
export const FEED_SIZE = 50;

const contentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/**
 * Plain text as the HTML the `feed` library declares its titles and summaries to be (Atom `type="html"`, and
 * what RSS readers assume): markup in a title reaches a reader as the characters it is made of, never as markup.
 * @example asHtmlText('<b>ภาษี</b> & ค่าธรรมเนียม') // '&lt;b&gt;ภาษี&lt;/b&gt; &amp; ค่าธรรมเนียม'
 */
export function asHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A release's body as HTML, rendered once per loaded release (one release sits in up to four feeds per format); a
 * publication loads new release records, so a corrected body is rendered again.
 */
const bodies = new WeakMap<Release, string>();
function bodyHtml(archive: Archive, release: Release): string {
  let html = bodies.get(release);
  if (html === undefined) {
    html = renderMarkdown(readBody(archive, release));
    bodies.set(release, html);
  }
  return html;
}

/**
 * The feed of a language and scope with its latest releases, built with the `feed` library. English feeds list
 * every release, as English listings do: a Thai-only one keeps its Thai title, labelled "(Thai only)", links to
 * its English page (which says so and links to the Thai text) and carries only its summary, after the About line
 * of its listing entry ("About (derived from the Thai text …): Ministry of Finance, Lampang").
 * Withdrawn releases are left out (their pages stay, with a notice). Returns null for a scope with no releases (its
 * listing is a 404 too).
 */
export function buildFeed(archive: Archive, lang: Locale, scope: FeedScope): Feed | null {
  const stories = storiesOf(archive, scope)
    .filter((story) => !withdrawalOf(story))
    .slice(0, FEED_SIZE);
  if (stories.length === 0) return null;
  const t = messages(lang);
  const name = scopeTitle(lang, scope, archive);
  const home = absoluteUrl(paths.listing(lang, scope));
  const feed = new Feed({
    id: home,
    link: home,
    title: asHtmlText(fill(t.feedTitle, { name })),
    description: asHtmlText(t.siteTagline),
    language: lang,
    updated: new Date(isoDateTime(stories.map(lastChanged).reduce((a, b) => (a > b ? a : b)))),
    generator: t.siteName,
    favicon: absoluteUrl('/icon.svg'),
    copyright: t.footerNote,
    author: { name: t.governmentName, link: absoluteUrl(paths.home(lang)) },
    feedLinks: { rss: absoluteUrl(paths.feed(lang, scope, 'rss')), atom: absoluteUrl(paths.feed(lang, scope, 'atom')) },
  });
  for (const story of stories) {
    const { release, inOtherLanguage } = releaseFor(story, lang);
    const url = absoluteUrl(paths.article(lang, story.slug));
    const agency = release.agency ? archive.agencies[release.agency] : undefined;
    const category = release.category ? archive.categories[release.category] : undefined;
    feed.addItem({
      id: url,
      link: url,
      title: asHtmlText(inOtherLanguage ? `${release.title} (${t.otherLanguageOnlyLabel})` : release.title),
      date: new Date(isoDateTime(lastChanged(story))),
      published: new Date(isoDateTime(story.date)),
      description: asHtmlText(withAbout(entryAbout(archive, story, lang), release.excerpt, lang)),
      ...(!inOtherLanguage && { content: bodyHtml(archive, release) }),
      ...(agency && { author: [{ name: agency[lang], link: absoluteUrl(paths.listing(lang, { kind: 'agency', id: release.agency ?? '' })) }] }),
      ...(category && { category: [{ name: category[lang], term: release.category ?? '' }] }),
    });
  }
  return feed;
}

/** A feed item's summary, after the About line when the item has one. */
function withAbout(about: readonly { english: string }[], excerpt: string, lang: Locale): string {
  if (about.length === 0) return excerpt;
  const t = messages(lang);
  return `${t.aboutLabel} (${t.aboutDerived}): ${about.map((term) => term.english).join(', ')}.\n${excerpt}`;
}

/** The XML of a feed in one format. */
export function feedXml(feed: Feed, format: FeedFormat): string {
  return format === 'rss' ? feed.rss2() : feed.atom1();
}

/** The HTTP answer of a feed route: the feed, or a 404 for an unknown language, scope or an empty scope. */
export function feedResponse(lang: string, scope: FeedScope, format: FeedFormat): Response {
  const feed = isLocale(lang) ? buildFeed(getArchive(), lang, scope) : null;
  if (!feed) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(feedXml(feed, format), { headers: { 'Content-Type': contentTypes[format] } });
}

/**
 * The `GET` handler of one of the six feed routes: all news (`/th/news/rss.xml`) or one category or agency
 * (`/th/agency/<id>/atom.xml`), in one format.
 * @example export const GET = feedHandler('agency', 'atom');
 */
export function feedHandler(kind: FeedScope['kind'], format: FeedFormat) {
  return async (_request: Request, { params }: { params: Promise<{ lang: string; id?: string }> }): Promise<Response> => {
    const { lang, id = '' } = await params;
    return feedResponse(lang, kind === 'all' ? { kind } : { kind, id }, format);
  };
}

/** Route params of the site-wide feeds, for `generateStaticParams`: one per language. */
export function feedParams(): { lang: Locale }[] {
  return locales.map((lang) => ({ lang }));
}
