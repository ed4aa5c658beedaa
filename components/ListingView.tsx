import type { ReactNode } from 'react';
import type { Registry } from '@/lib/content';
import { otherLocale, type Locale } from '@/lib/i18n/locales';
import { fill, messages } from '@/lib/i18n/dictionaries';
import { RELEASES_PER_PAGE, paths, type AboutLink, type Crumb, type FeedScope, type ListingPage } from '@/lib/listing';
import { Breadcrumbs } from './Breadcrumbs';
import { Digits } from './Digits';
import { FeedLinks } from './FeedLinks';
import { LanguageSwitch } from './LanguageSwitch';
import { Pagination } from './Pagination';
import { ReleaseList } from './ReleaseList';

export interface ListingViewProps {
  lang: Locale;
  listing: ListingPage;
  title: string;
  crumbs: readonly Crumb[];
  agencies: Registry;
  /** Listings that have feeds (all news, a category, an agency) link to them. */
  feed?: FeedScope;
  /** Ways further down: the years of all news, the months of a year. */
  children?: ReactNode;
  /** The About line of each Thai-only entry, by slug. */
  about?: ReadonlyMap<string, readonly AboutLink[]>;
}

/**
 * One page of a listing: where it is, what it holds, 20 releases newest first and numbered pages. English listings
 * show the releases readable in English, with a plain link to the view that adds the Thai-only ones (or back).
 */
export function ListingView({ lang, listing, title, crumbs, agencies, feed, children, about }: ListingViewProps) {
  const t = messages(lang);
  const { scope, page, pageCount, total, withThai } = listing;
  const from = (page - 1) * RELEASES_PER_PAGE + 1;
  const to = from + listing.stories.length - 1;
  return (
    <div className="page listing">
      <LanguageSwitch lang={lang} href={paths.listing(otherLocale(lang), scope)} />
      <Breadcrumbs crumbs={crumbs} lang={lang} />
      <h1>
        <Digits text={title} lang={lang} />
      </h1>
      {feed && <FeedLinks lang={lang} scope={feed} />}
      {lang === 'en' && <TranslationFilter listing={listing} />}
      {children}
      <p className="listing__count">
        <Digits text={fill(t.showingRange, { from, to, total })} lang={lang} />
      </p>
      <ReleaseList stories={[...listing.stories]} lang={lang} agencies={agencies} about={about} />
      <Pagination lang={lang} page={page} pageCount={pageCount} href={(n) => paths.listing(lang, scope, { page: n, withThai })} />
    </div>
  );
}

/** English only: says how many releases of the listing are in Thai only, with a link to the view that adds them (or back). */
function TranslationFilter({ listing }: { listing: ListingPage }) {
  const t = messages('en');
  const { scope, withThai, englishTotal, allTotal } = listing;
  if (englishTotal === allTotal) return null;
  if (englishTotal === 0) return <p className="listing__filter">{t.filterNoneTranslated}</p>;
  return withThai ? (
    <p className="listing__filter">
      {fill(t.filterAll, { total: allTotal, thaiOnly: allTotal - englishTotal })}{' '}
      <a href={paths.listing('en', scope)}>{fill(t.filterShowTranslated, { count: englishTotal })}</a>
    </p>
  ) : (
    <p className="listing__filter">
      {fill(t.filterTranslated, { count: englishTotal })}{' '}
      <a href={paths.listing('en', scope, { withThai: true })}>{fill(t.filterShowAll, { thaiOnly: allTotal - englishTotal })}</a>
    </p>
  );
}
