import { z } from 'zod';
import { slugPattern } from '../content';
import { paths } from '../listing';
import { absoluteUrl } from '../site';
import { dataPath, dataFileName } from '../data/files';
import { API_BASE } from './addresses';
import { API_CACHE_CONTROL } from './http';
import { listQuerySchema, API_PAGE_LIMITS } from './query';
import { componentSchemas } from './schemas';

/**
 * The OpenAPI 3.1 document of the API (`GET /api/v1/openapi.json`), generated from the zod schemas that parse its
 * queries (`query.ts`) and type its answers (`schemas.ts`), so it says what the code does. `npm test` lints it with
 * Redocly's recommended rules and validates every answer of the API tests against it.
 */

type JsonSchema = Record<string, unknown>;

/** A zod schema as a JSON Schema to embed in the document: without `$schema`, its `$defs` refs to components. */
function embedded(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'throw' });
  return rest;
}

/** Every component schema, with the schemas they hold referred to by name. */
function components(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(componentSchemas)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _, $id: __, ...schema }]) => [id, schema]));
}

const ref = (id: keyof typeof componentSchemas) => ({ $ref: `#/components/schemas/${id}` });

/** The query parameters of the release list, one per field of `listQuerySchema`. */
function listParameters() {
  return Object.entries(listQuerySchema.shape).map(([name, field]) => {
    const { description, ...schema } = embedded(field, 'input');
    return { name, in: 'query', required: false, description, schema };
  });
}

const cachingHeaders = {
  ETag: { $ref: '#/components/headers/ETag' },
  'Last-Modified': { $ref: '#/components/headers/LastModified' },
  'Cache-Control': { $ref: '#/components/headers/CacheControl' },
  'Access-Control-Allow-Origin': { $ref: '#/components/headers/AccessControlAllowOrigin' },
};

function ok(description: string, schema: keyof typeof componentSchemas, headers: Record<string, unknown> = {}) {
  return { description, headers: { ...cachingHeaders, ...headers }, content: { 'application/json': { schema: ref(schema) } } };
}

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const notModified = { description: 'Not Modified: the ETag given in If-None-Match (or the time in If-Modified-Since) is current.', headers: { ETag: cachingHeaders.ETag } };

/** The document, with the server at this site's address (`SITE_URL`). */
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Thai Government News Archive API',
      version: '1.0.0',
      summary: 'Read-only access to the press releases of the Royal Thai Government, in Thai and English.',
      description:
        `Releases newest first with filters and cursor pagination, one release with both its language versions, and the agencies and categories they are filed under. ` +
        `Every release as a file per year: ${absoluteUrl(dataPath(dataFileName.manifest))} (described at ${absoluteUrl(paths.data('en'))}). ` +
        `Answers carry an ETag, Last-Modified (the time of the publication served) and Cache-Control (${API_CACHE_CONTROL}); any site may call the API from a browser (CORS).`,
      license: { name: 'Public domain (Thai Copyright Act B.E. 2537, section 7)', url: absoluteUrl(`${paths.data('en')}#licence`) },
    },
    servers: [{ url: absoluteUrl(API_BASE) }],
    security: [],
    tags: [
      { name: 'releases', description: 'Press releases, each in Thai, English or both.' },
      { name: 'registries', description: 'The agencies and categories releases are filed under.' },
    ],
    paths: {
      '/releases': {
        get: {
          operationId: 'listReleases',
          tags: ['releases'],
          summary: 'Releases, newest first',
          description: `A page of releases (${API_PAGE_LIMITS.default} by default, at most ${API_PAGE_LIMITS.max}) matching every filter given; each language version of a release is one item, without its text. The next page is at the \`Link: rel="next"\` address, or the same query with \`cursor\` set to \`next\`.`,
          parameters: listParameters(),
          responses: {
            '200': ok('A page of releases.', 'ReleasePage', { Link: { $ref: '#/components/headers/Link' } }),
            '304': notModified,
            '400': problem('A bad parameter: unknown, repeated, malformed, an unknown agency or category, or `month` without `year`.'),
          },
        },
      },
      '/releases/{slug}': {
        get: {
          operationId: 'getRelease',
          tags: ['releases'],
          summary: 'One release, in both languages',
          parameters: [{ name: 'slug', in: 'path', required: true, description: 'The release\'s slug, e.g. 2018-12-07-telmin-18.', schema: { type: 'string', pattern: slugPattern.source } }],
          responses: {
            '200': ok('The release with both its versions and their text.', 'ReleasePair'),
            '304': notModified,
            '400': problem('A query parameter: this address takes none.'),
            '404': problem('No release has this slug.'),
            '410': problem('The release was published and then deleted.'),
          },
        },
      },
      '/agencies': {
        get: {
          operationId: 'listAgencies',
          tags: ['registries'],
          summary: 'Every agency',
          responses: { '200': ok('Every agency, by id.', 'RegistryList'), '304': notModified, '400': problem('A query parameter: this address takes none.') },
        },
      },
      '/categories': {
        get: {
          operationId: 'listCategories',
          tags: ['registries'],
          summary: 'Every category',
          responses: { '200': ok('Every category, by id.', 'RegistryList'), '304': notModified, '400': problem('A query parameter: this address takes none.') },
        },
      },
    },
    components: {
      schemas: components(),
      headers: {
        ETag: { description: 'A strong validator of the answer\'s bytes: send it back in If-None-Match.', schema: { type: 'string' } },
        LastModified: { description: 'The time of the publication served.', schema: { type: 'string' } },
        CacheControl: { description: `How long the answer may be kept: ${API_CACHE_CONTROL}.`, schema: { type: 'string' } },
        AccessControlAllowOrigin: { description: 'Any site may read the answer: *.', schema: { type: 'string', const: '*' } },
        Link: { description: 'The next page, as `<address>; rel="next"`, when there is one.', schema: { type: 'string' } },
      },
    },
  };
}
