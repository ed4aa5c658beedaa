import { filedRelease, type Archive, type Story } from '../content';
import { indexes } from './indexes';

/** How many releases on each side of a story, in each list it belongs to, are weighed as related. */
const WINDOW = 6;

function relatedness(a: Story, b: Story): number {
  const [x, y] = [filedRelease(a), filedRelease(b)];
  const tags = new Set(x.tags);
  const sharedTags = y.tags.filter((tag) => tags.has(tag)).length;
  return sharedTags * 2 + Number(Boolean(x.agency) && x.agency === y.agency) + Number(Boolean(x.category) && x.category === y.category);
}

/**
 * Releases related to a story: they share tags (weighed double), its agency or its category, and among equals
 * the closest in date come first (the newer of two equally close). Only the releases nearest in date in each shared
 * list are weighed, so the cost stays small when an agency has tens of thousands of releases.
 */
export function relatedStories(archive: Archive, story: Story, limit = 4): Story[] {
  const index = indexes(archive);
  const at = index.position.get(story.slug);
  if (at === undefined) return [];
  const { agency, category, tags } = filedRelease(story);
  const lists = [
    agency ? index.facets.agency.get(agency) : undefined,
    category ? index.facets.category.get(category) : undefined,
    ...tags.map((tag) => index.tags.get(tag)),
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
