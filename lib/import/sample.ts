
/**
 * Picks a small, deterministic, spread-out sample of releases while an import streams past them (`--sample N`),
 * for the archive a fresh clone ships. Each release gets a fixed pseudo-random rank (an FNV-1a hash of its
 * legacyId), so the same corpus always gives the same sample. The pick:
 * 1. every category gets its lowest-ranked release, so each thaigov section shows up;
 * 2. then the years take turns, oldest first, each adding its lowest-ranked release not yet picked, until N.
 * Memory stays bounded: each (year, category) bucket keeps only its {@link BUCKET_SIZE} lowest-ranked releases.
 */
export const BUCKET_SIZE = 40;

/** What the sample is chosen by: a release's id, date and category. */
export interface SampleItem {
  legacyId: number;
  date: string;
  category?: string;
}

/** FNV-1a, 32 bits: a stable rank that does not follow the order of ids or dates. */
export function rankOf(legacyId: number): number {
  let hash = 0x811c9dc5;
  for (const char of String(legacyId)) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const byRank = (a: SampleItem, b: SampleItem) => rankOf(a.legacyId) - rankOf(b.legacyId) || a.legacyId - b.legacyId;

/** Collects candidates with {@link SampleSelector.offer}, then {@link SampleSelector.pick}s the sample. */
export class SampleSelector<T extends SampleItem> {
  private readonly buckets = new Map<string, T[]>();

  /** Considers one release; keeps it only while it ranks among its bucket's lowest. */
  offer(candidate: T): void {
    const key = `${candidate.date.slice(0, 4)} ${candidate.category ?? ''}`;
    const bucket = this.buckets.get(key) ?? [];
    bucket.push(candidate);
    bucket.sort(byRank);
    if (bucket.length > BUCKET_SIZE) bucket.pop();
    this.buckets.set(key, bucket);
  }

  /**
   * The sample, at most `size` releases, in date order.
   * @example selector.pick(300).length // 300 when the corpus is large enough
   */
  pick(size: number): T[] {
    const all = [...this.buckets.values()].flat().sort(byRank);
    const picked = new Set<T>();
    const categories = new Set<string | undefined>();
    for (const candidate of all) {
      if (picked.size >= size) break;
      if (categories.has(candidate.category)) continue;
      categories.add(candidate.category);
      picked.add(candidate);
    }
    const byYear = new Map<string, T[]>();
    for (const candidate of all) {
      const year = candidate.date.slice(0, 4);
      const queue = byYear.get(year) ?? [];
      queue.push(candidate);
      byYear.set(year, queue);
    }
    const queues = [...byYear.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, queue]) => queue.filter((c) => !picked.has(c)));
    while (picked.size < size && queues.some((queue) => queue.length)) {
      for (const queue of queues) {
        const next = queue.shift();
        if (next && picked.size < size) picked.add(next);
      }
    }
    return [...picked].sort((a, b) => a.date.localeCompare(b.date) || a.legacyId - b.legacyId);
  }
}
