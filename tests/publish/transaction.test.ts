import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { servedArchive } from '@/lib/content';
import { readCurrent } from '@/lib/content/published';
import { diskFiles } from '@/lib/search/index/disk';
import { SearchEngine } from '@/lib/search/query/engine';
import { SearchIndex } from '@/lib/search/query/search-index';
import type { Step } from '@/lib/publish/publish';
import { releaseFiles } from '../helpers/site';
import { publishableSite } from './publishing';
import { standIn, type StandIn } from './stand-in';

/**
 * A publication killed with SIGKILL after each of its steps: what readers get from the server then (the whole
 * previous publication, or the whole new one), what is left on disk, and that running it again completes it.
 * The publication deletes the earliest release (every later one moves up a place in the search index) and adds one.
 */
const token = 'transaction-test-token';
const titles = ['ข่าวแรกสุด', 'ข่าวที่สอง', 'ข่าวที่สาม', 'ข่าวที่สี่'];
let server: StandIn | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A site built and served, with its editor's change made and not yet published. */
async function siteWithChange() {
  const site = publishableSite(releaseFiles(titles.map((title, i) => ({ slug: `2019-03-0${i + 1}-r${i}`, title, legacyId: 800 + i }))));
  const before = await site.build();
  site.startServing();
  server = await standIn(site.root, token);
  rmSync(join(site.root, 'news/2019/2019-03-01-r0.th.md'));
  writeFileSync(join(site.root, 'news/2019/2019-03-09-new.th.md'), '---\ntitle: "ข่าวใหม่ล่าสุด"\ndate: 2019-03-09\n---\n\nเนื้อข่าวใหม่\n');
  return { site, before: before.id, origin: server.origin };
}

/** `npm run publish` in a process of its own, killed with SIGKILL once `stopAt` is done. */
function publishKilledAfter(site: ReturnType<typeof publishableSite>, origin: string, stopAt: Step): Promise<NodeJS.Signals | null> {
  const options = { ...site.options, servers: [origin], token, stopAt };
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/publish/publish-until.ts', JSON.stringify(options)], { stdio: 'inherit' });
  return new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
}

/**
 * What a reader gets: the status of the deleted, a kept and the new release's pages, the home page's first link, and
 * the first result of a search for words of each, from the search index generation the server's publication names
 * (what its search page tells the browser to read).
 */
async function readerSees(origin: string, indexOut: string) {
  const status = async (path: string) => (await fetch(`${origin}${path}`)).status;
  const home = await (await fetch(`${origin}/th`)).text();
  const gen = servedArchive()?.publication?.search.th;
  const engine = new SearchEngine([new SearchIndex('th', diskFiles(indexOut), gen ? { gen } : {})]);
  const first = async (q: string) => (await engine.search({ q, sort: 'relevance', page: 1 })).hits[0]?.doc.slug ?? null;
  return {
    deleted: await status('/th/news/2019-03-01-r0'),
    kept: await status('/th/news/2019-03-02-r1'),
    added: await status('/th/news/2019-03-09-new'),
    newest: /href="([^"]+)"/.exec(home)?.[1],
    search: { deleted: await first('แรกสุด'), kept: await first('ข่าวที่สาม'), added: await first('ใหม่ล่าสุด') },
  };
}
const previousPublication = {
  deleted: 200,
  kept: 200,
  added: 404,
  newest: '/th/news/2019-03-04-r3',
  search: { deleted: '2019-03-01-r0', kept: '2019-03-03-r2', added: null },
};
const newPublication = {
  deleted: 410,
  kept: 200,
  added: 200,
  newest: '/th/news/2019-03-09-new',
  search: { deleted: null, kept: '2019-03-03-r2', added: '2019-03-09-new' },
};

describe.each([
  // Killed before the switch: the publication and its search index are written, the site's is the previous one.
  { stopAt: 'indexed', readers: previousPublication, current: 'before' },
  { stopAt: 'staged', readers: previousPublication, current: 'before' },
  // Killed after the switch (current.json), before the servers were told: they serve the previous one, whole.
  { stopAt: 'committed', readers: previousPublication, current: 'after' },
  // Killed after the servers switched, before the pages were checked and old publications removed.
  { stopAt: 'switched', readers: newPublication, current: 'after' },
  { stopAt: 'served', readers: newPublication, current: 'after' },
] as const)('a publication killed once “$stopAt” is done', ({ stopAt, readers, current }) => {
  it('leaves readers a whole publication, and running it again completes it', { timeout: 120_000 }, async () => {
    const { site, before, origin } = await siteWithChange();
    expect(await publishKilledAfter(site, origin, stopAt)).toBe('SIGKILL');
    expect(await readerSees(origin, site.options.indexOut)).toEqual(readers);
    const killed = readCurrent(site.dir)!;
    expect(current === 'before' ? killed : killed.previous).toEqual(current === 'before' ? { id: before } : before);
    // The killed publication's folder is there beside the one before it, and the lock of the killed process: the
    // next run takes it over (its process is gone).
    expect(readdirSync(site.dir).filter((entry) => /^p[0-9a-z]+$/.test(entry))).toHaveLength(2);
    expect(existsSync(join(site.dir, 'publish.lock'))).toBe(true);

    const again = await site.publishTo([origin], token);
    expect(await readerSees(origin, site.options.indexOut)).toEqual(newPublication);
    expect(readCurrent(site.dir)!.id).toBe(again.id);
    expect(readdirSync(site.dir).sort()).toEqual(['bodies', 'current.json', 'serving', 'stories', ...new Set([readCurrent(site.dir)!.previous!, again.id])].sort());
  });
});
