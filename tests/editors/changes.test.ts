import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesSince, publishedRecord } from '@/lib/publish/changes';
import { archiveOf, testSite, releaseFiles } from '../helpers/site';
import { publishableSite } from '../publish/publishing';

describe('changesSince', () => {
  it('finds new, changed, withdrawn and deleted releases since the last publication, with the legacy ids of the deleted', () => {
    const before = archiveOf([
      { slug: '2019-03-01-kept', title: 'ข่าวเดิม', legacyId: 1 },
      { slug: '2019-03-02-edited', title: 'ข่าวก่อนแก้', legacyId: 2 },
      { slug: '2019-03-03-pulled', title: 'ข่าวที่จะถอน', legacyId: 3 },
      { slug: '2019-03-04-deleted', title: 'ข่าวที่จะลบ', legacyId: 4, en: 'To be deleted' },
    ]);
    const files = releaseFiles([
      { slug: '2019-03-01-kept', title: 'ข่าวเดิม', legacyId: 1 },
      { slug: '2019-03-02-edited', title: 'ข่าวหลังแก้', legacyId: 2 },
      { slug: '2019-03-03-pulled', title: 'ข่าวที่จะถอน', legacyId: 3, withdrawn: { date: '2019-03-06', reason: 'ยกเลิก' } },
      { slug: '2019-03-05-new', title: 'ข่าวใหม่' },
    ]);
    const { archive, errors } = testSite(files);
    expect(errors).toEqual([]);
    expect(changesSince(publishedRecord(before), archive)).toEqual({
      added: ['2019-03-05-new'],
      changed: ['2019-03-02-edited'],
      withdrawn: ['2019-03-03-pulled'],
      removed: [{ slug: '2019-03-04-deleted', legacyIds: [4] }],
    });
    expect(changesSince(publishedRecord(archive), archive)).toEqual({ added: [], changed: [], withdrawn: [], removed: [] });
  });
});

describe('the record of what the site serves', () => {
  it('is the build’s publication, so a release deleted before the first npm run publish is still found deleted', async () => {
    const site = publishableSite(releaseFiles([
      { slug: '2019-03-01-kept', title: 'ข่าวเดิม', legacyId: 1 },
      { slug: '2019-03-02-deleted', title: 'ข่าวที่จะลบ', legacyId: 2 },
    ]));
    await site.build();
    rmSync(join(site.root, 'news/2019/2019-03-02-deleted.th.md'));
    const rebuilt = await site.build();
    expect(rebuilt.changes).toEqual({ added: [], changed: [], withdrawn: [], removed: [{ slug: '2019-03-02-deleted', legacyIds: [2] }] });
    expect([...rebuilt.archive.gone.keys()]).toEqual(['2019-03-02-deleted']);
  });
});
