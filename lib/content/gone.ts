import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { writeFileAtomic } from '../files';
import { z } from 'zod';
import type { ContentError } from './parse';
import { calendarDate } from './schema';
import { slugPattern } from './slug';

/**
 * `content/gone.yaml`: the releases that were published and then deleted. Their addresses answer 410 Gone (with the
 * site's 404 design) and their legacy ids still redirect there, so a published URL never vanishes without a word.
 * It lives in the content folder, versioned with the releases, because the record must outlive the file, any
 * server and any cache: `npm run publish` appends every slug it published before and no longer finds.
 * @example
 * 2018-12-07-telmin-18:
 *   removed: 2026-12-01
 *   legacyIds: [17391]
 */
export const GONE_FILE = 'gone.yaml';

export const goneEntrySchema = z.strictObject({
  removed: calendarDate,
  legacyIds: z.array(z.coerce.number().int().positive()).default([]),
});
export const goneSchema = z.record(z.string().regex(slugPattern), goneEntrySchema);
export type GoneEntry = z.output<typeof goneEntrySchema>;

/**
 * Reads `gone.yaml` (absent: nothing is gone). Never throws for bad content.
 * @returns slug → entry, with every problem at its line
 */
export function readGone(file: string, shown: string): { gone: Map<string, GoneEntry>; errors: ContentError[] } {
  if (!existsSync(file)) return { gone: new Map(), errors: [] };
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    return { gone: new Map(), errors: [{ file: shown, line: error.mark.line + 1, message: `YAML syntax error: ${error.reason}` }] };
  }
  const result = goneSchema.safeParse(data);
  if (result.success) return { gone: new Map(Object.entries(result.data)), errors: [] };
  const lines = text.split('\n');
  return {
    gone: new Map(),
    errors: result.error.issues.map((issue) => {
      const slug = String(issue.path[0] ?? '');
      const line = lines.findIndex((l) => l.startsWith(`${slug}:`)) + 1 || 1;
      const message = issue.code === 'invalid_key' ? 'not a release slug: write one such as 2018-12-07-telmin-18' : issue.message;
      return { file: shown, line, message: `${issue.path.join('.')}: ${message}` };
    }),
  };
}

/**
 * The deleted releases an archive serves from `entries` (of `gone.yaml`, and of the last publication): all but those
 * published again since (a release with that slug wins), with their legacy ids that no live release carries.
 */
export function goneReleases(entries: ReadonlyMap<string, GoneEntry>, bySlug: ReadonlyMap<string, unknown>, byLegacyId: ReadonlyMap<number, unknown>) {
  const gone = new Map([...entries].filter(([slug]) => !bySlug.has(slug)));
  const goneByLegacyId = new Map<number, string>();
  for (const [slug, entry] of gone) for (const id of entry.legacyIds) if (!byLegacyId.has(id)) goneByLegacyId.set(id, slug);
  return { gone, goneByLegacyId };
}

/**
 * Appends deleted releases to `gone.yaml`, keeping what it already holds (a slug already listed is left as it is).
 * The file is replaced whole (`writeFileAtomic`): a full disk leaves it as it was.
 * @returns the slugs added
 * @throws WriteError naming the file
 */
export function recordGone(file: string, removed: { slug: string; legacyIds: number[] }[], date: string): string[] {
  const { gone } = readGone(file, file);
  const added = removed.filter(({ slug }) => !gone.has(slug));
  if (added.length === 0) return [];
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Releases that were published and deleted: their addresses answer 410 Gone. Written by npm run publish.\n';
  const lines = added.map(({ slug, legacyIds }) => `${slug}:\n  removed: ${date}\n${legacyIds.length ? `  legacyIds: [${legacyIds.join(', ')}]\n` : ''}`);
  writeFileAtomic(file, [`${text}${text.endsWith('\n') ? '' : '\n'}${lines.join('')}`]);
  return added.map(({ slug }) => slug);
}
