import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '@/lib/content';
import { changesToPublish, publishedRecord, publishedRecordFile, recordDeletions } from '@/lib/publish/changes';
import { readRecord } from '@/lib/publish/publication';
import { archiveOf, releaseFiles, testSite } from '../helpers/site';
import { publishableSite } from './publishing';

describe('what a publication changes', () => {
  it('is measured against the site’s publication, the text of each release included', async () => {
    const site = publishableSite(releaseFiles([
      { slug: '2019-03-01-kept', title: 'ข่าวเดิม', legacyId: 1 },
      { slug: '2019-03-02-text-edited', title: 'ข่าวที่แก้เนื้อหา', legacyId: 2 },
      { slug: '2019-02-01-gone', title: 'ข่าวที่ลบ', legacyId: 3 },
    ]));
    const { id } = await site.build();
    const file = join(site.root, 'news/2019/2019-03-02-text-edited.th.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('เนื้อข่าว', 'เนื้อข่าวที่แก้แล้ว'));
    rmSync(join(site.root, 'news/2019/2019-02-01-gone.th.md'));
    const { archive, cache } = loadArchive(site.root);
    expect(changesToPublish(site.root, archive, readRecord(site.dir, id), (absolute) => cache.hashOf(absolute))).toEqual({
      changes: { added: [], changed: ['2019-03-02-text-edited'], withdrawn: [], removed: [{ slug: '2019-02-01-gone', legacyIds: [3] }] },
      firstTime: false,
    });
  });

  it('is measured against the record builds kept before publications, when there is no publication yet', () => {
    const { root, archive } = testSite(releaseFiles([{ slug: '2019-03-01-kept', title: 'ข่าวเดิม', legacyId: 1 }]));
    const before = archiveOf([{ slug: '2019-03-01-kept', title: 'ข่าวเดิม', legacyId: 1 }, { slug: '2019-02-01-gone', title: 'ข่าวที่ลบ', legacyId: 2 }]);
    mkdirSync(dirname(publishedRecordFile(root)), { recursive: true });
    writeFileSync(publishedRecordFile(root), JSON.stringify(publishedRecord(before)));
    expect(changesToPublish(root, archive)).toEqual({ changes: { added: [], changed: [], withdrawn: [], removed: [{ slug: '2019-02-01-gone', legacyIds: [2] }] }, firstTime: false });
    rmSync(publishedRecordFile(root));
  });

  it('takes every release as published when there is neither (a folder never built or published)', () => {
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
