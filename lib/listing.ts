import type { Archive, Story } from './content';
import type { Locale } from './i18n/locales';
import type { ListingRoute } from './listing-path';
import type { ListingScope } from './site';

/** Releases per listing page. */
export const PAGE_SIZE = 20;

/**
 * The archive's stories grouped once per process, so a listing page costs a Map lookup and a slice however large
 * the archive grows. Every list keeps the archive's order: newest first.
 */
interface Indexes {
  position: Map<string, number>;
  years: Map<number, Story[]>;
  months: Map<string, Story[]>;
  categories: Map<string, Story[]>;
  agencies: Map<string, Story[]>;
  tags: Map<string, Story[]>;
  translated: WeakMap<Story[], Story[]>;
}

const built = new WeakMap<Archive, Indexes>();

function push<K>(map: Map<K, Story[]>, key: K, story: Story) {
  const list = map.get(key);
  if (list) list.push(story);
  else map.set(key, [story]);
}

function indexes(archive: Archive): Indexes {
  const known = built.get(archive);
  if (known) return known;
  const index: Indexes = {
    position: new Map(),
    years: new Map(),
    months: new Map(),
    categories: new Map(),
    agencies: new Map(),
    tags: new Map(),
    translated: new WeakMap(),
  };
  archive.stories.forEach((story, i) => {
    index.position.set(story.slug, i);
    push(index.years, Number(story.date.slice(0, 4)), story);
    push(index.months, story.date.slice(0, 7), story);
    if (story.th.category) push(index.categories, story.th.category, story);
    if (story.th.agency) push(index.agencies, story.th.agency, story);
    for (const tag of new Set(story.th.tags)) push(index.tags, tag, story);
  });
  built.set(archive, index);
  return index;
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** Every story a scope holds, newest first (empty when none: the page for it is a 404). */
export function storiesOf(archive: Archive, scope: ListingScope): readonly Story[] {
  const index = indexes(archive);
  switch (scope.kind) {
    case 'all':
      return archive.stories;
    case 'year':
      return index.years.get(scope.year) ?? [];
    case 'month':
      return index.months.get(monthKey(scope.year, scope.month)) ?? [];
    case 'category':
      return index.categories.get(scope.id) ?? [];
    case 'agency':
      return index.agencies.get(scope.id) ?? [];
  }
}

/** The stories of a list that have an English translation (computed once per list). */
export function translatedOf(archive: Archive, stories: readonly Story[]): readonly Story[] {
  const cache = indexes(archive).translated;
  const key = stories as Story[];
  let list = cache.get(key);
  if (!list) {
    list = stories.filter((story) => story.en);
    cache.set(key, list);
  }
  return list;
}

/** One page of a listing, with what the page needs to say where the reader is. */
export interface ListingPage {
  scope: ListingScope;
  page: number;
  pageCount: number;
  /** Releases on this page. */
  stories: readonly Story[];
  /** Releases in the listing (after the filter). */
  total: number;
  /** English listings: how many releases of the scope have a translation, and how many the scope has in all. */
  translatedTotal: number;
  allTotal: number;
  translated: boolean;
}

/**
 * The page a listing address asks for, or null when it is a 404: a scope with no releases, a page past the last,
 * an unknown category or agency, or the "translated only" view on a Thai page or of a scope with no translation.
 */
export function listingPage(archive: Archive, lang: Locale, route: Omit<ListingRoute, 'kind'>): ListingPage | null {
  const { scope, page, translated } = route;
  if (scope.kind === 'category' && !archive.categories[scope.id]) return null;
  if (scope.kind === 'agency' && !archive.agencies[scope.id]) return null;
  if (translated && lang !== 'en') return null;
  const all = storiesOf(archive, scope);
  const english = lang === 'en' ? translatedOf(archive, all) : all;
  const shown = translated ? english : all;
  const pageCount = Math.ceil(shown.length / PAGE_SIZE);
  if (shown.length === 0 || page > pageCount) return null;
  return {
    scope,
    page,
    pageCount,
    stories: shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: shown.length,
    translatedTotal: english.length,
    allTotal: all.length,
    translated,
  };
}

/** Years that have releases, newest first, with their counts. */
export function yearCounts(archive: Archive): { year: number; count: number }[] {
  return [...indexes(archive).years].map(([year, list]) => ({ year, count: list.length }));
}

/** Months of a year that have releases, latest first, with their counts. */
export function monthCounts(archive: Archive, year: number): { month: number; count: number }[] {
  const months: { month: number; count: number }[] = [];
  for (let month = 12; month >= 1; month--) {
    const count = indexes(archive).months.get(monthKey(year, month))?.length ?? 0;
    if (count) months.push({ month, count });
  }
  return months;
}

/** Categories or agencies that have releases, in registry order, with their counts. */
export function facetCounts(archive: Archive, kind: 'category' | 'agency'): { id: string; count: number }[] {
  const registry = kind === 'category' ? archive.categories : archive.agencies;
  const map = kind === 'category' ? indexes(archive).categories : indexes(archive).agencies;
  return Object.keys(registry)
    .map((id) => ({ id, count: map.get(id)?.length ?? 0 }))
    .filter((entry) => entry.count > 0);
}

/** The releases just before (older) and just after (newer) a story in date order. */
export function neighbours(archive: Archive, story: Story): { older?: Story; newer?: Story } {
  const i = indexes(archive).position.get(story.slug);
  if (i === undefined) return {};
  const older = archive.stories[i + 1];
  const newer = i > 0 ? archive.stories[i - 1] : undefined;
  return { ...(older && { older }), ...(newer && { newer }) };
}

/** How many releases on each side of a story, in each list it belongs to, are weighed as related. */
const WINDOW = 6;

function relatedness(a: Story, b: Story): number {
  const tags = new Set(a.th.tags);
  const sharedTags = b.th.tags.filter((tag) => tags.has(tag)).length;
  return sharedTags * 2 + Number(Boolean(a.th.agency) && a.th.agency === b.th.agency) + Number(Boolean(a.th.category) && a.th.category === b.th.category);
}

/**
 * Releases related to a story: they share tags (weighed double), its agency or its category, and among equals
 * the closest in date come first (the newer of two equally close). Only the releases nearest in date in each shared list are weighed, so the cost
 * stays small when an agency has tens of thousands of releases.
 */
export function relatedStories(archive: Archive, story: Story, limit = 4): Story[] {
  const index = indexes(archive);
  const at = index.position.get(story.slug);
  if (at === undefined) return [];
  const lists = [
    story.th.agency ? index.agencies.get(story.th.agency) : undefined,
    story.th.category ? index.categories.get(story.th.category) : undefined,
    ...story.th.tags.map((tag) => index.tags.get(tag)),
  ];
  const candidates = new Set<Story>();
  for (const list of lists) {
    if (!list) continue;
    const i = firstAtOrAfter(list, at, index.position);
    for (const other of list.slice(Math.max(0, i - WINDOW), i + WINDOW + 1)) {
      if (other !== story) candidates.add(other);
    }
  }
  const positionOf = (other: Story) => index.position.get(other.slug) ?? 0;
  return [...candidates]
    .map((other) => ({ other, score: relatedness(story, other), distance: Math.abs(positionOf(other) - at), position: positionOf(other) }))
    .sort((a, b) => b.score - a.score || a.distance - b.distance || a.position - b.position)
    .slice(0, limit)
    .map(({ other }) => other);
}

/** Binary search: the first index of `list` whose archive position is ≥ `at` (lists keep the archive's order). */
function firstAtOrAfter(list: readonly Story[], at: number, position: Map<string, number>): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((position.get(list[mid]!.slug) ?? 0) < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The date a story last changed: its `updated` date when it has one, else its publication date. */
export function lastChanged(story: Story): string {
  const dates = [story.date, story.th.updated, story.en?.updated].filter((d): d is string => Boolean(d));
  return dates.reduce((a, b) => (a > b ? a : b));
}
