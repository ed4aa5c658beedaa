/**
 * Publishing a content folder: the library behind `npm run publish` (to the running servers) and `npm run
 * build:search` (to the files the servers start from). `publish` runs the steps below in order, each its own
 * function; README.md says what a publication is and why it switches whole.
 *
 * 1. `checkContent`: the content as `npm run check` checks it; any problem, and nothing is published;
 * 2. `changesToPublish`: what is new, changed, withdrawn and deleted against the site's publication;
 * 3. `recordDeletions`: the deleted releases listed in the content folder's `gone.yaml`;
 * 4. `preparePublication`: the new publication written beside the site's (release files, images, archive), unseen;
 * 5. `updateSearchIndex`: its search index generations (unseen too), then `finishPublication`;
 * 6. stage (`askServer`): every server reads it into memory, and says it can serve it;
 * 7. `commitPublication`: it becomes the site's, by one rename of `published/current.json` (then `installManifest`
 *    copies its search manifests to `<lang>/manifest.json`, for readers not told a generation); then, given a
 *    `dataOut`, `updateOpenData` brings the open data files to it (a failure here is reported, and a rerun finishes it);
 * 8. switch (`askServer`): every server serves it and marks its pages stale;
 * 9. `waitUntilServed`: every server asked for each page it changes until it serves it as it now is;
 * 10. `removeUnused`, `removeGenerations`: publications, packs, images and search generations older than the one
 *    before it removed.
 */
import { rmSync } from 'node:fs';
import { contentPath, goneReleases, packPath, partPath, publicationPath, readCurrent, readPublicationInfo, type Archive, type GoneEntry, type ParseCache, type PublicationInfo } from '../content';
import { bangkokToday } from '../content/scaffold';
import { WriteError } from '../files';
import { locales, type Locale } from '../i18n/locales';
import { acquireLock } from '../workers';
import { updateOpenData } from '../data/update';
import { INDEX_VERSION, type Manifest } from '../search/format';
import { generationManifest, installManifest, removeGeneration, removeGenerations } from '../search/index/generations';
import { indexRecipe } from '../search/index/build';
import { updateSearchIndex } from '../search/index/update';
import { changesToPublish, recordDeletions, type Changes, type PublicationRecord } from './changes';
import { checkContent } from './check';
import { PublishError } from './errors';
import { expectationsFor } from './expectations';
import { commitPublication, finishPublication, newPublicationId, preparePublication, readRecord, removeUnused } from './publication';
import { askServer, ServerError, waitUntilServed } from './servers';

export { ContentCheckError, checkContent } from './check';
export { PublishError } from './errors';
export { changesSince, changesToPublish, recordDeletions, type Changes } from './changes';
export { expectationsFor, meets, type Expectation } from './expectations';
export { askServer, ServerError, waitUntilServed } from './servers';

/** The steps of `publish`, as `onStep` is told of each once it is done. */
export const STEPS = ['checked', 'deletions recorded', 'prepared', 'indexed', 'staged', 'committed', 'data written', 'switched', 'served', 'cleaned'] as const;
export type Step = (typeof STEPS)[number];

export interface PublishOptions {
  /** The content root to publish (`contentRoot()`). */
  root: string;
  /** Its parse cache file (`contentCacheFile(root)`), or `cache`, one already filled (`parseInParallel`). */
  cacheFile?: string;
  cache?: ParseCache;
  /** The publications (`publicationsDir()`: `published/`). */
  publications: string;
  /** The search index root (`public/search-index`). */
  indexOut: string;
  /**
   * The open data folder (`public/data`), brought up to the publication once it is the site's (only the years that
   * changed are written again, the manifest last); absent, the open data is left to `npm run build:data`.
   */
  dataOut?: string;
  /** Origins of the servers to publish to, without a trailing slash; none for a build. */
  servers: string[];
  /** The publication token the servers check (`publishToken(true)`); needed with servers. */
  token?: string;
  /** How long to wait for every server to serve every changed page. */
  timeoutMs: number;
  /** The date deletions are recorded with (`bangkokToday()` by default). */
  today?: string;
  /** Told of what each step did, with the time since the start. */
  log?: (line: string) => void;
  /** Told of each step once it is done. */
  onStep?: (step: Step) => void;
  /** Passed on to the search index build (its cache folder, `.cache/` by default, which the open data's state shares, and progress). */
  search?: Pick<Parameters<typeof updateSearchIndex>[1], 'cacheDir' | 'onProgress' | 'onLanguage'>;
}

/** What a publication did. */
export interface Publication {
  /** The publication the site serves now. */
  id: string;
  archive: Archive;
  changes: Changes;
  /** The slugs newly listed in `gone.yaml`. */
  gone: string[];
  /** No earlier publication or record was found: every release was taken as published. */
  firstTime: boolean;
  /** The content was the site's publication already: no new publication was made. */
  unchanged: boolean;
  seconds: number;
}

/**
 * Publishes the content root (see the module's comment). Until the commit (step 7), a failure leaves the site on its
 * publication, unchanged; after it, the new publication is the site's, and a server that missed the switch serves it
 * from its next start (or from the next `npm run publish`, which switches every server still on another).
 * @throws PublishError whose message says what happened, what the site serves, and what to do
 */
export async function publish(options: PublishOptions): Promise<Publication> {
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const log = options.log ?? (() => {});
  const step = (name: Step) => options.onStep?.(name);
  const { root, publications: dir, servers } = options;
  const serving = () => {
    const id = currentPublication(dir, root)?.info.id;
    return id ? `publication ${id}` : 'what it served before';
  };
  const release = await untilCommitAsync(serving, () =>
    acquireLock(contentPath(dir, 'publish.lock'), 'the publications').catch((error: Error) => {
      // Another publication still running, or a full disk: the lock's message is for the editor as it is.
      throw error instanceof WriteError ? error : new PublishError(`${error.message}\nNothing was published: the site still serves ${serving()}.`);
    }),
  );
  try {
    const { archive: checked, cache } = checkContent(root, options);
    const hashOf = (absolute: string) => cache.hashOf(absolute);
    step('checked');

    const current = currentPublication(dir, root, options.indexOut);
    const { changes, firstTime } = changesToPublish(root, checked, current?.record, hashOf);
    const today = options.today ?? bangkokToday();
    const gone = untilCommit(serving, () => recordDeletions(root, changes.removed, today));
    const archive = withDeletions(checked, changes.removed, today);
    step('deletions recorded');
    log(`content OK: ${archive.stories.length} stories (${elapsed()})`);

    const prepared = untilCommit(serving, () => preparePublication(dir, newPublicationId(dir), archive, hashOf, current));
    const { id } = prepared;
    if (!prepared.unchanged) log(`publication ${id} prepared: ${prepared.newParts.length} of ${prepared.parts.length} story parts written (${elapsed()})`);
    step('prepared');
    // Until the commit, a failure removes what this publication wrote. One that stops at a server is kept whole: the
    // next run builds on its search generations, and the clean-up after the next publication removes it.
    const written: Partial<Record<Locale, string>> = {};
    const undo = () => removeUnfinished(dir, id, options.indexOut, written, prepared.newParts);
    if (prepared.unchanged) log(`nothing new: publication ${id} is the site's (${elapsed()})`);
    else {
      const search = await untilCommitAsync(serving, () => searchGenerations(prepared.archive, options, written), undo);
      const info: PublicationInfo = { id, root, created: new Date().toISOString(), stories: archive.stories.length, search, packs: prepared.packs, parts: prepared.parts, media: prepared.media, archiveHash: prepared.archiveHash };
      untilCommit(serving, () => finishPublication(dir, info), undo);
      log(`publication ${id} written, with its search index (${elapsed()})`);
    }
    step('indexed');

    for (const server of servers) {
      const { ms } = await askServer(server, options.token!, { publication: id, step: 'stage' }).catch((error: Error) => {
        throw new ServerError(`${server}: the server did not take publication ${id} (${error.message}). Is it running, from this folder or with the same PUBLISH_TOKEN? Nothing was published: the site still serves ${serving()}.`);
      });
      log(`${server}: publication ${id} read in ${ms} ms (${elapsed()})`);
    }
    step('staged');

    untilCommit(serving, () => commitPublication(dir, id), prepared.unchanged ? undefined : undo);
    afterCommit(dir, id, () => installSearch(dir, id, options.indexOut));
    step('committed');
    if (options.dataOut) {
      const out = options.dataOut;
      const cacheDir = options.search?.cacheDir;
      const { written } = await afterCommitAsync(dir, id, () => updateOpenData(archive, { out, hashOf, ...(cacheDir && { cacheDir }) }));
      log(`open data: ${written.length ? `${written.join(', ')} written` : 'unchanged'} (${elapsed()})`);
    }
    step('data written');

    for (const server of servers) {
      const { ms } = await askServer(server, options.token!, { publication: id, step: 'switch' }).catch((error: Error) => {
        throw new ServerError(
          `${server}: the server did not switch to publication ${id} (${error.message}). Publication ${id} is the site's (${contentPath(dir, 'current.json')}): ` +
            'the servers that switched serve it, and this one will from its next start. Run npm run publish again to switch it now.',
        );
      });
      log(`${server}: serves publication ${id} (${ms} ms, ${elapsed()})`);
    }
    step('switched');

    await waitUntilServed(servers, expectationsFor(archive, changes), { timeoutMs: options.timeoutMs });
    step('served');
    afterCommit(dir, id, () => removeUnusedSearch(dir, removeUnused(dir), options.indexOut));
    step('cleaned');
    return { id, archive: prepared.archive, changes, gone, firstTime, unchanged: prepared.unchanged, seconds: (performance.now() - started) / 1000 };
  } finally {
    release();
  }
}

/**
 * The site's publication for this content root, with its record, and whether it is whole for this code: its search
 * generations are in `out` and built as this code builds them (`indexRecipe`: analysis version and dictionary; else
 * the same content is published again, with a new index);
 * undefined when there is none.
 */
function currentPublication(dir: string, root: string, out?: string): { info: PublicationInfo; record: PublicationRecord; whole: boolean } | undefined {
  const current = readCurrent(dir);
  if (!current) return undefined;
  const info = readPublicationInfo(dir, current.id);
  if (info.root !== root) return undefined;
  const recipe = indexRecipe();
  const builtSo = (manifest?: Manifest) => manifest?.version === INDEX_VERSION && manifest.recipe === recipe;
  const whole = out !== undefined && locales.every((lang) => info.search[lang] && builtSo(generationManifest(out, lang, info.search[lang])));
  return { info, record: readRecord(dir, current.id), whole };
}

/**
 * The archive to publish: the one checked, with the releases deleted since the site's publication among its deleted
 * releases (`recordDeletions` has just listed them in `gone.yaml`, which the check read before).
 */
function withDeletions(archive: Archive, removed: Changes['removed'], today: string): Archive {
  const entries = new Map<string, GoneEntry>(removed.map(({ slug, legacyIds }) => [slug, { removed: today, legacyIds }]));
  for (const [slug, entry] of archive.gone) entries.set(slug, entry);
  return { ...archive, ...goneReleases(new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), archive.bySlug, archive.byLegacyId) };
}

/**
 * Builds the search index generation of each language for `archive` (none made the one readers get), and names them.
 * @param written told of each generation as soon as it is written
 */
function searchGenerations(archive: Archive, options: PublishOptions, written: Partial<Record<Locale, string>>): Promise<Record<Locale, string>> {
  return updateSearchIndex(archive, {
    out: options.indexOut,
    ...options.search,
    install: false,
    onLanguage: (lang, stats, gen) => {
      written[lang] = gen;
      options.search?.onLanguage?.(lang, stats, gen);
    },
  });
}

/** Copies the manifests of publication `id`'s search generations to `<lang>/manifest.json`, for readers not told a generation. */
function installSearch(dir: string, id: string, out: string): void {
  for (const [lang, gen] of Object.entries(readPublicationInfo(dir, id).search)) installManifest(out, lang as Locale, gen);
}

/** Removes the search generations that no kept publication (`removeUnused`) names. */
function removeUnusedSearch(dir: string, kept: string[], out: string): void {
  const infos = kept.map((id) => readPublicationInfo(dir, id));
  for (const lang of locales) removeGenerations(out, lang, infos.flatMap((info) => info.search[lang] ?? []));
}

/** Removes a publication that will not be the site's, its pack, the story parts only it wrote and the search generations written for it. */
function removeUnfinished(dir: string, id: string, out: string, search: Partial<Record<Locale, string>>, parts: string[]): void {
  rmSync(publicationPath(dir, id), { recursive: true, force: true });
  rmSync(packPath(dir, id), { force: true });
  for (const part of parts) rmSync(partPath(dir, part), { force: true });
  for (const [lang, gen] of Object.entries(search)) removeGeneration(out, lang as Locale, gen);
}

/**
 * Runs a step before the commit: a failure there leaves the site as it was, and the message says so.
 * @param serving what the site serves, for the message
 */
function untilCommit<T>(serving: () => string, run: () => T, undo?: () => void): T {
  try {
    return run();
  } catch (error) {
    undo?.();
    throw beforeCommit(serving, error);
  }
}

/** Runs a step after the commit: the publication is the site's whatever happens, and the message says so. */
function afterCommit(dir: string, id: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    throw committedError(dir, id, error);
  }
}

async function afterCommitAsync<T>(dir: string, id: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw committedError(dir, id, error);
  }
}

/** A step after the commit failed: the publication is the site's, and running again finishes it. */
function committedError(dir: string, id: string, error: unknown): PublishError {
  const what = error instanceof WriteError ? error.message : `${(error as Error).stack ?? error}`;
  return new PublishError(`${what}\nPublication ${id} is the site's (${contentPath(dir, 'current.json')}); run npm run publish again to finish it.`, { cause: error });
}

async function untilCommitAsync<T>(serving: () => string, run: () => Promise<T>, undo?: () => void): Promise<T> {
  try {
    return await run();
  } catch (error) {
    undo?.();
    throw beforeCommit(serving, error);
  }
}

function beforeCommit(serving: () => string, error: unknown): PublishError {
  if (error instanceof PublishError) return error;
  const what = error instanceof WriteError ? error.message : `${(error as Error).stack ?? error}`;
  return new PublishError(`${what}\nNothing was published: the site still serves ${serving()}.`, { cause: error });
}
