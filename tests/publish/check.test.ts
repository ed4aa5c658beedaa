import { describe, expect, it } from 'vitest';
import { checkContent, ContentCheckError } from '@/lib/publish/check';
import { releaseFiles, testSite } from '../helpers/site';

describe('the check before a publication', () => {
  it('gives the archive of valid content', () => {
    const { root } = testSite(releaseFiles([{ slug: '2019-03-01-first', title: 'ข่าวแรก' }, { slug: '2019-03-02-second', title: 'ข่าวที่สอง' }]));
    expect(checkContent(root).archive.stories.map((story) => story.slug)).toEqual(['2019-03-02-second', '2019-03-01-first']);
  });

  it('stops with every problem at its line, saying that nothing was published', () => {
    const { root } = testSite({
      ...releaseFiles([{ slug: '2019-03-01-first', title: 'ข่าวแรก' }]),
      'news/2019/2019-03-02-bad.th.md': '---\ntitle: "ข่าว"\ndate: 2019-03-02\ncatgory: x\n---\n\nเนื้อข่าว\n',
      'gone.yaml': 'Not A Slug:\n  removed: 2019-03-05\n',
    });
    const error = (() => {
      try {
        checkContent(root);
      } catch (thrown) {
        return thrown as ContentCheckError;
      }
    })();
    expect(error).toBeInstanceOf(ContentCheckError);
    expect(error!.message).toBe(
      [
        'content/gone.yaml:1: Not A Slug: not a release slug: write one such as 2018-12-07-telmin-18',
        'content/news/2019/2019-03-02-bad.th.md:4: catgory: unknown field (fields are title, date, agency, category, tags, summary, source, legacyId, updated, withdrawn, image, imageAlt, imageCaption)',
        '',
        '2 problem(s) found; nothing was published. Fix them and run npm run publish again.',
      ].join('\n'),
    );
  });
});
