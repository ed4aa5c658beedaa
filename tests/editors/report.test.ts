import { describe, expect, it } from 'vitest';
import { editorReport, formatEditorReport } from '@/lib/content/report';
import { releaseFiles, testSite } from '../helpers/site';

describe('the editor report', () => {
  it('counts languages per year and lists translations older than a correction of their original', () => {
    const { archive, errors } = testSite(
      releaseFiles([
        { slug: '2019-03-01-a', title: 'ก', en: 'A' },
        { slug: '2019-03-02-b', title: 'ข' },
        { slug: '2018-05-01-c', title: 'ค', en: 'C' },
      ]),
    );
    expect(errors).toEqual([]);
    // The Thai original of 2019-03-01-a is corrected after its translation was written.
    const th = archive.bySlug.get('2019-03-01-a')!.th!;
    archive.bySlug.get('2019-03-01-a')!.th = { ...th, updated: [{ date: '2019-03-04', note: 'แก้ตัวเลข' }] };
    const report = editorReport(archive);
    expect(formatEditorReport(report)).toEqual([
      'year  Thai only  English only  paired',
      '2019          1             0       1',
      '2018          0             0       1',
      '',
      '1 translation(s) older than a correction of the other version:',
      '  2019-03-01-a: th changed 2019-03-04, en last changed 2019-03-01',
    ]);
  });
});
