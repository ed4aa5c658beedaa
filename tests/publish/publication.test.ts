import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive, readBody, versionsOf } from '@/lib/content';
import { holdPublication, packPath, partPath, publicationPath, readCurrent, readPublicationInfo, readPublishedArchive, readPublishedArchiveWhileServing } from '@/lib/content/published';
import { PublishError } from '@/lib/publish/publish';
import { preparePublication, readRecord } from '@/lib/publish/publication';
import type { DictionaryEntry } from '@/lib/search/dictionary';
import { loadDictionary } from '@/lib/search/dictionary/load';
import { indexRecipe } from '@/lib/search/index/build';
import { releaseFiles } from '../helpers/site';
import { publishableSite } from './publishing';

const png = readFileSync('tests/fixtures/images/photo-64x40.png');

describe('a publication', () => {
  it('holds the archive as it was checked: stories, deleted releases, legacy ids, images and every body', async () => {
    const site = publishableSite({
      ...releaseFiles([
        { slug: '2019-03-01-first', title: 'ข่าวแรก', legacyId: 11, en: 'The first release', enLegacyId: 12 },
        { slug: '2019-03-02-second', title: 'ข่าวที่สอง', legacyId: 13 },
      ]),
      'news/2019/2019-03-03-pictured.th.md': '---\ntitle: "ข่าวมีภาพ"\ndate: 2019-03-03\nimage: photo.png\nimageAlt: ภาพ\n---\n\nเนื้อข่าว\n**ตัวหนา**\n',
      'news/2019/photo.png': png,
      'gone.yaml': '2019-02-01-removed:\n  removed: 2019-03-05\n  legacyIds: [400]\n',
    });
    const { id } = await site.build();
    const published = readPublishedArchive(site.dir, id);
    const checked = loadArchive(site.root).archive;
    expect(published.stories).toEqual(checked.stories);
    expect([...published.bySlug.keys()]).toEqual([...checked.bySlug.keys()]);
    expect([...published.byLegacyId].map(([legacyId, { story, lang }]) => [legacyId, story.slug, lang])).toEqual([[11, '2019-03-01-first', 'th'], [12, '2019-03-01-first', 'en'], [13, '2019-03-02-second', 'th']]);
    expect([...published.gone]).toEqual([...checked.gone]);
    expect([...published.goneByLegacyId]).toEqual([[400, '2019-02-01-removed']]);
    expect([published.agencies, published.categories]).toEqual([checked.agencies, checked.categories]);
    const [image] = [...published.media.values()];
    expect(image!.path).toBe(join(site.dir, 'media', image!.hash, 'photo.png'));
    expect(readFileSync(image!.path).equals(png)).toBe(true);
    for (const story of published.stories) for (const release of versionsOf(story)) expect(readBody(published, release)).toBe(readBody(checked, release));
    expect(readBody(published, published.bySlug.get('2019-03-03-pictured')!.th!)).toBe('\nเนื้อข่าว\n**ตัวหนา**\n');
    expect(published.publication).toEqual({ id, search: { th: expect.stringMatching(/^g[0-9a-z]+$/), en: expect.stringMatching(/^g[0-9a-z]+$/) } });
  });

  it('stores only the bytes of the files that changed; the others stay where the last one stored them', async () => {
    const site = publishableSite(releaseFiles([
      { slug: '2019-03-01-first', title: 'ข่าวแรก' },
      { slug: '2019-03-02-second', title: 'ข่าวที่สอง' },
      { slug: '2019-03-03-third', title: 'ข่าวที่สาม' },
    ]));
    const first = await site.build();
    const edited = join(site.root, 'news/2019/2019-03-02-second.th.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('เนื้อข่าว', 'เนื้อข่าวแก้'));
    const second = await site.build();
    expect(statSync(packPath(site.dir, second.id)).size).toBe(statSync(edited).size);
    const bodies = readRecord(site.dir, second.id).bodies;
    expect(Object.entries(bodies).map(([file, { pack }]) => [file, pack])).toEqual([
      ['content/news/2019/2019-03-03-third.th.md', first.id],
      ['content/news/2019/2019-03-02-second.th.md', second.id],
      ['content/news/2019/2019-03-01-first.th.md', first.id],
    ]);
  });

  it('writes every file again once most of the stored bytes are stale, and the old packs go with the publications that used them', async () => {
    const site = publishableSite(releaseFiles([
      { slug: '2019-03-01-first', title: 'ข่าวแรก' },
      { slug: '2019-03-02-second', title: 'ข่าวที่สอง' },
      { slug: '2019-03-03-third', title: 'ข่าวที่สาม' },
    ]));
    const first = await site.build();
    rmSync(join(site.root, 'news/2019/2019-03-02-second.th.md'));
    rmSync(join(site.root, 'news/2019/2019-03-03-third.th.md'));
    const second = await site.build();
    expect(new Set(Object.values(readRecord(site.dir, second.id).bodies).map(({ pack }) => pack))).toEqual(new Set([second.id]));
    // The site's publication and the one before it are kept, with their packs; older ones go.
    expect(readdirSync(join(site.dir, 'bodies')).sort()).toEqual([`${first.id}.pack`, `${second.id}.pack`]);
    writeFileSync(join(site.root, 'news/2019/2019-03-04-fourth.th.md'), '---\ntitle: "ข่าวที่สี่"\ndate: 2019-03-04\n---\n\nเนื้อข่าว\n');
    const third = await site.build();
    expect(readdirSync(join(site.dir, 'bodies')).sort()).toEqual([`${second.id}.pack`, `${third.id}.pack`]);
    expect(readdirSync(site.dir).filter((entry) => entry.startsWith('p')).sort()).toEqual([second.id, third.id]);
    expect(readCurrent(site.dir)).toEqual({ id: third.id, previous: second.id });
  });

  it('keeps its stories in parts of a month each: a new release writes its month’s part alone, and parts no kept publication uses go', async () => {
    const site = publishableSite(releaseFiles([
      { slug: '2019-02-27-february', title: 'ข่าวกุมภาพันธ์' },
      { slug: '2019-03-01-first', title: 'ข่าวแรก' },
    ]));
    const first = await site.build();
    const parts = (id: string) => readPublicationInfo(site.dir, id).parts!;
    expect(parts(first.id)).toEqual([expect.stringMatching(/^2019-03-[0-9a-f]{24}$/), expect.stringMatching(/^2019-02-[0-9a-f]{24}$/)]);
    const addRelease = (day: number) => writeFileSync(join(site.root, `news/2019/2019-03-0${day}-more.th.md`), `---\ntitle: "ข่าว ${day}"\ndate: 2019-03-0${day}\n---\n\nเนื้อข่าว\n`);
    addRelease(2);
    const second = await site.build();
    expect(parts(second.id)[0]).not.toBe(parts(first.id)[0]);
    expect(parts(second.id)[1]).toBe(parts(first.id)[1]);
    expect(readFileSync(partPath(site.dir, parts(second.id)[0]!), 'utf8').split('\n').map((line) => line.slice(0, 40))).toEqual([
      expect.stringContaining('2019-03-02-more'),
      expect.stringContaining('2019-03-01-first'),
      '',
    ]);
    addRelease(3);
    const third = await site.build();
    expect(readdirSync(join(site.dir, 'stories')).sort()).toEqual([...new Set([...parts(second.id), ...parts(third.id)])].map((part) => `${part}.jsonl`).sort());
  });

  it('is staged beside the one a server serves reading only the parts they do not share: the other stories stay the same objects', async () => {
    const site = publishableSite(releaseFiles([
      { slug: '2019-02-27-february', title: 'ข่าวกุมภาพันธ์' },
      { slug: '2019-03-01-first', title: 'ข่าวแรก' },
    ]));
    const first = await site.build();
    const served = readPublishedArchive(site.dir, first.id);
    writeFileSync(join(site.root, 'news/2019/2019-03-02-more.th.md'), '---\ntitle: "ข่าวใหม่"\ndate: 2019-03-02\n---\n\nเนื้อข่าว\n');
    const second = await site.build();
    const staged = await readPublishedArchiveWhileServing(site.dir, second.id, served);
    expect(staged).toEqual(readPublishedArchive(site.dir, second.id));
    expect(staged.bySlug.get('2019-02-27-february')).toBe(served.bySlug.get('2019-02-27-february'));
    expect(staged.bySlug.get('2019-03-01-first')).not.toBe(served.bySlug.get('2019-03-01-first'));
    expect(staged.stories.map((story) => story.slug)).toEqual(['2019-03-02-more', '2019-03-01-first', '2019-02-27-february']);
  });

  it('names the part it cannot read', async () => {
    const site = publishableSite(releaseFiles([{ slug: '2019-03-01-first', title: 'ข่าวแรก' }]));
    const { id } = await site.build();
    const part = partPath(site.dir, readPublicationInfo(site.dir, id).parts![0]!);
    writeFileSync(part, readFileSync(part, 'utf8').trimEnd());
    expect(() => readPublishedArchive(site.dir, id)).toThrow(`${part}: cut short; publish again`);
  });

  it('is kept while a running server holds it, though it missed the switches since', async () => {
    const site = publishableSite(releaseFiles([{ slug: '2019-03-01-first', title: 'ข่าวแรก' }]));
    const first = await site.build();
    // A server no publication asked (another folder's, a test's) started serving the first one, and still runs.
    const server = spawn('sleep', ['60']);
    await once(server, 'spawn');
    holdPublication(site.dir, first.id, server.pid);
    const addRelease = (day: number) => writeFileSync(join(site.root, `news/2019/2019-03-0${day}-more.th.md`), `---\ntitle: "ข่าว ${day}"\ndate: 2019-03-0${day}\n---\n\nเนื้อข่าว\n`);
    addRelease(2);
    const second = await site.build();
    addRelease(3);
    const third = await site.build();
    expect(readdirSync(site.dir).filter((entry) => entry.startsWith('p')).sort()).toEqual([first.id, second.id, third.id]);
    expect(readPublishedArchive(site.dir, first.id).stories).toHaveLength(1);
    // Once it has ended, the next clean-up removes what only it held, and its lease.
    server.kill();
    await once(server, 'exit');
    addRelease(4);
    const fourth = await site.build();
    expect(readdirSync(site.dir).filter((entry) => entry.startsWith('p')).sort()).toEqual([third.id, fourth.id]);
    expect(readdirSync(join(site.dir, 'serving'))).toEqual([]);
  });

  it('stops when a file changed after it was checked, leaving nothing of itself', async () => {
    const site = publishableSite(releaseFiles([{ slug: '2019-03-01-first', title: 'ข่าวแรก' }]));
    const { archive, cache } = loadArchive(site.root);
    const file = join(site.root, 'news/2019/2019-03-01-first.th.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('เนื้อข่าว', 'เนื้อข่าวที่ยังไม่ได้ตรวจ'));
    const run = () => preparePublication(site.dir, 'p1', archive, (absolute) => cache.hashOf(absolute));
    expect(run).toThrow(new PublishError('content/news/2019/2019-03-01-first.th.md: changed while it was being published; nothing was published. Run npm run publish again'));
    expect([existsSync(publicationPath(site.dir, 'p1')), existsSync(packPath(site.dir, 'p1')), existsSync(join(site.dir, 'stories'))]).toEqual([false, false, false]);
  });
});

describe('the same content published again', () => {
  it('is no new publication, unless the site’s search index is of another format: then it is published again with a new one', async () => {
    const site = publishableSite(releaseFiles([{ slug: '2019-03-01-first', title: 'ข่าวแรก' }]));
    const first = await site.build();
    expect(await site.build()).toMatchObject({ id: first.id, unchanged: true });
    const manifest = join(site.options.indexOut, 'th', readPublishedArchive(site.dir, first.id).publication!.search.th!, 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"version":\d+/, '"version":6'));
    const again = await site.build();
    expect(again.unchanged).toBe(false);
    expect(readCurrent(site.dir)).toEqual({ id: again.id, previous: first.id });
  });

  it('is published again with a new search index when the index was built with another dictionary', async () => {
    const site = publishableSite(releaseFiles([{ slug: '2019-03-01-first', title: 'ข่าวแรก' }]));
    const first = await site.build();
    const manifest = join(site.options.indexOut, 'en', readPublishedArchive(site.dir, first.id).publication!.search.en!, 'manifest.json');
    expect(readFileSync(manifest, 'utf8')).toContain(`"recipe":"${indexRecipe()}"`);
    const added: DictionaryEntry = { forms: ['ผู้ประสบอุทกภัย', 'คนโดนน้ำท่วม'], kind: 'everyday', source: 'list:everyday' };
    const edited = [...loadDictionary(), added];
    expect(indexRecipe(edited)).not.toBe(indexRecipe());
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(indexRecipe(), indexRecipe(edited)));
    const again = await site.build();
    expect(again.unchanged).toBe(false);
    expect(readCurrent(site.dir)).toEqual({ id: again.id, previous: first.id });
  });
});
