import { filedRelease, type Archive, type Story } from '../content';
import type { Locale } from '../i18n/locales';
import type { FacetKind, ListingScope } from './addresses';

/**
 * The archive's stories grouped once per process, so a listing page costs a Map lookup and a slice however large
 * the archive grows. Every list keeps the archive's order: newest first.
 */
export interface Indexes {
  /** A story's place in `archive.stories`, by slug. */
  position: Map<string, number>;
  years: Map<number, Story[]>;
  months: Map<string, Story[]>;
  facets: Record<FacetKind, Map<string, Story[]>>;
  tags: Map<string, Story[]>;
  /** Per list, the stories that have an English version (English originals and pairs). */
  english: WeakMap<Story[], Story[]>;
}

const built = new WeakMap<Archive, Indexes>();

function push<K>(map: Map<K, Story[]>, key: K, story: Story) {
  const list = map.get(key);
  if (list) list.push(story);
  else map.set(key, [story]);
}

/** The indexes of an archive, built on first use and kept as long as the archive. */
export function indexes(archive: Archive): Indexes {
  const known = built.get(archive);
  if (known) return known;
  const index: Indexes = {
    position: new Map(),
    years: new Map(),
    months: new Map(),
    facets: { category: new Map(), agency: new Map() },
    tags: new Map(),
    english: new WeakMap(),
  };
  archive.stories.forEach((story, i) => {
    const release = filedRelease(story);
    index.position.set(story.slug, i);
    push(index.years, Number(story.date.slice(0, 4)), story);
    push(index.months, story.date.slice(0, 7), story);
    if (release.category) push(index.facets.category, release.category, story);
    if (release.agency) push(index.facets.agency, release.agency, story);
    for (const tag of new Set(release.tags)) push(index.tags, tag, story);
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
    case 'agency':
      return index.facets[scope.kind].get(scope.id) ?? [];
  }
}

/**
 * The stories of a list a reader of `lang` can read in that language (computed once per list for English; a Thai
 * list is the list itself, see `listingPage`).
 * @example readableIn(archive, archive.stories, 'en') // English originals and pairs, newest first
 */
export function readableIn(archive: Archive, stories: readonly Story[], lang: Locale): readonly Story[] {
  if (lang === 'th') return stories.filter((story) => story.th);
  const cache = indexes(archive).english;
  const key = stories as Story[];
  let list = cache.get(key);
  if (!list) {
    list = stories.filter((story) => story.en);
    cache.set(key, list);
  }
  return list;
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
export function facetCounts(archive: Archive, kind: FacetKind): { id: string; count: number }[] {
  const registry = kind === 'category' ? archive.categories : archive.agencies;
  const map = indexes(archive).facets[kind];
  return Object.keys(registry)
    .map((id) => ({ id, count: map.get(id)?.length ?? 0 }))
    .filter((entry) => entry.count > 0);
}
