import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordGone } from '@/lib/content/gone';
import { releaseFiles, testSite } from '../helpers/site';

const live = releaseFiles([{ slug: '2019-03-01-live', title: 'ข่าวที่ยังอยู่', legacyId: 500 }]);

describe('gone.yaml', () => {
  it('lists deleted releases by slug and their legacy ids; a slug published again is live, not gone', () => {
    const { archive, errors } = testSite({
      ...live,
      'gone.yaml': '2019-02-01-removed:\n  removed: 2019-03-05\n  legacyIds: [400, 401]\n2019-03-01-live:\n  removed: 2019-03-02\n  legacyIds: [500]\n',
    });
    expect(errors).toEqual([]);
    expect([...archive.gone]).toEqual([['2019-02-01-removed', { removed: '2019-03-05', legacyIds: [400, 401] }]]);
    expect([...archive.goneByLegacyId]).toEqual([
      [400, '2019-02-01-removed'],
      [401, '2019-02-01-removed'],
    ]);
    expect(archive.byLegacyId.get(500)?.story.slug).toBe('2019-03-01-live');
  });

  it('reports a bad entry at its line', () => {
    const { errors } = testSite({ ...live, 'gone.yaml': '2019-02-01-removed:\n  removed: 2019-03-05\nNot A Slug:\n  removed: 2019-03-05\n' });
    expect(errors).toEqual(['content/gone.yaml:3: Not A Slug: not a release slug: write one such as 2018-12-07-telmin-18']);
  });

  it('is appended to by recordGone, which keeps what is there and skips a slug already listed', () => {
    const { root } = testSite(live);
    const file = join(root, 'gone.yaml');
    expect(recordGone(file, [{ slug: '2019-02-01-a', legacyIds: [7] }], '2019-03-05')).toEqual(['2019-02-01-a']);
    expect(recordGone(file, [{ slug: '2019-02-01-a', legacyIds: [7] }, { slug: '2019-02-02-b', legacyIds: [] }], '2019-03-06')).toEqual(['2019-02-02-b']);
    expect(readFileSync(file, 'utf8')).toBe(
      '# Releases that were published and deleted: their addresses answer 410 Gone. Written by npm run publish.\n' +
        '2019-02-01-a:\n  removed: 2019-03-05\n  legacyIds: [7]\n2019-02-02-b:\n  removed: 2019-03-06\n',
    );
  });
});
