import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getArchive, readBody, servedArchive } from '@/lib/content';
import { answerStep } from '@/lib/publish/serving';
import { releaseFiles } from '../helpers/site';
import { publishableSite } from './publishing';

const slot = globalThis as Record<symbol, unknown>;
const forget = () => {
  delete slot[Symbol.for('thaigov-news-archive.archive')];
  delete slot[Symbol.for('thaigov-news-archive.staged-publication')];
};
afterEach(() => {
  vi.unstubAllEnvs();
  forget();
});

/** A server started on `site`: a production process whose content root it is (`getArchive`, as at start). */
function startServer(root: string) {
  forget();
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubEnv('CONTENT_DIR', root);
  return getArchive();
}

describe('what a production server serves', () => {
  const files = {
    ...releaseFiles([
      { slug: '2019-03-01-live', title: 'ข่าวที่เผยแพร่แล้ว', legacyId: 701 },
      { slug: '2019-03-02-moved', title: 'ข่าวที่จะย้าย', legacyId: 702 },
    ]),
    'gone.yaml': '2019-02-01-removed:\n  removed: 2019-03-05\n  legacyIds: [700]\n',
  };

  it('is the site’s publication, never what an editor saved since: a failing edit, a file moved out, a broken gone.yaml', async () => {
    const site = publishableSite(files);
    const { id } = await site.build();
    const live = join(site.root, 'news/2019/2019-03-01-live.th.md');
    writeFileSync(live, readFileSync(live, 'utf8').replace('title: "ข่าวที่เผยแพร่แล้ว"', 'title: ""').replace('เนื้อข่าว', 'ข้อความที่ยังไม่ตรวจ'));
    renameSync(join(site.root, 'news/2019/2019-03-02-moved.th.md'), join(site.folder, 'moved.th.md'));
    appendFileSync(join(site.root, 'gone.yaml'), 'broken: [\n');

    const archive = startServer(site.root);
    expect(archive.publication?.id).toBe(id);
    const story = archive.bySlug.get('2019-03-01-live')!;
    expect([story.th!.title, readBody(archive, story.th!)]).toEqual(['ข่าวที่เผยแพร่แล้ว', '\nเนื้อข่าว ข่าวที่เผยแพร่แล้ว\n']);
    expect(readBody(archive, archive.bySlug.get('2019-03-02-moved')!.th!)).toBe('\nเนื้อข่าว ข่าวที่จะย้าย\n');
    expect([...archive.gone.keys()]).toEqual(['2019-02-01-removed']);
  });

  it('is the content folder itself when it was never built or published there', () => {
    const site = publishableSite(files);
    const archive = startServer(site.root);
    expect([archive.publication, archive.stories.length]).toEqual([undefined, 2]);
  });
});

describe('the two steps a server takes (POST /api/publish)', () => {
  it('reads a publication beside the one it serves, then serves it; a second switch changes nothing', async () => {
    const site = publishableSite(releaseFiles([{ slug: '2019-03-01-first', title: 'ข่าวแรก' }]));
    const first = await site.build();
    startServer(site.root);
    writeFileSync(join(site.root, 'news/2019/2019-03-02-second.th.md'), '---\ntitle: "ข่าวที่สอง"\ndate: 2019-03-02\n---\n\nเนื้อข่าว\n');
    const second = await site.build();
    expect(await answerStep({ publication: second.id, step: 'stage' }, { root: site.root })).toEqual({ status: 200, body: { publication: second.id, stories: 2 }, switched: false });
    expect(servedArchive()?.publication?.id).toBe(first.id);
    expect(await answerStep({ publication: second.id, step: 'switch' }, { root: site.root })).toEqual({ status: 200, body: { publication: second.id, stories: 2 }, switched: true });
    expect(servedArchive()?.publication?.id).toBe(second.id);
    expect(await answerStep({ publication: second.id, step: 'switch' }, { root: site.root })).toEqual({ status: 200, body: { publication: second.id, stories: 2 }, switched: false });
  });

  it('refuses a request it cannot carry out, saying why, and keeps serving what it served', async () => {
    const site = publishableSite(releaseFiles([{ slug: '2019-03-01-first', title: 'ข่าวแรก' }]));
    const other = publishableSite(releaseFiles([{ slug: '2019-03-01-other', title: 'ข่าวอื่น' }]));
    await site.build();
    const { id } = await other.build();
    const served = startServer(site.root);
    expect(await answerStep({ step: 'stage' }, { root: site.root })).toEqual({ status: 400, body: { error: 'send {"publication": "p…", "step": "stage" | "switch"}' }, switched: false });
    expect(await answerStep({ publication: 'p0', step: 'switch' }, { root: site.root })).toEqual({
      status: 404,
      body: { error: `${join(site.dir, 'p0')}: no such finished publication (it has no publication.json)` },
      switched: false,
    });
    // A publication of another content folder (`npm run publish` run from another checkout).
    expect(await answerStep({ publication: id, step: 'stage' }, { root: site.root, dir: other.dir })).toEqual({
      status: 409,
      body: { error: `publication ${id} is of ${other.root}; this server serves ${site.root}` },
      switched: false,
    });
    expect(servedArchive()).toBe(served);
  });
});

describe('which publication a server serves (GET /api/publish)', () => {
  const ask = async (authorization?: string) => {
    const { GET } = await import('@/app/api/publish/route');
    const answer = GET(new Request('http://127.0.0.1:3000/api/publish', { headers: authorization ? { authorization } : {} }));
    return [answer.status, await answer.json()];
  };

  it('answers the publishing host (the token) with the one it serves, or null before it has loaded one', async () => {
    const site = publishableSite(releaseFiles([{ slug: '2019-03-01-live', title: 'ข่าวที่เผยแพร่แล้ว', legacyId: 701 }]));
    const { id } = await site.build();
    forget();
    vi.stubEnv('PUBLISH_TOKEN', 's3cret');
    expect(await ask()).toEqual([401, { error: 'a valid publication token is required' }]);
    expect(await ask('Bearer wrong')).toEqual([401, { error: 'a valid publication token is required' }]);
    expect(await ask('Bearer s3cret')).toEqual([200, { publication: null }]);
    startServer(site.root);
    expect(await ask('Bearer s3cret')).toEqual([200, { publication: id }]);
  });
});
