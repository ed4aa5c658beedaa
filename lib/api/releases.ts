import { filedRelease, lastChanged, readBody, versionsOf, type Archive, type Registry, type Release, type Story } from '../content';
import { locales, type Locale } from '../i18n/locales';
import { summaryRow, toRow, type ReleaseSummary } from '../data/row';
import type { RegistryItem, ReleasePage, ReleasePair } from './schemas';
import { decodeCursor, encodeCursor, type CursorKey, type InvalidParam, type ListQuery } from './query';

/**
 * What the read-only API answers, from the archive being served: releases newest first (each language version one
 * item) with filters and keyset pagination, one release with both its versions, and the registries.
 */

/** One language version in the API's order, with what the filters read. */
interface Entry {
  story: Story;
  release: Release;
  agency?: string;
  category?: string;
  lastChanged: string;
}

const entryLists = new WeakMap<Archive, Entry[]>();

/** Every version of every story, newest first (slugs descending, as `archive.stories`), Thai before English. */
function entriesOf(archive: Archive): Entry[] {
  let entries = entryLists.get(archive);
  if (!entries) {
    entries = archive.stories.flatMap((story) => {
      const filed = filedRelease(story);
      const changed = lastChanged(story);
      return versionsOf(story).map((release) => ({ story, release, agency: filed.agency, category: filed.category, lastChanged: changed }));
    });
    entryLists.set(archive, entries);
  }
  return entries;
}

const langOrder = (lang: Locale) => locales.indexOf(lang);

/** Whether an entry comes after a cursor's position in the newest-first order. */
const isAfter = (entry: Entry, key: CursorKey) => entry.story.slug < key.slug || (entry.story.slug === key.slug && langOrder(entry.release.lang) > langOrder(key.lang));

/** The first index of a sorted list for which `passed` holds (it holds for every later index), by bisection. */
function firstIndex(entries: Entry[], passed: (entry: Entry) => boolean): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (passed(entries[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * One page of releases matching `query`, newest first. A page starts after its cursor's release whether or not that
 * release is still there, so publications between two requests neither repeat nor skip one.
 * @returns the page, or the parameters naming an agency or category the archive does not know
 */
export function listReleases(archive: Archive, query: ListQuery): ReleasePage | { invalid: InvalidParam[] } {
  const invalid: InvalidParam[] = [];
  if (query.agency !== undefined && !archive.agencies[query.agency]) invalid.push({ name: 'agency', reason: `agency: unknown id "${query.agency}"; GET /api/v1/agencies lists them` });
  if (query.category !== undefined && !archive.categories[query.category]) invalid.push({ name: 'category', reason: `category: unknown id "${query.category}"; GET /api/v1/categories lists them` });
  if (invalid.length) return { invalid };

  const entries = entriesOf(archive);
  // A slug starts with its date, so the releases of a year or month are consecutive: start at the first of them.
  const prefix = query.year === undefined ? '' : `${query.year}-${query.month === undefined ? '' : `${String(query.month).padStart(2, '0')}-`}`;
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  let at = Math.max(prefix ? firstIndex(entries, (entry) => entry.story.slug < `${prefix}\uffff`) : 0, cursor ? firstIndex(entries, (entry) => isAfter(entry, cursor)) : 0);
  const items: ReleaseSummary[] = [];
  let last: Entry | undefined;
  for (; at < entries.length; at++) {
    const entry = entries[at]!;
    if (!entry.story.slug.startsWith(prefix)) break;
    if (!matches(entry, query)) continue;
    if (items.length === query.limit) return { items, next: encodeCursor({ slug: last!.story.slug, lang: last!.release.lang }) };
    items.push(summaryRow(archive, entry.story, entry.release));
    last = entry;
  }
  return { items, next: null };
}

function matches(entry: Entry, query: ListQuery): boolean {
  return (
    (query.lang === undefined || entry.release.lang === query.lang) &&
    (query.agency === undefined || entry.agency === query.agency) &&
    (query.category === undefined || entry.category === query.category) &&
    (query.updatedSince === undefined || entry.lastChanged >= query.updatedSince)
  );
}

/**
 * A release by slug: its versions with their text, `gone` for a release deleted after publication, or `missing`.
 * @example findRelease(archive, '2018-12-07-telmin-18') // { found: { slug, th: {…}, en: {…} } }
 */
export function findRelease(archive: Archive, slug: string): { found: ReleasePair } | { gone: { deleted: string } } | { missing: true } {
  const story = archive.bySlug.get(slug);
  if (story) {
    const version = (lang: Locale) => {
      const release = story[lang];
      return release ? toRow(archive, story, release, readBody(archive, release)) : null;
    };
    return { found: { slug, th: version('th'), en: version('en') } };
  }
  const gone = archive.gone.get(slug);
  return gone ? { gone: { deleted: gone.removed } } : { missing: true };
}

const registryLists = new WeakMap<Archive, Record<'agencies' | 'categories', RegistryItem[]>>();

/**
 * Every agency or category of the registry, by id, with its release count (a story in two languages counts once).
 * @example registryItems(archive, 'agencies')[0] // { id: 'mdes', nameTh: 'กระทรวงดิจิทัล…', nameEn: 'Ministry of …', shortName: null, releases: 4 }
 */
export function registryItems(archive: Archive, kind: 'agencies' | 'categories'): RegistryItem[] {
  let lists = registryLists.get(archive);
  if (!lists) {
    const counts = { agencies: new Map<string, number>(), categories: new Map<string, number>() };
    for (const story of archive.stories) {
      const { agency, category } = filedRelease(story);
      if (agency) counts.agencies.set(agency, (counts.agencies.get(agency) ?? 0) + 1);
      if (category) counts.categories.set(category, (counts.categories.get(category) ?? 0) + 1);
    }
    const items = (registry: Registry, count: Map<string, number>) =>
      Object.entries(registry)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, entry]) => ({ id, nameTh: entry.th, nameEn: entry.en, shortName: entry.short ?? null, releases: count.get(id) ?? 0 }));
    lists = { agencies: items(archive.agencies, counts.agencies), categories: items(archive.categories, counts.categories) };
    registryLists.set(archive, lists);
  }
  return lists[kind];
}
