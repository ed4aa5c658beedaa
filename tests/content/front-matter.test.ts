import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { FrontMatterError, frontMatterOptions, readFrontMatter } from '@/lib/content/front-matter';

const marker = globalThis as { frontMatterRan?: number };

describe('gray-matter with the project options', () => {
  afterEach(() => {
    delete marker.frontMatterRan;
  });

  it.each(['js', 'javascript', 'JS', 'coffee', 'coffeescript', 'cson'])('refuses ---%s front matter without running it', (language) => {
    const text = `---${language}\n{title: (globalThis.frontMatterRan = 1, "x")}\n---\nbody`;
    expect(() => matter(text, frontMatterOptions)).toThrow(FrontMatterError);
    expect(() => matter(text, frontMatterOptions)).toThrow('front matter: only YAML is read; start the file with a line "---", not "---js" or another language');
    expect(marker.frontMatterRan).toBeUndefined();
  });

  it('reads YAML front matter with dates kept as text', () => {
    expect(readFrontMatter('---\ntitle: ข่าว\ndate: 2018-12-07\n---\nเนื้อข่าว\n')).toEqual({ data: { title: 'ข่าว', date: '2018-12-07' }, content: 'เนื้อข่าว\n' });
  });
});
