import { posix } from 'node:path';
import { z } from 'zod';
import { isIsoDate, parseThaiDate } from '../thai';
import { locales } from '../i18n/locales';
import { hasVisibleCharacter, unsafeCharacter } from '../text';
import type { ImageFile } from './image';

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

/** Hosts whose `https:` images a release may show; none, so every image is served by the site itself. */
export const imageHosts: readonly string[] = [];

/** Letters (Thai too), digits and `. _ ~ - /`: no scheme, query, percent-escape, backslash or space. */
const imagePathCharacters = /^[\p{L}\p{M}\p{N}._~/-]+$/u;

/**
 * Where an image is: a site path (`/images/x.jpg`, a file under `public/`), a file beside the release
 * (`x.jpg`, `photos/x.jpg`, `../shared.jpg` as long as it stays inside the content root), or an `https:` URL on one
 * of `imageHosts`. Anything else (`javascript:`, `data:`, `//host/x`) is refused.
 * @example isImageAddress('/images/telmin.jpg') // true
 */
export function isImageAddress(address: string): boolean {
  if (address.startsWith('https://')) {
    return URL.canParse(address) && imageHosts.includes(new URL(address).hostname);
  }
  if (!imagePathCharacters.test(address) || address.startsWith('//')) return false;
  if (address.startsWith('/')) return true;
  // A release lives at news/<year>/: resolve from there and stay inside the content root.
  const inside = posix.normalize(`news/0000/${address}`);
  return !inside.startsWith('../') && inside !== '..';
}

/** One correction of a published release: when, and what changed (shown to readers as the page's history). */
export const changeSchema = z.strictObject({
  date: calendarDate,
  note: z.string().trim().min(1, 'the change note is empty: say what was corrected').optional(),
});
export type Change = z.output<typeof changeSchema>;

/**
 * `updated:` is either one date (`updated: 2019-04-01`) or a list of dated change notes
 * (`- { date: 2019-04-01, note: แก้ไขตัวเลขงบประมาณ }`). Either way the release holds the list, newest first.
 * @example updated: '2019-04-01' → [{ date: '2019-04-01' }]
 */
export const updatedSchema = z
  .union([calendarDate.transform((date): Change[] => [{ date }]), z.array(changeSchema).min(1, 'list at least one change, or remove the field')])
  .transform((changes) => [...changes].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)));

/**
 * A withdrawn release keeps its page with a notice of when and why; it leaves the feeds and is not indexed.
 * @example withdrawn: { date: 2019-05-01, reason: ออกประกาศฉบับใหม่แทน }
 */
export const withdrawnSchema = z.strictObject({
  date: calendarDate,
  reason: z.string().trim().min(1, 'say why the release was withdrawn'),
});
export type Withdrawal = z.output<typeof withdrawnSchema>;

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

/**
 * The longest a front-matter field may be, in characters, or how many tags a release may have: the real corpus's
 * largest values with margin (measured over all 90,780 imported releases, see content/README.md).
 */
export const fieldLimits = {
  /** The corpus's longest title has 232 characters. */
  title: 500,
  /** The corpus has no summary; the seed's longest has 190 characters. */
  summary: 1_000,
  /** The corpus has no image. */
  imageAlt: 500,
  imageCaption: 500,
  /** The corpus's most tagged release has 21 tags. */
  tags: 50,
  /** The corpus's longest tag (a hashtag sentence) has 167 characters. */
  tag: 300,
} as const;

/**
 * A line of text a reader sees: trimmed, not empty, at most `max` characters, with no control or bidi-override
 * character (the rule is in lib/text/hygiene.ts) and at least one visible one.
 */
function text(max: number, empty = 'it is empty') {
  return z
    .string()
    .trim()
    .min(1, empty)
    .max(max, { error: (issue) => `${String(issue.input).length} characters, at most ${max}; shorten it` })
    .superRefine((value, ctx) => {
      const unsafe = unsafeCharacter(value);
      if (unsafe) ctx.addIssue({ code: 'custom', message: `control or bidi-override character ${unsafe.codePoint}; delete it (it is invisible in most editors)` });
      else if (value && !hasVisibleCharacter(value)) ctx.addIssue({ code: 'custom', message: 'only invisible characters; write text readers can see' });
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
      title: text(fieldLimits.title, 'the title is empty'),
      date: calendarDate,
      agency: knownId('agency', known.agencies).optional(),
      category: knownId('category', known.categories).optional(),
      tags: z
        .array(text(fieldLimits.tag))
        .max(fieldLimits.tags, { error: (issue) => `${(issue.input as unknown[]).length} tags, at most ${fieldLimits.tags}; keep the ones readers search for` })
        .default([]),
      summary: text(fieldLimits.summary).optional(),
      source: z.url({ protocol: /^https?$/, error: 'source must be an http(s) URL of the original release' }).optional(),
      legacyId: z.coerce.number().int().positive().optional(),
      updated: updatedSchema.optional(),
      withdrawn: withdrawnSchema.optional(),
      image: z
        .string()
        .trim()
        .refine(isImageAddress, {
          error: (issue) => `"${String(issue.input)}" is not an image address: write a site path such as /images/x.jpg (a file under public/) or the name of a file beside the release (x.jpg)`,
        })
        .optional(),
      imageAlt: text(fieldLimits.imageAlt).optional(),
      imageCaption: text(fieldLimits.imageCaption).optional(),
    })
    .refine((fm) => !fm.updated || fm.updated.every((change) => change.date >= fm.date), {
      path: ['updated'],
      error: 'a correction cannot be dated before the release (date:)',
    })
    .refine((fm) => !fm.withdrawn || fm.withdrawn.date >= fm.date, {
      path: ['withdrawn'],
      error: 'a release cannot be withdrawn before it was published (date:)',
    })
    .refine((fm) => !fm.image || fm.imageAlt, {
      path: ['imageAlt'],
      error: 'an image needs imageAlt, a description for readers who cannot see it',
    })
    .refine((fm) => !fm.imageCaption || fm.image, {
      path: ['imageCaption'],
      error: 'a caption belongs to an image: add image (and imageAlt), or remove imageCaption',
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
  /** The checked file behind `image`: its address and size in pixels (set by the loader, never by the parser). */
  imageFile?: ImageFile;
};

/**
 * A story: one slug, and its Thai version, its English version, or both; either may be the original (an English-only
 * release is `news/<year>/<slug>.en.md` with no `.th.md` beside it). Each version keeps its own `legacyId` and
 * `source`; the facts a story is filed under (date, agency, category, tags) are read through `filedRelease`.
 */
export type Story = { slug: string; date: string } & ({ th: Release; en?: Release } | { th?: Release; en: Release });
