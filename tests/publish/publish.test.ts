import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { servedArchive } from '@/lib/content';
import { readCurrent } from '@/lib/content/published';
import { ServerError } from '@/lib/publish/publish';
import { releaseFiles } from '../helpers/site';
import { publishableSite } from './publishing';
import { standIn, type StandIn } from './stand-in';

/**
 * The whole publication, step by step, against a stand-in server: a site of two releases is built (its first
 * publication), the server starts on it; an editor adds a release and deletes one, and publishes.
 */
const site = publishableSite(releaseFiles([
  { slug: '2019-03-01-kept', title: 'ข่าวที่ยังอยู่', legacyId: 501 },
  { slug: '2019-03-02-deleted', title: 'ข่าวที่จะลบ', legacyId: 502 },
]));
const token = 'publish-test-token';
let server: StandIn;
afterAll(async () => server?.close());

describe('publish', () => {
  it('checks, records the deletion, writes the publication, has the server read it, commits it, switches the server, waits for the pages', async () => {
    const built = await site.build();
    expect(readCurrent(site.dir)).toEqual({ id: built.id });
    site.startServing();
    server = await standIn(site.root, token);
    writeFileSync(join(site.root, 'news/2019/2019-03-03-new.th.md'), `---\ntitle: "ข่าว 'ใหม่' & ล่าสุด"\ndate: 2019-03-03\n---\n\nเนื้อข่าวใหม่\n`);
    rmSync(join(site.root, 'news/2019/2019-03-02-deleted.th.md'));

    const log: string[] = [];
    const steps: string[] = [];
    const done = await site.publishTo([server.origin], token, { log: (line) => log.push(line), onStep: (step) => steps.push(step) });

    expect(done.changes).toEqual({ added: ['2019-03-03-new'], changed: [], withdrawn: [], removed: [{ slug: '2019-03-02-deleted', legacyIds: [502] }] });
    expect(done.gone).toEqual(['2019-03-02-deleted']);
    expect(steps).toEqual(['checked', 'deletions recorded', 'prepared', 'indexed', 'staged', 'committed', 'data written', 'switched', 'served', 'cleaned']);
    expect(log.map((line) => line.replace(/\d+\.\d s/, 'T s'))).toEqual([
      'content OK: 2 stories (T s)',
      `publication ${done.id} prepared: 1 of 1 story parts written (T s)`,
      `publication ${done.id} written, with its search index (T s)`,
      `${server.origin}: publication ${done.id} read in 1 ms (T s)`,
      'open data: 2019 written (T s)',
      `${server.origin}: serves publication ${done.id} (1 ms, T s)`,
    ]);
    expect(readCurrent(site.dir)).toEqual({ id: done.id, previous: built.id });
    expect(servedArchive()?.publication?.id).toBe(done.id);
    expect(readFileSync(join(site.root, 'gone.yaml'), 'utf8')).toBe(
      '# Releases that were published and deleted: their addresses answer 410 Gone. Written by npm run publish.\n2019-03-02-deleted:\n  removed: 2026-12-01\n  legacyIds: [502]\n',
    );
    // Stage, switch, then each page the publication changes, until each is served as it now is.
    expect(server.requests.filter((request) => !request.startsWith('GET /en'))).toEqual([
      'POST /api/publish',
      'POST /api/publish',
      'GET /th/news/2019-03-03-new',
      'GET /th/news/2019-03-02-deleted',
      'GET /th',
    ]);
    expect(readdirSync(site.dir).sort()).toEqual(['bodies', 'current.json', 'serving', 'stories', built.id, done.id].sort());
    // The server (in this process) holds what it serves, so that no clean-up removes it while it runs.
    expect(readFileSync(join(site.dir, 'serving', String(process.pid)), 'utf8')).toBe(done.id);
    // The open data is the publication's: the new release in, the deleted one listed apart.
    const rows = gunzipSync(readFileSync(join(site.folder, 'data', 'releases-2019.jsonl.gz'))).toString('utf8').trim().split('\n');
    expect(rows.map((line) => (JSON.parse(line) as { slug: string }).slug)).toEqual(['2019-03-03-new', '2019-03-01-kept']);
    expect(JSON.parse(readFileSync(join(site.folder, 'data', 'deleted.json'), 'utf8'))).toEqual([{ slug: '2019-03-02-deleted', deleted: '2026-12-01' }]);
  });

  it('publishes nothing new when nothing changed, and still brings every server onto the site’s publication', async () => {
    const before = readCurrent(site.dir);
    const done = await site.publishTo([server.origin], token);
    expect([done.unchanged, done.id]).toEqual([true, before!.id]);
    expect(readCurrent(site.dir)).toEqual(before);
  });

  it('stops at a server that does not answer, before anything changed, and says what the site still serves', async () => {
    const before = readCurrent(site.dir)!;
    writeFileSync(join(site.root, 'news/2019/2019-03-04-later.th.md'), '---\ntitle: "ข่าวถัดไป"\ndate: 2019-03-04\n---\n\nเนื้อข่าว\n');
    await server.close();
    const error = await site.publishTo([server.origin], token).catch((thrown: Error) => thrown);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as Error).message).toMatch(
      new RegExp(`^${server.origin}: the server did not take publication p[0-9a-z]+ \\(fetch failed\\)\\. Is it running, from this folder or with the same PUBLISH_TOKEN\\? Nothing was published: the site still serves publication ${before.id}\\.$`),
    );
    expect(readCurrent(site.dir)).toEqual(before);
    expect(servedArchive()?.publication?.id).toBe(before.id);
    expect(existsSync(join(site.dir, before.id))).toBe(true);
  });
});
