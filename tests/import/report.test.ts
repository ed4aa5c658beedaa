import { describe, expect, it } from 'vitest';
import { defaultReportFile, ImportTally } from '@/lib/import/report';

const run = { inputs: ['corpus.tar.xz'], out: 'content', dryRun: false, force: false, sample: null };

describe('ImportTally', () => {
  it('counts each page read exactly once, so the counts reconcile', () => {
    const tally = new ImportTally(run);
    tally.ignoredEntry('corpus.tar.xz:README.md', 'file');
    tally.ignoredEntry('corpus.tar.xz:2018/', 'folder');
    tally.ignoredEntry('corpus.tar.xz:latest.txt', 'link');
    tally.rejected('corpus.tar.xz:a.txt', 'too-short', 'the release has 12 characters of text');
    tally.rejected('corpus.tar.xz:b.txt', 'too-short', 'the release has 3 characters of text');
    tally.rejected('corpus.tar.xz:c.txt', 'no-url', 'no URL line');
    tally.duplicate('corpus.tar.xz:d.txt', 1113, 'corpus.tar.xz:e.txt');
    tally.accepted();
    tally.imported('content/news/2018/2018-12-07-17391.th.md', { lang: 'th', agency: 'mdes', category: 'society', tagged: true }, 'written');
    tally.accepted();
    tally.imported('content/news/2019/2019-11-16-24611.en.md', { lang: 'en', category: 'economy', tagged: false }, 'unchanged');

    expect(tally.report).toEqual({
      ...run,
      counts: {
        read: 6, imported: 2, rejected: 3, duplicates: 1, notSampled: 0, ignored: 1, folders: 1, links: 1, otherEntries: 0,
        written: 1, overwritten: 0, unchanged: 1, kept: 0, withAgency: 1, withCategory: 2, withTags: 1,
        languages: { th: 1, en: 1 }, pairs: 0, likelyPairs: 0,
      },
      rejectedByReason: { 'too-short': 2, 'no-url': 1 },
      rejects: [
        { file: 'corpus.tar.xz:a.txt', reason: 'too-short', message: 'the release has 12 characters of text' },
        { file: 'corpus.tar.xz:b.txt', reason: 'too-short', message: 'the release has 3 characters of text' },
        { file: 'corpus.tar.xz:c.txt', reason: 'no-url', message: 'no URL line' },
      ],
      duplicates: [{ file: 'corpus.tar.xz:d.txt', legacyId: 1113, of: 'corpus.tar.xz:e.txt' }],
      pairs: [],
      likelyPairs: [],
      kept: [],
      ignored: ['corpus.tar.xz:README.md', 'corpus.tar.xz:latest.txt'],
    });
  });

  it('lists the files an editor changed that were kept, and counts overwrites apart', () => {
    const tally = new ImportTally({ ...run, force: false });
    for (const outcome of ['kept', 'overwritten', 'written'] as const) {
      tally.accepted();
      tally.imported(`content/news/2020/2020-05-12-${outcome}.th.md`, { lang: 'th', tagged: false }, outcome);
    }
    expect(tally.report.kept).toEqual(['content/news/2020/2020-05-12-kept.th.md']);
    expect(tally.report.counts).toMatchObject({ read: 3, imported: 3, written: 1, overwritten: 1, unchanged: 0, kept: 1 });
  });

  it('counts the accepted pages a sample did not pick as not sampled', () => {
    const tally = new ImportTally({ ...run, sample: 2 });
    for (let i = 0; i < 5; i += 1) tally.accepted();
    tally.sampled(2);
    tally.imported('content/news/2016/2016-12-26-1113.th.md', { lang: 'th', tagged: false }, 'written');
    tally.imported('content/news/2017/2017-04-28-3382.th.md', { lang: 'th', tagged: false }, 'written');
    const { counts } = tally.report;
    expect(counts).toMatchObject({ read: 5, imported: 2, notSampled: 3 });
    expect(counts.read).toBe(counts.imported + counts.rejected + counts.duplicates + counts.notSampled);
  });
});

describe('defaultReportFile', () => {
  it('is a file of its own per run in git-ignored .cache/, named by UTC time', () => {
    expect(defaultReportFile(new Date('2026-12-01T08:53:07.120Z'))).toBe('.cache/import-report-2026-12-01T085307Z.json');
  });
});
