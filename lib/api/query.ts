import { z } from 'zod';
import { localeSchema } from '../content';
import { slugPattern } from '../content';
import type { Locale } from '../i18n/locales';

/**
 * The query of `GET /api/v1/releases`, written once: it parses requests and documents them in the OpenAPI document.
 * Every parameter is optional; an unknown one, a repeated one or a bad value is a 400 that names it.
 */

/** Releases per page: by default, and at most. */
export const API_PAGE_LIMITS = { default: 20, max: 100 } as const;

export const listQuerySchema = z
  .strictObject({
    lang: localeSchema.optional().meta({ description: 'Only the versions in this language: th or en. Both by default.' }),
    year: z.coerce.number().int().min(1000).max(9999).optional().meta({ description: 'Only releases of this year (Christian era, e.g. 2018).' }),
    month: z.coerce.number().int().min(1).max(12).optional().meta({ description: 'Only releases of this month (1–12) of `year`, which it needs.' }),
    agency: z.string().regex(/^[a-z0-9-]+$/).optional().meta({ description: 'Only releases of this agency id (GET /api/v1/agencies).' }),
    category: z.string().regex(/^[a-z0-9-]+$/).optional().meta({ description: 'Only releases of this category id (GET /api/v1/categories).' }),
    updatedSince: z.iso.date().optional().meta({ description: 'Only releases that changed on or after this day (YYYY-MM-DD): published, corrected or withdrawn (their lastChanged).' }),
    cursor: z.string().regex(/^[A-Za-z0-9_-]+$/).optional().meta({ description: 'Where the page starts: the `next` of the previous page. Stable: a publication in between neither repeats nor skips a release.' }),
    limit: z.coerce.number().int().min(1).max(API_PAGE_LIMITS.max).default(API_PAGE_LIMITS.default).meta({ description: `Releases per page, 1–${API_PAGE_LIMITS.max}.` }),
  })
  .refine((query) => query.month === undefined || query.year !== undefined, { path: ['month'], error: 'month needs year' });

export type ListQuery = z.output<typeof listQuerySchema>;

/** A bad parameter, as a problem report lists it. */
export interface InvalidParam {
  name: string;
  reason: string;
}

/**
 * Reads the query of a list request.
 * @example parseListQuery(new URLSearchParams('lang=th&year=2018')) // { query: { lang: 'th', year: 2018, limit: 20 } }
 */
export function parseListQuery(params: URLSearchParams): { query: ListQuery } | { invalid: InvalidParam[] } {
  const invalid: InvalidParam[] = [];
  const values: Record<string, string> = {};
  for (const [name, value] of params) {
    if (name in values) invalid.push({ name, reason: `${name} is given more than once; give it once` });
    values[name] = value;
  }
  const parsed = listQuerySchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') for (const key of issue.keys) invalid.push({ name: key, reason: `unknown parameter; the parameters are ${Object.keys(listQuerySchema.shape).join(', ')}` });
      else invalid.push({ name: String(issue.path[0]), reason: `${String(issue.path[0])}: ${issue.message}` });
    }
  }
  if (parsed.success && parsed.data.cursor !== undefined && !decodeCursor(parsed.data.cursor)) {
    invalid.push({ name: 'cursor', reason: 'cursor: not a cursor this API gave; start again without it' });
  }
  return invalid.length || !parsed.success ? { invalid } : { query: parsed.data };
}

/** Where a page ends: the last release it listed. */
export interface CursorKey {
  slug: string;
  lang: Locale;
}

/**
 * The opaque cursor of a position in the newest-first order (base64url of the last release listed).
 * @example encodeCursor({ slug: '2018-12-07-telmin-18', lang: 'th' }) // 'WyIyMDE4LTEyLTA3LXRlbG1pbi0xOCIsInRoIl0'
 */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.slug, key.lang])).toString('base64url');
}

/** The position a cursor names, or undefined for a string no page gave. */
export function decodeCursor(cursor: string): CursorKey | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [slug, lang] = value as unknown[];
    const locale = localeSchema.safeParse(lang);
    return typeof slug === 'string' && slugPattern.test(slug) && locale.success ? { slug, lang: locale.data } : undefined;
  } catch {
    return undefined;
  }
}
