import { describe, expect, it } from 'vitest';
import { formatContentError, parseReleaseFile } from '@/lib/content';
import { frontMatterFields } from '@/lib/content/schema';

const known = { agencies: ['mdes'], categories: ['government-house'] };
const file = 'content/news/2018/2018-12-07-telmin-18.th.md';

describe('the unknown-field message', () => {
  it('lists the fields the schema accepts, in its order', () => {
    expect(frontMatterFields).toEqual(['title', 'date', 'agency', 'category', 'tags', 'summary', 'source', 'legacyId', 'updated', 'withdrawn', 'image', 'imageAlt', 'imageCaption']);
    const result = parseReleaseFile(file, '---\ntitle: TELMIN\ndate: 2018-12-07\ncatgory: x\n---\n\ntext\n', known);
    expect(result.errors.map(formatContentError)).toEqual([
      `${file}:4: catgory: unknown field (fields are title, date, agency, category, tags, summary, source, legacyId, updated, withdrawn, image, imageAlt, imageCaption)`,
    ]);
  });
});
