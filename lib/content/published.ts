import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { BodyLocation } from './bodies';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../files';
import type { Locale } from '../i18n/locales';
import type { GoneEntry } from './gone';
import { mediaKey, type MediaFile } from './image';
import type { Archive, LegacyTarget } from './load';
import { contentPath } from './path';
import type { Registry, Story } from './schema';

/**
 * A publication as the servers read it: an immutable folder `published/<id>/` holding the archive as it was checked
 * (`archive.json`, its stories in parts of a month each: `published/stories/<month>-<digest>.jsonl`, shared by the
 * publications that hold the same) and what it was published with (`publication.json`, written last: a folder without
 * it is unfinished), the release files' bytes in append-only packs (`published/bodies/<id>.pack`, shared by the
 * publications that use them), the content-folder images (`published/media/<hash>/<name>`), and the one file that
 * says which publication the site serves: `published/current.json`, replaced by a rename. How they are written, and
 * why, is `lib/publish`'s (see its README).
 */

/**
 * The folder of a content root's publications: `published/` beside it (in the project, beside `content/`; for
 * `CONTENT_DIR=/srv/x/content`, `/srv/x/published`), so that two content roots never share one.
 */
export function publicationsDir(root: string): string {
  return contentPath(dirname(root), 'published');
}

/** `published/current.json`: the publication the site serves, and the one before it (readers may still hold it). */
export interface Current {
  id: string;
  previous?: string;
}

/** `publication.json`: what a publication is made of, for the servers and for the next publication. */
export interface PublicationInfo {
  /** `p` and base-36 digits of the time it was made: `p1a2b3c4d5`. */
  id: string;
  /** The content root it was made from (a server of another root does not serve it). */
  root: string;
  /** When it was made (ISO). */
  created: string;
  stories: number;
  /** The search index generation of each language (`public/search-index/<lang>/<gen>/`). */
  search: Partial<Record<Locale, string>>;
  /** The packs its release files are in (`bodies/<pack>.pack`). */
  packs: string[];
  /** The parts its `archive.json` names (`stories/<part>.jsonl`); absent in publications of archive format 1. */
  parts?: string[];
  /** Its images, as `<hash>/<name>` under `media/`. */
  media: string[];
  /** SHA-1 of its `archive.json`: two publications of the same content have the same. */
  archiveHash: string;
}

/** A release file's bytes in a publication, by pack name (as `archive.json` and `record.json` hold it). */
export interface BodyRef {
  pack: string;
  offset: number;
  length: number;
  hash: string;
}

export const publicationPath = (dir: string, id: string, ...file: string[]) => contentPath(dir, id, ...file);
export const packPath = (dir: string, pack: string) => contentPath(dir, 'bodies', `${pack}.pack`);
export const mediaPath = (dir: string, hash: string, name: string) => contentPath(dir, 'media', hash, name);
export const partPath = (dir: string, part: string) => contentPath(dir, 'stories', `${part}.jsonl`);

/** The publication `current.json` names, or undefined when there is none yet. */
export function readCurrent(dir: string): Current | undefined {
  const file = contentPath(dir, 'current.json');
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as Current;
}

/**
 * `published/serving/<pid>`: the publication a running server on this disk serves (written when it starts serving
 * one), so that the clean-up after a publication keeps it while that process lives, even when it missed the
 * switches since (a server no `npm run publish` asked: another folder's, a test's). A lease of a process that
 * ended is removed by the clean-up. Best effort: a server on a read-only disk serves without one.
 */
export function holdPublication(dir: string, id: string, pid = process.pid): void {
  try {
    writeFileAtomic(contentPath(dir, 'serving', String(pid)), [id]);
  } catch (error) {
    console.warn(`${contentPath(dir, 'serving')}: could not record that process ${pid} serves publication ${id} (${(error as Error).message}); a clean-up may remove it while this server runs`);
  }
}

/** The publications live processes hold (`holdPublication`); the leases of processes that ended are removed. */
export function heldPublications(dir: string): string[] {
  const folder = contentPath(dir, 'serving');
  if (!existsSync(folder)) return [];
  const held = new Set<string>();
  for (const name of readdirSync(folder)) {
    // `<pid>`, or `<pid>.<pid>.tmp` while it is written (left behind if that process was killed then).
    const [, pid, writing] = /^(\d+)(\.\d+\.tmp)?$/.exec(name) ?? [];
    if (!pid || !alive(Number(pid))) rmSync(contentPath(folder, name), { force: true });
    else if (!writing) held.add(readFileSync(contentPath(folder, name), 'utf8').trim());
  }
  return [...held];
}

/** Whether process `pid` runs (one of another user's counts: it is not ours to end). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A publication's `publication.json`.
 * @throws when the publication is unfinished or missing, naming its folder
 */
export function readPublicationInfo(dir: string, id: string): PublicationInfo {
  const file = publicationPath(dir, id, 'publication.json');
  if (!existsSync(file)) throw new Error(`${publicationPath(dir, id)}: no such finished publication (it has no publication.json)`);
  return JSON.parse(readFileSync(file, 'utf8')) as PublicationInfo;
}

/** `archive.json`: everything but the stories, which are in the parts it names, in order. */
interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  root: string;
  agencies: Registry;
  categories: Registry;
  gone: [string, GoneEntry][];
  goneByLegacyId: [number, string][];
  byLegacyId: [number, string, Locale][];
  media: Omit<MediaFile, 'path'>[];
  packs: string[];
  parts: string[];
}

/** A story's line in a part: the story, and where each of its release files' bytes are (`[file, pack, offset, length, hash]`). */
type StoryLine = [Story, [string, string, number, number, string][]];

/** Bump when `archive.json` or its parts change shape: a server refuses a publication of another format. */
const ARCHIVE_FORMAT = 2;

/**
 * A part of a publication's stories: those of one month (by the date their slug starts with), a story a line, in the
 * archive's order (newest first). Its name is its month and a digest of its bytes, so parts are written once and
 * shared, as packs are: a publication after one new release writes that month's part, and a server staging it
 * decodes that part alone (`readPublishedArchiveWhileServing`).
 */
export interface ArchivePart {
  name: string;
  bytes: Buffer;
}

/**
 * The parts of `archive`'s stories, month by month, newest first (a month at a time: 90,000 stories are never one
 * string). The same stories and bodies give the same parts.
 * @param bodies where each release file's bytes are, by `Release.file`
 */
export function* encodeArchiveParts(archive: Archive, bodies: ReadonlyMap<string, BodyRef>): Generator<ArchivePart> {
  let month: string | undefined;
  let lines: string[] = [];
  const part = (): ArchivePart => {
    const bytes = Buffer.from(`${lines.join('\n')}\n`);
    return { name: `${month}-${createHash('sha1').update(bytes).digest('hex').slice(0, 24)}`, bytes };
  };
  for (const story of archive.stories) {
    const storyMonth = story.slug.slice(0, 7);
    if (month !== undefined && storyMonth !== month) {
      yield part();
      lines = [];
    }
    month = storyMonth;
    const refs = [story.th, story.en].flatMap((release) => {
      const ref = release && bodies.get(release.file);
      if (!release) return [];
      if (!ref) throw new Error(`${release.file}: no body was stored for it`);
      return [[release.file, ref.pack, ref.offset, ref.length, ref.hash] as StoryLine[1][number]];
    });
    lines.push(JSON.stringify([story, refs] satisfies StoryLine));
  }
  if (lines.length) yield part();
}

/**
 * `archive.json`: the archive but its stories, the packs its release files are in (sorted), and the names of the
 * parts holding its stories (`encodeArchiveParts`), in order. The same archive, packs and parts give the same bytes.
 */
export function encodeArchiveHeader(archive: Archive, packs: string[], parts: string[]): string {
  const header: ArchiveHeader = {
    format: ARCHIVE_FORMAT,
    root: archive.root,
    agencies: archive.agencies,
    categories: archive.categories,
    gone: [...archive.gone],
    goneByLegacyId: [...archive.goneByLegacyId],
    byLegacyId: [...archive.byLegacyId].map(([id, { story, lang }]) => [id, story.slug, lang]),
    media: [...archive.media.values()].map(({ type, hash, name }) => ({ type, hash, name })),
    packs,
    parts,
  };
  return `${JSON.stringify(header)}\n`;
}

/** A part as a server holds it: its stories, and where their release files' bytes are. */
interface DecodedPart {
  stories: Story[];
  bodies: [string, BodyLocation][];
}

/**
 * The decoded parts of each archive read from a publication, with the folder they were read from, so that staging
 * the next publication decodes only the parts it does not share. Kept on `globalThis`: Next.js loads this module once
 * for the pages and once for the publish route, and the two must see the same parts.
 */
const partsSlot = Symbol.for('thaigov-news-archive.archive-parts');
const partsHolder = globalThis as typeof globalThis & { [partsSlot]?: WeakMap<Archive, { dir: string; parts: Map<string, DecodedPart> }> };
const decodedParts = (partsHolder[partsSlot] ??= new WeakMap());

/**
 * The archive a finished publication holds, as a server serves it: release bodies read from its packs, images from
 * its copies, and `publication` naming it and its search generations. For a server's start, before it takes requests.
 * @throws when the publication is unfinished, damaged or of another format, naming its folder
 */
export function readPublishedArchive(dir: string, id: string): Archive {
  const reading = archiveReader(dir, id, readFileSync(publicationPath(dir, id, 'archive.json')));
  for (const name of reading.parts) reading.add(name, decodePart(dir, name, readFileSync(partPath(dir, name))));
  return reading.archive();
}

/**
 * `readPublishedArchive` for a server that is serving meanwhile (staging a publication): files are read without
 * blocking and decoded a part at a time, letting requests through in between; the parts `previous` (the archive the
 * server serves) was read with are taken as they are, not read again. After one new release, that is one part of
 * 109 (2026-12-07, full archive): the stories of the others are the same objects in both archives.
 */
export async function readPublishedArchiveWhileServing(dir: string, id: string, previous?: Archive): Promise<Archive> {
  const reading = archiveReader(dir, id, await readFile(publicationPath(dir, id, 'archive.json')));
  const known = previous && decodedParts.get(previous);
  const reusable = known?.dir === dir ? known.parts : undefined;
  for (const name of reading.parts) {
    const kept = reusable?.get(name);
    if (kept) reading.add(name, kept);
    else {
      reading.add(name, decodePart(dir, name, await readFile(partPath(dir, name))));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return reading.archive();
}

/** A part's stories and the places of their release files (`data`: the part file's bytes). */
function decodePart(dir: string, name: string, data: Buffer): DecodedPart {
  const stories: Story[] = [];
  const bodies: [string, BodyLocation][] = [];
  let at = 0;
  while (at < data.length) {
    const end = data.indexOf(0x0a, at);
    if (end < 0) throw new Error(`${partPath(dir, name)}: cut short; publish again`);
    const [story, refs] = JSON.parse(data.subarray(at, end).toString('utf8')) as StoryLine;
    stories.push(story);
    for (const [release, pack, offset, length, hash] of refs) bodies.push([release, { path: packPath(dir, pack), offset, length, hash }]);
    at = end + 1;
  }
  return { stories, bodies };
}

/** Reads `archive.json` (`data`), then takes its parts one by one (`add`, in the order of `parts`) and builds the archive. */
function archiveReader(dir: string, id: string, data: Buffer) {
  const info = readPublicationInfo(dir, id);
  const file = publicationPath(dir, id, 'archive.json');
  const header = JSON.parse(data.toString('utf8')) as ArchiveHeader;
  if (header.format !== ARCHIVE_FORMAT) throw new Error(`${file}: archive format ${header.format}, this code reads ${ARCHIVE_FORMAT}; publish again`);
  const parts = new Map<string, DecodedPart>();
  return {
    parts: header.parts,
    add(name: string, part: DecodedPart): void {
      parts.set(name, part);
    },
    archive(): Archive {
      const stories = header.parts.flatMap((name) => parts.get(name)!.stories);
      const bySlug = new Map(stories.map((story) => [story.slug, story]));
      const byLegacyId = new Map<number, LegacyTarget>(header.byLegacyId.map(([legacyId, slug, lang]) => [legacyId, { story: bySlug.get(slug)!, lang }]));
      const media = new Map(header.media.map((entry) => [mediaKey(entry.hash, entry.name), { ...entry, path: mediaPath(dir, entry.hash, entry.name) }]));
      const archive: Archive = {
        root: header.root,
        stories,
        bySlug,
        byLegacyId,
        agencies: header.agencies,
        categories: header.categories,
        gone: new Map(header.gone),
        goneByLegacyId: new Map(header.goneByLegacyId),
        media,
        bodies: new Map(header.parts.flatMap((name) => parts.get(name)!.bodies)),
        publication: { id, search: info.search },
      };
      decodedParts.set(archive, { dir, parts });
      return archive;
    },
  };
}
