import type { ImportReport } from './report';

/**
 * What an import prints: one line per page it did not import (file, reason, what to do), one per editor-changed
 * file it kept, then the counts, which always reconcile: `read = imported + rejected + duplicates`.
 */

/** The per-file lines: rejects, duplicates and kept files. */
export function problemLines(report: ImportReport): string[] {
  return [
    ...report.rejects.map(({ file, reason, message }) => `rejected  ${file}: ${reason}: ${message}`),
    ...report.duplicates.map(({ file, legacyId, of }) => `duplicate ${file}: legacyId ${legacyId} was already taken from ${of}; imported once, skipped here`),
    ...report.kept.map((file) => `kept      ${file}: changed since it was imported; not overwritten (--force overwrites it)`),
  ];
}

/**
 * The closing summary.
 * @example summaryLines(report)[0] // 'read 18 = imported 13 + rejected 4 + duplicates 1'
 */
export function summaryLines(report: ImportReport): string[] {
  const c = report.counts;
  const n = (value: number) => value.toLocaleString('en');
  const percent = (part: number) => (c.imported ? ` (${Math.round((part / c.imported) * 100)}%)` : '');
  const sampled = report.sample === null ? '' : ` + not sampled ${n(c.notSampled)}`;
  const reasons = Object.entries(report.rejectedByReason).map(([reason, count]) => `${reason} ${n(count)}`);
  const verb = report.dryRun ? 'would be ' : '';
  return [
    `read ${n(c.read)} = imported ${n(c.imported)} + rejected ${n(c.rejected)} + duplicates ${n(c.duplicates)}${sampled}`,
    ...(reasons.length ? [`rejected: ${reasons.join(', ')}`] : []),
    `files: ${verb}written ${n(c.written)}, ${verb}overwritten ${n(c.overwritten)}, unchanged ${n(c.unchanged)}, kept ${n(c.kept)} (changed by an editor)`,
    `languages: Thai ${n(c.languages.th)}, English ${n(c.languages.en)}; cabinet synopses paired ${n(c.pairs)}; likely pairs listed for an editor ${n(c.likelyPairs)}`,
    `with an agency ${n(c.withAgency)}${percent(c.withAgency)}, a category ${n(c.withCategory)}${percent(c.withCategory)}, tags ${n(c.withTags)}${percent(c.withTags)}`,
    ...(c.ignored ? [`ignored ${n(c.ignored)} ${c.ignored === 1 ? 'file' : 'files'} that are not .txt pages (${report.ignored.slice(0, 3).join(', ')}${c.ignored > 3 ? ', …' : ''})`] : []),
    ...(c.folders + c.links + c.otherEntries ? [`skipped entries that are not files: ${n(c.folders)} folders, ${n(c.links)} links, ${n(c.otherEntries)} other`] : []),
    ...(report.stopped ? [`stopped before the end: ${report.stopped.reason}`] : []),
  ];
}
