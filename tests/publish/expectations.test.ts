import { describe, expect, it } from 'vitest';
import { expectationsFor, meets } from '@/lib/publish/expectations';
import { testSite } from '../helpers/site';
import { readFileSync } from 'node:fs';

const png = readFileSync('tests/fixtures/images/photo-64x40.png');

describe('what a publication must show', () => {
  it('lists each changed page in both languages with its title, its image, each deleted address as 410 and the home pages', () => {
    const { archive, errors } = testSite({
      'news/2019/2019-03-05-new.th.md': '---\ntitle: "ข่าวใหม่ \'ล่าสุด\'"\ndate: 2019-03-05\nimage: photo.png\nimageAlt: ภาพ\n---\n\nเนื้อข่าว\n',
      'news/2019/photo.png': png,
      'news/2019/2019-03-01-edited.en.md': '---\ntitle: "An edited release"\ndate: 2019-03-01\n---\n\nText\n',
    });
    expect(errors).toEqual([]);
    const image = archive.bySlug.get('2019-03-05-new')!.th!.imageFile!.src;
    expect(image).toMatch(/^\/media\/[0-9a-f]{16}\/photo\.png$/);
    expect(expectationsFor(archive, { added: ['2019-03-05-new'], changed: ['2019-03-01-edited'], withdrawn: [], removed: [{ slug: '2019-02-01-deleted', legacyIds: [4] }] })).toEqual([
      { path: '/th/news/2019-03-05-new', status: 200, holds: "ข่าวใหม่ 'ล่าสุด'" },
      { path: '/en/news/2019-03-05-new', status: 200, holds: "ข่าวใหม่ 'ล่าสุด'" },
      { path: image, status: 200 },
      { path: '/th/news/2019-03-01-edited', status: 200, holds: 'An edited release' },
      { path: '/en/news/2019-03-01-edited', status: 200, holds: 'An edited release' },
      { path: '/th/news/2019-02-01-deleted', status: 410 },
      { path: '/th', status: 200, holds: 'href="/th/news/2019-03-05-new"' },
      { path: '/en', status: 200, holds: 'href="/en/news/2019-03-05-new"' },
    ]);
  });

  it('is met by a page whose text holds the title however React escaped it, with the right status', () => {
    const expectation = { path: '/th/news/x', status: 200, holds: `ข่าว 'ใหม่' & "อื่น" <ๆ>` };
    expect(meets(expectation, 200, '<h1>ข่าว &#x27;ใหม่&#x27; &amp; &quot;อื่น&quot; &lt;ๆ&gt;</h1>')).toBe(true);
    expect(meets(expectation, 404, '<h1>ข่าว &#x27;ใหม่&#x27; &amp; &quot;อื่น&quot; &lt;ๆ&gt;</h1>')).toBe(false);
    expect(meets(expectation, 200, '<h1>ข่าวเก่า</h1>')).toBe(false);
    expect(meets({ path: '/th/news/y', status: 410 }, 410, '')).toBe(true);
  });
});
