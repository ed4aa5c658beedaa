import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchive } from '@/lib/content';
import { publish, ServerError } from '@/lib/publish';
import { publishedRecord, publishedRecordFile, readPublished, recordPublished } from '@/lib/publish/changes';
import { releaseFiles, testSite } from '../helpers/site';
import { standIn, type StandIn } from './stand-in';

/**
 * The whole publication, step by step, against a stand-in server: a site of two releases is published once by its
 * build, then an editor adds a release and deletes one, and publishes.
 */
const site = testSite(releaseFiles([
  { slug: '2019-03-01-kept', title: 'ข่าวที่ยังอยู่', legacyId: 501 },
  { slug: '2019-03-02-deleted', title: 'ข่าวที่จะลบ', legacyId: 502 },
]));
const indexOut = join(dirname(site.root), 'search-index');
const token = 'publish-test-token';
let server: StandIn;

afterAll(async () => {
  await server?.close();
  rmSync(publishedRecordFile(site.root), { force: true });
});

describe('publish', () => {
  it('checks, records the deletion, updates the search index, has the server reload, waits for the pages, records', async () => {
    recordPublished(site.root, site.archive); // what the build left
    server = await standIn(site.root, token);
    writeFileSync(join(site.root, 'news/2019/2019-03-03-new.th.md'), `---\ntitle: "ข่าว 'ใหม่' & ล่าสุด"\ndate: 2019-03-03\n---\n\nเนื้อข่าวใหม่\n`);
    rmSync(join(site.root, 'news/2019/2019-03-02-deleted.th.md'));

    const log: string[] = [];
    const done = await publish({ root: site.root, indexOut, servers: [server.origin], token, timeoutMs: 10_000, today: '2026-12-01', log: (line) => log.push(line) });

    expect(done.changes).toEqual({ added: ['2019-03-03-new'], changed: [], withdrawn: [], removed: [{ slug: '2019-03-02-deleted', legacyIds: [502] }] });
    expect(done.gone).toEqual(['2019-03-02-deleted']);
    expect(done.firstTime).toBe(false);
    expect(log.map((line) => line.replace(/\d+\.\d s/, 'T s'))).toEqual([
      'content OK: 2 stories (T s)',
      'search index updated (T s)',
      `${server.origin}: archive reloaded in 1 ms (T s)`,
    ]);
    expect(readFileSync(join(site.root, 'gone.yaml'), 'utf8')).toBe(
      '# Releases that were published and deleted: their addresses answer 410 Gone. Written by npm run publish.\n2019-03-02-deleted:\n  removed: 2026-12-01\n  legacyIds: [502]\n',
    );
    expect(JSON.parse(readFileSync(join(indexOut, 'th', 'manifest.json'), 'utf8'))).toMatchObject({ lang: 'th', docs: 2 });
    // The reload first, then each page the publication changes, until each is served as it now is.
    expect(server.requests.filter((request) => !request.startsWith('GET /en'))).toEqual([
      'POST /api/publish',
      'GET /th/news/2019-03-03-new',
      'GET /th/news/2019-03-02-deleted',
      'GET /th',
    ]);
    expect(readPublished(site.root)).toEqual(publishedRecord(loadArchive(site.root).archive));
  });

  it('stops at a server that does not answer, without recording the publication', async () => {
    const before = readPublished(site.root);
    writeFileSync(join(site.root, 'news/2019/2019-03-04-later.th.md'), '---\ntitle: "ข่าวถัดไป"\ndate: 2019-03-04\n---\n\nเนื้อข่าว\n');
    await server.close();
    await expect(publish({ root: site.root, indexOut, servers: [server.origin], token, timeoutMs: 1000 })).rejects.toThrow(
      new ServerError(`${server.origin}: the server did not take the publication (fetch failed). Is it running, from this folder or with the same PUBLISH_TOKEN?`),
    );
    expect(readPublished(site.root)).toEqual(before);
  });
});
