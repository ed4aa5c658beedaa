/**
 * Browsing the archive: addresses (`paths` and their parsers), indexes and counts, one page of a listing, an
 * article's neighbours and related releases, labels and breadcrumbs, and the resolvers routes call. Nothing here
 * writes metadata or JSON-LD: that is `lib/seo`, composed by the routes.
 */
export {
  facetKinds,
  parseFacetPath,
  parseListingTail,
  parseNewsPath,
  paths,
  WITH_THAI_SEGMENT,
  type FacetKind,
  type FeedFormat,
  type FeedScope,
  type ListingPageRef,
  type ListingRoute,
  type ListingScope,
  type NewsRoute,
} from './addresses';
export { facetCounts, monthCounts, storiesOf, readableIn, yearCounts } from './indexes';
export { dateListingSegments, listingPage, RELEASES_PER_PAGE, type ListingPage } from './page';
export { homeLists, HOME_LATEST, HOME_OTHER_LANGUAGE, type HomeLists } from './home';
export { neighbours } from './neighbours';
export { relatedStories } from './related';
export { articleCrumbs, facetIndexCrumbs, facetIndexTitle, listingCrumbs, monthLabel, monthName, scopeTitle, yearLabel, type Crumb } from './labels';
export { periodNavigation, yearLinks, type PeriodLink, type PeriodNavigation } from './periods';
export { resolveArticle, resolveFacetIndex, resolveFacetListing, resolveListing, type ResolvedArticle, type ResolvedFacetIndex, type ResolvedListing } from './resolve';
export { ABOUT_LINE, aboutLinks, entriesAbout, entryAbout, pageAbout, pageText, showsAbout, type AboutLink } from './about';
