import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArchive } from '@/lib/content';
import { decodeDoc, DOC_CHUNK, indexFiles, lexiconKey, lexiconPageOf, termHash, type Manifest } from '@/lib/search/format';
import { buildIndex } from '@/lib/search/index/build';
import { updateIndex } from '@/lib/search/index/generations';
import { diskFiles } from '@/lib/search/index/disk';
import { searchRecords } from '@/lib/search/index/records';
import { SearchEngine } from '@/lib/search/query/engine';
import { SearchIndex } from '@/lib/search/query/search-index';
import { testSite } from '../helpers/site';

/**
 * A site of 600 releases of 60 made-up words each (enough postings for several shards), built again and again into
 * one index folder, as `npm run build:search` does after each change.
 */
const RELEASES = 600;
let root: string;
let out: string;
let cacheFile: string;

const word = (n: number) => `w${n % 2000}`;
const dateOf = (i: number) => new Date(Date.UTC(2017, 0, 1 + i)).toISOString().slice(0, 10);
const fileOf = (i: number) => join(root, 'news', dateOf(i).slice(0, 4), `${dateOf(i)}-r${i}.th.md`);
const body = (i: number) => Array.from({ length: 60 }, (_, k) => word(i * 37 + k * 101)).join(' ');
const releaseText = (i: number, text = body(i)) => `---\ntitle: "Release ${i}"\ndate: ${dateOf(i)}\nagency: mdes\n---\n\n${text}\n`;
const writeRelease = (i: number, text = body(i)) => writeFileSync(fileOf(i), releaseText(i, text));

async function build() {
  const { archive, errors } = loadArchive(root);
  expect(errors).toEqual([]);
  const { stats, gen } = await updateIndex({ out, lang: 'th', records: searchRecords(archive, 'th'), agencies: [], categories: [], cacheFile });
  expect(manifest().gen).toBe(gen);
  return { stats, manifest: manifest() };
}

const manifest = () => JSON.parse(readFileSync(join(out, indexFiles.manifest('th')), 'utf8')) as Manifest;
const generations = () => readdirSync(join(out, 'th')).filter((entry) => /^g/.test(entry)).sort();
/** The inode of each shard file of a generation, by file name: a hard-linked shard keeps its inode. */
const shardInodes = (gen: string) => new Map(readdirSync(join(out, 'th', gen, 'terms')).map((name) => [name, statSync(join(out, 'th', gen, 'terms', name)).ino]));
/** The inode of each lexicon page of a generation, by file name. */
const lexiconInodes = (gen: string) => new Map(readdirSync(join(out, 'th', gen, 'lexicon')).map((name) => [name, statSync(join(out, 'th', gen, 'lexicon', name)).ino]));
/** Release `id`'s result file, as the live manifest names it. */
const docFile = (id: number) => join(out, indexFiles.doc('th', manifest().docFolders[Math.floor(id / DOC_CHUNK)]!, id));
/** When each result file was written (a hard-linked file keeps its time). */
const docTimes = () => Array.from({ length: RELEASES }, (_, id) => statSync(docFile(id)).mtimeMs);

beforeAll(() => {
  const files = Object.fromEntries(Array.from({ length: RELEASES }, (_, i) => [`news/${dateOf(i).slice(0, 4)}/${dateOf(i)}-r${i}.th.md`, releaseText(i)]));
  root = testSite(files).root;
  out = join(dirname(root), 'index');
  cacheFile = join(dirname(root), 'cache', 'search-th.bin');
});

describe('updating the index on disk', () => {
  let first: Awaited<ReturnType<typeof build>>;
  let second: Awaited<ReturnType<typeof build>>;

  it('builds a first generation from nothing', async () => {
    first = await build();
    expect(first.stats).toMatchObject({ docs: RELEASES, analyzed: RELEASES });
    expect(first.stats.shards).toBeGreaterThanOrEqual(4);
    expect(generations()).toEqual([first.manifest.gen]);
    const engine = new SearchEngine([new SearchIndex('th', diskFiles(out))]);
    const found = await engine.search({ q: `${word(5 * 37)} ${word(5 * 37 + 59 * 101)}`, sort: 'relevance', page: 1 });
    expect(found.hits[0]!.doc.slug).toBe(`${dateOf(5)}-r5`);
    expect(found.complete).toBe(1);
  });

  it('reuses every shard and result file when nothing changed', async () => {
    const times = docTimes();
    second = await build();
    expect(second.manifest.gen).not.toBe(first.manifest.gen);
    expect(second.stats.analyzed).toBe(0);
    // Only the facet table, the dictionary and the manifest are written; every shard and lexicon page is a hard link to
    // the previous generation's.
    expect(second.stats.files).toBe(3);
    expect(shardInodes(second.manifest.gen)).toEqual(shardInodes(first.manifest.gen));
    expect(lexiconInodes(second.manifest.gen)).toEqual(lexiconInodes(first.manifest.gen));
    expect(docTimes()).toEqual(times);
    expect(generations()).toEqual([first.manifest.gen, second.manifest.gen].sort());
  });

  it('rewrites only the shards, lexicon page and result file of a changed release, and removes the oldest generation', async () => {
    const times = docTimes();
    const words = body(5).split(' ');
    writeRelease(5, ['changedword', ...words.slice(1)].join(' '));
    const third = await build();
    expect(third.stats.analyzed).toBe(1);

    const shards = third.manifest.shards;
    const touched = new Set([termHash(words[0]!) % shards, termHash('changedword') % shards]);
    const before = shardInodes(second.manifest.gen);
    const rewritten = [...shardInodes(third.manifest.gen)].filter(([name, ino]) => before.get(name) !== ino).map(([name]) => Number(name.replace('.bin', '')));
    expect(new Set(rewritten)).toEqual(touched);
    // The shards, the lexicon page whose count of the removed word fell (the new word, in one release, is not in the
    // lexicon), the result file, the facet table, the dictionary and the manifest.
    const lexiconBefore = lexiconInodes(second.manifest.gen);
    const lexiconRewritten = [...lexiconInodes(third.manifest.gen)].filter(([, ino]) => ![...lexiconBefore.values()].includes(ino));
    expect(lexiconRewritten).toEqual([[`${lexiconPageOf(third.manifest.lexicon, lexiconKey(words[0]!))}.bin`, expect.any(Number)]]);
    expect(third.stats.files).toBe(touched.size + 5);

    const changed = docTimes().flatMap((time, id) => (time === times[id] ? [] : [id]));
    expect(changed).toEqual([5]);
    expect(decodeDoc(gunzipSync(readFileSync(docFile(5)))).text).toMatch(/^changedword w/);
    expect(generations()).toEqual([second.manifest.gen, third.manifest.gen].sort());
  });

  it('leaves, shard for shard, the index a build from nothing writes', async () => {
    const { archive } = loadArchive(root);
    const fresh = new Map<string, Uint8Array>();
    await buildIndex({ lang: 'th', records: searchRecords(archive, 'th'), agencies: [], categories: [], write: (path, data) => fresh.set(path, data as Uint8Array) });
    const { gen } = manifest();
    const shardFiles = [...fresh.keys()].filter((path) => path.includes('/terms/'));
    expect(shardFiles.length).toBe(readdirSync(join(out, 'th', gen, 'terms')).length);
    for (const path of shardFiles) {
      const live = readFileSync(join(out, 'th', gen, 'terms', path.split('/terms/')[1]!));
      expect(gunzipSync(live).equals(gunzipSync(fresh.get(path)!))).toBe(true);
    }
  });

  it('writes the manifest last, so a build that fails leaves the live index as it was', async () => {
    const live = manifest();
    const liveFiles = [join(out, 'th', live.gen, 'facets.bin'), ...readdirSync(join(out, 'th', live.gen, 'terms')).map((name) => join(out, 'th', live.gen, 'terms', name))];
    const manifestTime = statSync(join(out, indexFiles.manifest('th'))).mtimeMs;
    expect(Math.max(...liveFiles.map((file) => statSync(file).mtimeMs))).toBeLessThanOrEqual(manifestTime);

    const { archive } = loadArchive(root);
    const records = searchRecords(archive, 'th');
    records.push({ ...records[0]!, key: 'missing', slug: '2018-12-31-missing', date: '2018-12-31', file: join(root, 'missing.th.md') });
    await expect(updateIndex({ out, lang: 'th', records, agencies: [], categories: [], cacheFile })).rejects.toThrow('ENOENT');
    expect(manifest()).toEqual(live);
    const engine = new SearchEngine([new SearchIndex('th', diskFiles(out))]);
    expect((await engine.search({ q: 'changedword', sort: 'relevance', page: 1 })).total).toBe(1);
  });

  it('gives a reader still on the previous manifest that manifest’s results, when the releases after a deleted one move up', async () => {
    const previous = manifest();
    const previousManifest = readFileSync(join(out, indexFiles.manifest('th')));
    rmSync(fileOf(0));
    const fourth = await build();
    expect(fourth.stats.docs).toBe(RELEASES - 1);
    expect(fourth.manifest.docFolders).toEqual([fourth.manifest.gen]);
    // The reader's page fetched the manifest before the build; every other file it asks for now.
    const files = diskFiles(out);
    const onPreviousManifest = { ...files, read: (path: string) => (path === indexFiles.manifest('th') ? Promise.resolve(new Uint8Array(previousManifest)) : files.read(path)) };
    const exactTitle = { q: `Release 5 ${word(5 * 37)} ${word(5 * 37 + 59 * 101)}`, sort: 'relevance' as const, page: 1 };
    const before = await new SearchEngine([new SearchIndex('th', onPreviousManifest)]).search(exactTitle);
    const after = await new SearchEngine([new SearchIndex('th', files)]).search(exactTitle);
    expect([before.hits[0]!.doc.slug, after.hits[0]!.doc.slug]).toEqual([`${dateOf(5)}-r5`, `${dateOf(5)}-r5`]);
    expect(previous.gen).not.toBe(fourth.manifest.gen);
  });
});

describe('a search page told a generation', () => {
  it('reads that generation, and the current one once it is gone', async () => {
    const { gen: live } = manifest();
    const read: string[] = [];
    const files = diskFiles(out);
    const logged = { ...files, read: (path: string) => (read.push(path), files.read(path)) };
    await new SearchIndex('th', logged, { gen: live }).open();
    await new SearchIndex('th', logged, { gen: 'g0' }).open();
    expect(read.filter((path) => path.endsWith('manifest.json'))).toEqual([`th/${live}/manifest.json`, 'th/g0/manifest.json', 'th/manifest.json']);
  });
});
