import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it, vi } from 'vitest';

// The document names the server at SITE_URL; linted as production serves it, not at the checkout's localhost.
vi.hoisted(() => {
  process.env.SITE_URL = 'https://news.thaigov.go.th';
});
const { openApiDocument } = await import('@/lib/api/openapi');

describe('the OpenAPI document', () => {
  it("passes Redocly's recommended-strict rules with no problem", async () => {
    const config = await createConfig({ extends: ['recommended-strict'] });
    const problems = await lintFromString({ source: JSON.stringify(openApiDocument(), null, 1), absoluteRef: 'openapi.json', config });
    expect(problems.map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`)).toEqual([]);
  });

  it('documents every list filter from the query schema, with its type', () => {
    const parameters = openApiDocument().paths['/releases'].get.parameters;
    expect(parameters.map(({ name, schema }) => `${name}: ${JSON.stringify(schema)}`)).toEqual([
      'lang: {"type":"string","enum":["th","en"]}',
      'year: {"type":"integer","minimum":1000,"maximum":9999}',
      'month: {"type":"integer","minimum":1,"maximum":12}',
      'agency: {"type":"string","pattern":"^[a-z0-9-]+$"}',
      'category: {"type":"string","pattern":"^[a-z0-9-]+$"}',
      expect.stringMatching(/^updatedSince: \{"type":"string","format":"date","pattern":/),
      'cursor: {"type":"string","pattern":"^[A-Za-z0-9_-]+$"}',
      'limit: {"default":20,"type":"integer","minimum":1,"maximum":100}',
    ]);
    expect(openApiDocument().servers).toEqual([{ url: 'https://news.thaigov.go.th/api/v1' }]);
  });
});
