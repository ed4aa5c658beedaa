import { mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateSearchIndex } from '@/lib/search/index/update';
import { releaseFiles, testSite } from '../helpers/site';

describe('npm run build:search', () => {
  it('finds its cache again in a release folder renamed after its build, as a deployment names it', async () => {
    const site = testSite(releaseFiles([
      { slug: '2019-03-01-first', title: 'ข่าวแรก' },
      { slug: '2019-03-02-second', title: 'ข่าวที่สอง' },
    ]));
    const releases = join(dirname(site.root), 'releases');
    /** Builds the index in a release folder (its `.cache` and `public/search-index`); how many releases were analyzed. */
    const analyzedIn = async (release: string) => {
      let analyzed = 0;
      await updateSearchIndex(site.archive, {
        out: join(release, 'public/search-index'),
        cacheDir: join(release, '.cache'),
        onLanguage: (_, stats) => (analyzed += stats.analyzed),
      });
      return analyzed;
    };
    mkdirSync(join(releases, 'unbuilt'), { recursive: true });
    expect(await analyzedIn(join(releases, 'unbuilt'))).toBe(2);
    renameSync(join(releases, 'unbuilt'), join(releases, 'b1'));
    expect(await analyzedIn(join(releases, 'b1'))).toBe(0);
  });
});
