import { releaseFor, type Registry, type Story } from '../content';
import type { Locale } from '../i18n/locales';
import { fill, messages } from '../i18n/dictionaries';
import { englishMonthName, thaiMonthName, toBuddhistYear } from '../thai';
import { paths, type FacetKind, type ListingScope } from './addresses';

/** A step of a breadcrumb trail; the last step (the page itself) has no path. */
export interface Crumb {
  name: string;
  path?: string;
}

/** The Buddhist-era year of a month of a CE year. */
const beYear = (year: number, month: number) => toBuddhistYear(`${year}-${String(month).padStart(2, '0')}-01`);

/**
 * A CE year as a page of that language names it.
 * @example yearLabel('th', 2018) // 'พ.ศ. 2561'
 */
export function yearLabel(lang: Locale, year: number): string {
  return fill(messages(lang).yearLabel, { year: lang === 'th' ? beYear(year, 12) : year });
}

/** @example monthName('th', 12) // 'ธันวาคม' */
export function monthName(lang: Locale, month: number): string {
  return lang === 'th' ? thaiMonthName(month) : englishMonthName(month);
}

/**
 * A month of a CE year as a page of that language names it.
 * @example monthLabel('th', 2018, 12) // 'ธันวาคม 2561'
 */
export function monthLabel(lang: Locale, year: number, month: number): string {
  return fill(messages(lang).monthLabel, { month: monthName(lang, month), year: lang === 'th' ? beYear(year, month) : year });
}

/**
 * The heading of the index of every category or every agency.
 * @example facetIndexTitle('en', 'agency') // 'Agencies'
 */
export function facetIndexTitle(lang: Locale, kind: FacetKind): string {
  const t = messages(lang);
  return kind === 'category' ? t.categories : t.agencies;
}

/**
 * The heading of a listing.
 * @example scopeTitle('th', { kind: 'year', year: 2018 }, registries) // 'ข่าวปี พ.ศ. 2561'
 */
export function scopeTitle(lang: Locale, scope: ListingScope, registries: { agencies: Registry; categories: Registry }): string {
  const t = messages(lang);
  switch (scope.kind) {
    case 'all':
      return t.allNews;
    case 'year':
      return fill(t.newsOfYear, { period: yearLabel(lang, scope.year) });
    case 'month':
      return fill(t.newsOfMonth, { period: monthLabel(lang, scope.year, scope.month) });
    case 'category':
      return registries.categories[scope.id]?.[lang] ?? scope.id;
    case 'agency':
      return registries.agencies[scope.id]?.[lang] ?? scope.id;
  }
}

const homeCrumb = (lang: Locale): Crumb => ({ name: messages(lang).home, path: paths.home(lang) });

/** Home › News › 2018 › December: the date trail of a month (shorter for a year or all news). */
function dateTrail(lang: Locale, year?: number, month?: number): Crumb[] {
  const trail: Crumb[] = [homeCrumb(lang), { name: messages(lang).allNews, path: paths.listing(lang, { kind: 'all' }) }];
  if (year !== undefined) trail.push({ name: yearLabel(lang, year), path: paths.listing(lang, { kind: 'year', year }) });
  if (year !== undefined && month !== undefined) {
    trail.push({ name: monthName(lang, month), path: paths.listing(lang, { kind: 'month', year, month }) });
  }
  return trail;
}

/** Home › Agencies: the trail of the index of every category or agency. */
export function facetIndexCrumbs(lang: Locale, kind: FacetKind): Crumb[] {
  return [homeCrumb(lang), { name: facetIndexTitle(lang, kind) }];
}

/** The breadcrumb trail of a listing; its last step is the listing itself, unlinked. */
export function listingCrumbs(lang: Locale, scope: ListingScope, registries: { agencies: Registry; categories: Registry }): Crumb[] {
  switch (scope.kind) {
    case 'all':
      return [homeCrumb(lang), { name: messages(lang).allNews }];
    case 'year':
      return [...dateTrail(lang), { name: yearLabel(lang, scope.year) }];
    case 'month':
      return [...dateTrail(lang, scope.year), { name: monthName(lang, scope.month) }];
    case 'category':
    case 'agency':
      return [homeCrumb(lang), { name: facetIndexTitle(lang, scope.kind), path: paths.facetIndex(lang, scope.kind) }, { name: scopeTitle(lang, scope, registries) }];
  }
}

/** Home › News › 2018 › December › the release: a release sits in the month it was published. */
export function articleCrumbs(lang: Locale, story: Story): Crumb[] {
  const [year, month] = story.date.split('-').map(Number) as [number, number];
  return [...dateTrail(lang, year, month), { name: releaseFor(story, lang).release.title }];
}
