import { z } from 'zod';
import { isIsoDate, parseThaiDate } from '../thai';
import { locales } from '../i18n/locales';

/**
 * The content contract, written once. Every Markdown release is checked against the schema that
 * `frontMatterSchema` builds; the record types below are inferred from it, so nothing downstream casts.
 */

/** `content/news/2018/2018-12-07-telmin-18.th.md` → year, slug, language. */
export const releasePathPattern = /(?:^|\/)news\/(\d{4})\/([^/]+)\.(th|en)\.md$/;

/**
 * A calendar date as an ISO `YYYY-MM-DD` string. A Thai date (`7 ธันวาคม 2561`, `๗ ธ.ค. ๒๕๖๑`) is accepted and
 * normalized. YAML must hand it over as a string: the loader parses front matter with the YAML core schema, so an
 * unquoted `2018-12-07` is never turned into a `Date`.
 */
export const calendarDate = z.string().transform((text, ctx) => {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const parsed = parseThaiDate(trimmed);
  if (parsed && !parsed.end) return parsed.start;
  ctx.addIssue({
    code: 'custom',
    message: `"${text}" is not a calendar date: write YYYY-MM-DD (e.g. 2018-12-07) or a Thai date (e.g. 7 ธันวาคม 2561)`,
  });
  return z.NEVER;
});

/** The ids an agency or category may take: the keys of `content/agencies.yaml` and `content/categories.yaml`. */
export interface KnownIds {
  agencies: readonly string[];
  categories: readonly string[];
}

function knownId(kind: 'agency' | 'category', ids: readonly string[]) {
  const listed = ids.length > 8 ? `${ids.slice(0, 8).join(', ')}, …` : ids.join(', ');
  return z.string().refine((id) => ids.includes(id), {
    error: (issue) => `unknown ${kind} "${String(issue.input)}" (known: ${listed})`,
  });
}

const schemas = new Map<string, ReturnType<typeof buildFrontMatterSchema>>();

/**
 * The front matter of one release file, Thai (`.th.md`) or English (`.en.md`): both carry the same fields. The two
 * versions of a story share `date`, `agency` and `category` (the loader checks it); `title`, `summary`, `source`,
 * `legacyId`, `updated` and the image belong to each version. Unknown keys are errors, so a typo such as `catgory:`
 * is caught.
 * Memoized per set of known ids: building a zod schema costs about 2 ms, checking a file with it 0.1 ms.
 */
export function frontMatterSchema(known: KnownIds) {
  const key = `${known.agencies.join()}|${known.categories.join()}`;
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = buildFrontMatterSchema(known)));
  return schema;
}

function buildFrontMatterSchema(known: KnownIds) {
  return z
    .strictObject({
      title: z.string().trim().min(1, 'the title is empty'),
      date: calendarDate,
      agency: knownId('agency', known.agencies).optional(),
      category: knownId('category', known.categories).optional(),
      tags: z.array(z.string().trim().min(1)).default([]),
      summary: z.string().trim().min(1).optional(),
      source: z.url({ protocol: /^https?$/, error: 'source must be an http(s) URL of the original release' }).optional(),
      legacyId: z.coerce.number().int().positive().optional(),
      updated: calendarDate.optional(),
      image: z.string().min(1).optional(),
      imageAlt: z.string().trim().min(1).optional(),
    })
    .refine((fm) => !fm.image || fm.imageAlt, {
      path: ['imageAlt'],
      error: 'an image needs imageAlt, a description for readers who cannot see it',
    });
}

export type FrontMatter = z.output<ReturnType<typeof buildFrontMatterSchema>>;

/** The fields a release's front matter may hold, in the schema's order: `['title', 'date', 'agency', …]`. */
export const frontMatterFields = Object.keys(buildFrontMatterSchema({ agencies: [], categories: [] }).shape) as (keyof FrontMatter)[];

/** The names an agency or category id carries, in both languages. */
export const namedEntrySchema = z.strictObject({
  th: z.string().trim().min(1),
  en: z.string().trim().min(1),
  short: z.string().trim().min(1).optional(),
});
export const registrySchema = z.record(z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase ASCII'), namedEntrySchema);
export type NamedEntry = z.output<typeof namedEntrySchema>;
export type Registry = z.output<typeof registrySchema>;

export const localeSchema = z.enum(locales);

/** One language version of a release as the site uses it: validated front matter plus where it came from. */
export type Release = FrontMatter & {
  slug: string;
  lang: z.output<typeof localeSchema>;
  /** Path relative to the project root, e.g. `content/news/2018/2018-12-07-telmin-18.th.md`. */
  file: string;
  /** The summary, or the opening words of the body as plain text: what listings and meta descriptions show. */
  excerpt: string;
  /** Line (1-based, in the whole file) where the Markdown body starts; the body itself is read on demand. */
  bodyLine: number;
};

/**
 * A story: one slug, and its Thai version, its English version, or both; either may be the original (an English-only
 * release is `news/<year>/<slug>.en.md` with no `.th.md` beside it). Each version keeps its own `legacyId` and
 * `source`; the facts a story is filed under (date, agency, category, tags) are read through `filedRelease`.
 */
export type Story = { slug: string; date: string } & ({ th: Release; en?: Release } | { th?: Release; en: Release });
