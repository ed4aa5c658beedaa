import type { Archive } from '../content';
import type { Locale } from '../i18n/locales';
import { messages } from '../i18n/dictionaries';
import { paths, type ListingScope } from './addresses';
import { monthCounts, yearCounts } from './indexes';
import { monthName, yearLabel } from './labels';

/** A year or month that has releases, as a link with its count. */
export interface PeriodLink {
  label: string;
  href: string;
  count: number;
}

/** A compact way further down a date listing: its heading and links. */
export interface PeriodNavigation {
  heading: string;
  links: PeriodLink[];
}

/** Every year that has releases, newest first: `พ.ศ. 2561` → `/th/news/2018`. */
export function yearLinks(archive: Archive, lang: Locale): PeriodLink[] {
  return yearCounts(archive).map(({ year, count }) => ({ label: yearLabel(lang, year), href: paths.listing(lang, { kind: 'year', year }), count }));
}

/**
 * The way further down a listing: all news lists its years, a year its months; other listings have none.
 * @example periodNavigation(archive, 'en', { kind: 'year', year: 2018 }) // { heading: 'News by month', links: [{ label: 'December', href: '/en/news/2018/12', count: 31 }, …] }
 */
export function periodNavigation(archive: Archive, lang: Locale, scope: ListingScope): PeriodNavigation | undefined {
  const t = messages(lang);
  if (scope.kind === 'all') return { heading: t.byYear, links: yearLinks(archive, lang) };
  if (scope.kind !== 'year') return undefined;
  const { year } = scope;
  return {
    heading: t.byMonth,
    links: monthCounts(archive, year).map(({ month, count }) => ({ label: monthName(lang, month), href: paths.listing(lang, { kind: 'month', year, month }), count })),
  };
}
