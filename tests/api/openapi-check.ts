import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';
import { API_BASE } from '@/lib/api/addresses';
import { openApiDocument } from '@/lib/api/openapi';

/**
 * Checks an API answer against the OpenAPI document: the operation its path and method name, a status the operation
 * lists, the content type it lists for that status, the body against that content's schema (ajv, JSON Schema
 * 2020-12, formats checked), and the headers it lists. Every answer the API tests get goes through it.
 */

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
type Json = Record<string, unknown>;
type Operation = { responses: Record<string, { content?: Record<string, { schema: Json }>; headers?: Record<string, unknown> }> };

const document = openApiDocument();
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
ajv.addKeyword('x-description-th');
/** Each component schema under its own id (`ReleasePage.json`), with `#/components/schemas/X` refs pointed at them. */
const rewrite = (value: unknown): unknown =>
  typeof value === 'string' ? value.replace(/^#\/components\/schemas\/(\w+)$/, '$1.json') : Array.isArray(value) ? value.map(rewrite) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)])) : value;
for (const [name, schema] of Object.entries(document.components.schemas)) ajv.addSchema({ ...(rewrite(schema) as Json), $id: `${name}.json` });

/** The operation of a path under `/api/v1` (`/releases/2018-12-07-x` → `/releases/{slug}`). */
function operationOf(path: string): { template: string; operation: Operation } {
  const local = path.slice(API_BASE.length);
  for (const [template, item] of Object.entries(document.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (pattern.test(local)) return { template, operation: (item as { get: Operation }).get };
  }
  throw new Error(`${path} is in no path of the OpenAPI document`);
}

/**
 * Asserts that `response` (to GET `url`) is one the document describes, and returns its parsed body (undefined for 304).
 * @example const page = await checkedBody('/api/v1/releases?lang=th', response)
 */
export async function checkedBody<T = Json>(url: string, response: Response): Promise<T> {
  const { pathname } = new URL(url, 'http://localhost');
  const { template, operation } = operationOf(pathname);
  const documented = operation.responses[String(response.status)];
  expect(documented, `${template}: status ${response.status} is not documented`).toBeDefined();
  for (const header of Object.keys(documented!.headers ?? {})) {
    if (header === 'Link') continue;
    expect(response.headers.get(header), `${template} ${response.status}: header ${header}`).not.toBeNull();
  }
  const text = await response.text();
  if (!documented!.content) {
    expect(text).toBe('');
    return undefined as T;
  }
  const [type, { schema }] = Object.entries(documented!.content)[0]!;
  expect(response.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
  const body: unknown = JSON.parse(text);
  const validate = ajv.compile(rewrite(schema) as Json);
  expect(validate(body) ? [] : validate.errors, `${template} ${response.status}: the body does not match its schema`).toEqual([]);
  return body as T;
}
