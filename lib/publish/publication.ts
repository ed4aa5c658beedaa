import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  alive,
  contentHash,
  contentPath,
  encodeArchiveHeader,
  encodeArchiveParts,
  mediaKey,
  heldPublications,
  mediaPath,
  packPath,
  partPath,
  publicationPath,
  readCurrent,
  readPublicationInfo,
  versionsOf,
  type Archive,
  type BodyLocation,
  type BodyRef,
  type PublicationInfo,
} from '../content';
import { writeAll, writeFileAtomic, WriteError } from '../files';
import { publishedRecord, type PublicationRecord } from './changes';
import { PublishError } from './errors';

/**
 * Writing publications (`lib/content/published.ts` reads them): a new one is written beside the one served, in a
 * folder of its own, and becomes the site's by one rename (`commitPublication`). See README.md for the design.
 */

/** A publication written and not yet the site's. */
export interface PreparedPublication {
  id: string;
  /** The archive as the servers will read it (bodies from the packs). */
  archive: Archive;
  /** The same archive as the one the site serves now: nothing to publish (the folder was not kept). */
  unchanged: boolean;
  packs: string[];
  /** The parts of its `archive.json` (`stories/<part>.jsonl`), those it shares with earlier publications included. */
  parts: string[];
  /** Those of `parts` this publication wrote (no earlier one had them): removed with it if it stops before the commit. */
  newParts: string[];
  media: string[];
  archiveHash: string;
}

/** A new publication's id: `p` and the time in base 36, later than any in `dir`. */
export function newPublicationId(dir: string, now = Date.now()): string {
  let time = now;
  while (existsSync(publicationPath(dir, `p${time.toString(36)}`))) time++;
  return `p${time.toString(36)}`;
}

/** The record a finished publication left for the next one. */
export function readRecord(dir: string, id: string): PublicationRecord {
  return JSON.parse(readFileSync(publicationPath(dir, id, 'record.json'), 'utf8')) as PublicationRecord;
}

/**
 * Writes publication `id` of `archive` into `dir`, all but its `publication.json` (see `finishPublication`): the
 * release files' bytes (those the previous publication already holds are referred to, not copied), the images, the
 * parts of its stories that no earlier publication wrote (a month's stories each: one new release writes one),
 * `archive.json` and `record.json`. Nothing the site serves changes. When the archive is the one `current` serves
 * and `current.whole` (its search index is of this code's format), the new folder is removed again and `unchanged`
 * is true.
 * @param hashOf the SHA-1 (base64) each release file was checked with (`ParseCache.hashOf`): a file whose bytes differ
 *   now was changed after the check, and the publication stops
 * @throws PublishError (a file changed or unreadable since the check), WriteError (naming the file; a full disk);
 *   what was written is removed first
 */
export function preparePublication(
  dir: string,
  id: string,
  archive: Archive,
  hashOf: (absolute: string) => string | undefined,
  current?: { info: PublicationInfo; record: PublicationRecord; whole: boolean },
): PreparedPublication {
  const folder = publicationPath(dir, id);
  const newParts: string[] = [];
  try {
    mkdirSync(folder, { recursive: true });
    const bodies = storeBodies(dir, id, archive, hashOf, current?.record);
    const media = storeMedia(dir, archive);
    const parts: string[] = [];
    for (const { name, bytes } of encodeArchiveParts(archive, bodies)) {
      parts.push(name);
      if (existsSync(partPath(dir, name))) continue;
      newParts.push(name);
      writeFileAtomic(partPath(dir, name), [bytes]);
    }
    const packs = [...new Set([...bodies.values()].map((ref) => ref.pack))].sort();
    const header = encodeArchiveHeader(archive, packs, parts);
    writeFileAtomic(publicationPath(dir, id, 'archive.json'), [header]);
    const archiveHash = createHash('sha1').update(header).digest('base64');
    if (current?.whole && current.info.archiveHash === archiveHash) {
      rmSync(folder, { recursive: true, force: true });
      return { id: current.info.id, archive, unchanged: true, packs, parts, newParts, media, archiveHash };
    }
    const record: PublicationRecord = { stories: publishedRecord(archive), bodies: Object.fromEntries(bodies) };
    writeFileAtomic(publicationPath(dir, id, 'record.json'), [JSON.stringify(record)]);
    const locations = new Map<string, BodyLocation>([...bodies].map(([file, ref]) => [file, { ...ref, path: packPath(dir, ref.pack) }]));
    return { id, archive: { ...archive, bodies: locations }, unchanged: false, packs, parts, newParts, media, archiveHash };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    rmSync(packPath(dir, id), { force: true });
    for (const name of newParts) rmSync(partPath(dir, name), { force: true });
    throw error;
  }
}

/**
 * Where each release file's bytes are for publication `id`: in the previous publication's packs when it holds the
 * same bytes (by hash), else appended to `bodies/<id>.pack`, read from the content folder and checked against the
 * hash they were validated with. When more than half of the bytes of the packs still in use are stale (releases
 * changed or deleted since), every file is written into the new pack, so the old packs can go.
 */
function storeBodies(dir: string, id: string, archive: Archive, hashOf: (absolute: string) => string | undefined, previous?: PublicationRecord): Map<string, BodyRef> {
  const wanted: { file: string; absolute: string; hash: string }[] = [];
  for (const story of archive.stories) {
    for (const release of versionsOf(story)) {
      const absolute = contentPath(dirname(archive.root), release.file);
      const hash = hashOf(absolute);
      if (!hash) throw new PublishError(`${release.file}: not among the files checked; nothing was published. Run npm run publish again`);
      wanted.push({ file: release.file, absolute, hash });
    }
  }
  const known = new Map<string, BodyRef>(previous ? Object.values(previous.bodies).map((ref) => [ref.hash, ref]) : []);
  if (mostlyStale(dir, known, new Set(wanted.map(({ hash }) => hash)))) known.clear();

  const pack = packPath(dir, id);
  const refs = new Map<string, BodyRef>();
  let fd: number | undefined;
  let offset = 0;
  try {
    for (const { file, absolute, hash } of wanted) {
      const kept = known.get(hash);
      if (kept) {
        refs.set(file, kept);
        continue;
      }
      const bytes = readChecked(file, absolute, hash);
      if (fd === undefined) {
        mkdirSync(dirname(pack), { recursive: true });
        fd = openSync(pack, 'wx');
      }
      writeAll(fd, bytes);
      const ref = { pack: id, offset, length: bytes.length, hash };
      refs.set(file, ref);
      known.set(hash, ref);
      offset += bytes.length;
    }
    if (fd !== undefined) fsyncSync(fd);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    rmSync(pack, { force: true });
    throw error instanceof PublishError ? error : new WriteError(pack, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return refs;
}

/** A release file's bytes, which must be those it was checked as. */
function readChecked(file: string, absolute: string, hash: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    throw new PublishError(`${file}: could not be read since it was checked (${(error as Error).message}); nothing was published. Run npm run publish again`);
  }
  if (createHash('sha1').update(bytes).digest('base64') !== hash) {
    throw new PublishError(`${file}: changed while it was being published; nothing was published. Run npm run publish again`);
  }
  return bytes;
}

/** Whether the packs of `known` hold more stale bytes (of files no longer `wanted`) than live ones. */
function mostlyStale(dir: string, known: Map<string, BodyRef>, wanted: Set<string>): boolean {
  let live = 0;
  for (const [hash, ref] of known) if (wanted.has(hash)) live += ref.length;
  let total = 0;
  for (const pack of new Set([...known.values()].map((ref) => ref.pack))) total += existsSync(packPath(dir, pack)) ? statSync(packPath(dir, pack)).size : 0;
  return total > 2 * live;
}

/**
 * Copies the content-folder images of `archive` to `media/<hash>/<name>` (an image already there is the same bytes:
 * the hash is in its name), checking that each still has the bytes it was checked with.
 * @returns their `<hash>/<name>` keys
 */
function storeMedia(dir: string, archive: Archive): string[] {
  const keys: string[] = [];
  for (const { path, hash, name } of archive.media.values()) {
    const target = mediaPath(dir, hash, name);
    keys.push(mediaKey(hash, name));
    if (existsSync(target)) continue;
    const bytes = readFileSync(path);
    if (contentHash(bytes) !== hash) throw new PublishError(`${path}: changed while it was being published; nothing was published. Run npm run publish again`);
    writeFileAtomic(target, [bytes]);
  }
  return keys.sort();
}

/** Writes `publication.json`, last: from now on the publication is whole and can be served. */
export function finishPublication(dir: string, info: PublicationInfo): void {
  writeFileAtomic(publicationPath(dir, info.id, 'publication.json'), [JSON.stringify(info)]);
}

/**
 * Makes publication `id` the site's: `current.json` is replaced by a rename (and the folder flushed), so the site's
 * publication is the old one or the new one, whatever happens. The one it replaces is kept as `previous`.
 */
export function commitPublication(dir: string, id: string): void {
  const current = readCurrent(dir);
  if (current?.id === id) return;
  writeFileAtomic(contentPath(dir, 'current.json'), [JSON.stringify({ id, ...(current ? { previous: current.id } : {}) })]);
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A temporary file `writeFileAtomic` left (`<name>.<pid>.tmp`) when its process was killed. */
const TEMPORARY = /\.(\d+)\.tmp$/;

/**
 * Removes what neither the site's publication, the one before it, nor one a running server holds
 * (`heldPublications`) uses: other publication folders (unfinished ones included), their packs, parts and images, and
 * temporary files of processes that died. Call it holding the
 * publication lock, once a publication is committed.
 * @returns the publications kept
 */
export function removeUnused(dir: string): string[] {
  const current = readCurrent(dir);
  if (!current) return [];
  const kept = [...new Set([current.id, ...(current.previous ? [current.previous] : []), ...heldPublications(dir)])].filter((id) =>
    existsSync(publicationPath(dir, id, 'publication.json')),
  );
  const infos = kept.map((id) => readPublicationInfo(dir, id));
  const packs = new Set(infos.flatMap((info) => info.packs.map((pack) => `${pack}.pack`)));
  const parts = new Set(infos.flatMap((info) => (info.parts ?? []).map((part) => `${part}.jsonl`)));
  const media = new Set(infos.flatMap((info) => info.media));
  for (const entry of readdirSync(dir)) {
    if (/^p[0-9a-z]+$/.test(entry) && !kept.includes(entry)) rmSync(contentPath(dir, entry), { recursive: true, force: true });
    if (deadTemporary(entry)) rmSync(contentPath(dir, entry), { force: true });
  }
  for (const entry of list(contentPath(dir, 'bodies'))) if (!packs.has(entry)) rmSync(contentPath(dir, 'bodies', entry), { force: true });
  for (const entry of list(contentPath(dir, 'stories'))) if (!parts.has(entry)) rmSync(contentPath(dir, 'stories', entry), { force: true });
  for (const hash of list(contentPath(dir, 'media'))) {
    for (const name of list(contentPath(dir, 'media', hash))) {
      if (!media.has(mediaKey(hash, name)) || deadTemporary(name)) rmSync(contentPath(dir, 'media', hash, name), { force: true });
    }
    if (list(contentPath(dir, 'media', hash)).length === 0) rmSync(contentPath(dir, 'media', hash), { recursive: true, force: true });
  }
  return kept;
}

const list = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);

function deadTemporary(name: string): boolean {
  const pid = TEMPORARY.exec(name)?.[1];
  return pid !== undefined && !alive(Number(pid));
}
