import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesToPublish, publishedRecordFile, recordDeletions, recordPublished } from '@/lib/publish/changes';
import { archiveOf, releaseFiles, testSite } from '../helpers/site';

describe('what a publication changes', () => {
  it('is measured against the record the last build or publication left', () => {
    const { root, archive } = testSite(releaseFiles([{ slug: '2019-03-01-kept', title: 'ข่าวเดิม', legacyId: 1 }]));
    recordPublished(root, archiveOf([{ slug: '2019-03-01-kept', title: 'ข่าวเดิม', legacyId: 1 }, { slug: '2019-02-01-gone', title: 'ข่าวที่ลบ', legacyId: 2 }]));
    expect(changesToPublish(root, archive)).toEqual({ changes: { added: [], changed: [], withdrawn: [], removed: [{ slug: '2019-02-01-gone', legacyIds: [2] }] }, firstTime: false });
    rmSync(publishedRecordFile(root));
  });

  it('takes every release as published when no record was left (the first publication from a folder)', () => {
    const { root, archive } = testSite(releaseFiles([{ slug: '2019-03-01-kept', title: 'ข่าวเดิม' }]));
    expect(changesToPublish(root, archive)).toEqual({ changes: { added: [], changed: [], withdrawn: [], removed: [] }, firstTime: true });
  });
});

describe('recording the deletions', () => {
  it('lists each deleted release in the content root’s gone.yaml, once', () => {
    const { root } = testSite({});
    expect(recordDeletions(root, [{ slug: '2019-02-01-gone', legacyIds: [2] }], '2026-12-01')).toEqual(['2019-02-01-gone']);
    expect(recordDeletions(root, [{ slug: '2019-02-01-gone', legacyIds: [2] }], '2026-12-02')).toEqual([]);
    expect(readFileSync(join(root, 'gone.yaml'), 'utf8')).toBe(
      '# Releases that were published and deleted: their addresses answer 410 Gone. Written by npm run publish.\n2019-02-01-gone:\n  removed: 2026-12-01\n  legacyIds: [2]\n',
    );
  });
});
