import type { KindScore } from './metrics';

/** The benchmark's printed table: one row per kind of query, the engines side by side. */

/** Aligns cells into columns: the first left-aligned, the others right-aligned, two spaces apart. */
export function alignColumns(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}

/**
 * The scores of each engine per kind of query: top-1, top-10, MRR@10 and empty pages.
 * @param engines engine name → its scores, all in the same kind order
 */
export function scoreTable(engines: Record<string, KindScore[]>): string {
  const names = Object.keys(engines);
  const first = engines[names[0]!]!;
  const header = ['kind', 'queries', ...names.flatMap((name) => [`${name} top-1`, 'top-10', 'MRR', 'empty'])];
  const rows = first.map((row, r) => [
    row.kind,
    String(row.queries),
    ...names.flatMap((name) => {
      const s = engines[name]![r]!;
      return [String(s.top1), String(s.top10), s.mrr.toFixed(2), String(s.empty)];
    }),
  ]);
  return alignColumns([header, ...rows]);
}
