/**
 * The scores of the search-quality benchmark, pure so that they can be tested on hand-made rankings.
 *
 * Every query has one target release. An engine answers with its first page (at most {@link DEPTH} releases, best
 * first) and the number of releases it found. From that:
 * - top-1: the target is the first result;
 * - top-10: the target is on the first page;
 * - MRR: the mean of 1 / rank of the target, counting 0 when it is not on the first page (MRR@10);
 * - empty: the engine found nothing at all (the reader sees an empty page).
 */

/** How deep a ranking is read: the first page of results. */
export const DEPTH = 10;

/** One query's answer: the legacy ids of the first page, best first, and how many releases matched in all. */
export interface Ranking {
  ids: readonly number[];
  total: number;
}

/** One query as scored: its kind, the 1-based rank of its target on the first page (null when not there), empty. */
export interface Outcome {
  kind: string;
  rank: number | null;
  empty: boolean;
}

/** The scores of one kind of query (or of all of them, kind `all`). */
export interface KindScore {
  kind: string;
  queries: number;
  top1: number;
  top10: number;
  /** Mean reciprocal rank over the first page, 0–1. */
  mrr: number;
  empty: number;
}

/**
 * The 1-based rank of `target` among the first {@link DEPTH} ids, or null.
 * @example rankOf([7, 3, 9], 9) // 3
 */
export function rankOf(ids: readonly number[], target: number): number | null {
  const at = ids.slice(0, DEPTH).indexOf(target);
  return at < 0 ? null : at + 1;
}

/** A query's outcome from the engine's ranking. */
export function outcomeOf(kind: string, ranking: Ranking, target: number): Outcome {
  return { kind, rank: rankOf(ranking.ids, target), empty: ranking.total === 0 };
}

/**
 * The scores per kind, kinds in the order they first appear, then `all`.
 * @example scoreByKind([{ kind: 'typo', rank: 2, empty: false }])[0] // { kind: 'typo', queries: 1, top1: 0, top10: 1, mrr: 0.5, empty: 0 }
 */
export function scoreByKind(outcomes: readonly Outcome[]): KindScore[] {
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  return [...kinds.map((kind) => score(kind, outcomes.filter((o) => o.kind === kind))), score('all', outcomes)];
}

function score(kind: string, outcomes: readonly Outcome[]): KindScore {
  const reciprocal = outcomes.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0);
  return {
    kind,
    queries: outcomes.length,
    top1: outcomes.filter((o) => o.rank === 1).length,
    top10: outcomes.filter((o) => o.rank !== null).length,
    mrr: outcomes.length ? reciprocal / outcomes.length : 0,
    empty: outcomes.filter((o) => o.empty).length,
  };
}
