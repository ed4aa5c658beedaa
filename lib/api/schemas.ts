import { z } from 'zod';
import { slugPattern } from '../content';
import { releaseRowSchema, releaseSummarySchema } from '../data/row';

/**
 * The API's answers as zod schemas: the types `lib/api` returns are inferred from them, and the OpenAPI document's
 * components are generated from them (`openapi.ts`), so the document cannot drift from what is sent.
 */

export const releasePageSchema = z
  .strictObject({
    items: z.array(releaseSummarySchema),
    next: z.string().nullable().meta({ description: 'The cursor of the next page (pass it as `cursor`), or null on the last page.' }),
  })
  .meta({ title: 'A page of releases', description: 'Releases newest first; each language version of a release is one item, Thai first.' });
export type ReleasePage = z.output<typeof releasePageSchema>;

export const releasePairSchema = z
  .strictObject({
    slug: z.string().regex(slugPattern),
    th: releaseRowSchema.nullable().meta({ description: 'The Thai version with its text, or null when the release has none.' }),
    en: releaseRowSchema.nullable().meta({ description: 'The English version with its text, or null when the release has none.' }),
  })
  .meta({ title: 'A release', description: 'A release with both its language versions.' });
export type ReleasePair = z.output<typeof releasePairSchema>;

export const registryItemSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/).meta({ description: 'The id releases and the `agency` or `category` filter use.' }),
    nameTh: z.string().min(1),
    nameEn: z.string().min(1),
    shortName: z.string().min(1).nullable().meta({ description: 'A short name (an abbreviation), or null.' }),
    releases: z.int().nonnegative().meta({ description: 'Releases filed under it (a release in two languages counts once).' }),
  })
  .meta({ title: 'An agency or category' });
export type RegistryItem = z.output<typeof registryItemSchema>;

export const registryListSchema = z.strictObject({ items: z.array(registryItemSchema) }).meta({ title: 'Agencies or categories, by id' });

export const invalidParamSchema = z.strictObject({ name: z.string(), reason: z.string() });

export const problemSchema = z
  .strictObject({
    type: z.literal('about:blank'),
    title: z.string(),
    status: z.int(),
    detail: z.string().meta({ description: 'What went wrong and what to do.' }),
    invalidParams: z.array(invalidParamSchema).optional().meta({ description: 'Each bad query parameter (400).' }),
  })
  .meta({ title: 'Problem details (RFC 9457)' });

/** The schemas the OpenAPI document lists under `components.schemas`, by name. */
export const componentSchemas = {
  ReleaseRow: releaseRowSchema,
  ReleaseSummary: releaseSummarySchema,
  ReleasePage: releasePageSchema,
  ReleasePair: releasePairSchema,
  RegistryItem: registryItemSchema,
  RegistryList: registryListSchema,
  Problem: problemSchema,
} as const;
