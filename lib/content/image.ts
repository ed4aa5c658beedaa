import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { imageSize } from 'image-size';
import { contentPath } from './path';

/**
 * A release's image (`image:`): which files are accepted, how the loader checks one, and the address readers fetch
 * it at. Pages show the file as it is (no resizing), so the limits keep it light enough for a phone.
 */

/** The image formats pages show, by file extension (lowercase; `.JPG` from a camera is `jpg`). */
export const imageFormats = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
} as const satisfies Record<string, ImageFormat>;

type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif';

const mimeTypes: Record<ImageFormat, ImageFile['type']> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' };

/**
 * How large an image may be. 1 MiB: readers on phones download the file as it is, and a photo 1,200–1,600 pixels
 * wide saved as JPEG at quality 80 is 150–400 KB; 4,000 pixels a side: a larger picture costs a phone tens of MB of
 * memory to decode and shows no more detail in a 42rem column.
 */
export const imageLimits = { bytes: 1024 * 1024, side: 4000 } as const;

/** A release's image as pages show it (set by the loader once the file is checked). */
export interface ImageFile {
  /** Where readers fetch it: `/media/<hash>/<name>` for a file in the content folder, the path itself for `public/`. */
  src: string;
  /** Its size in pixels as displayed (a JPEG's EXIF rotation applied), for `width`/`height` and `og:image`. */
  width: number;
  height: number;
  type: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/avif';
}

/** A file of the content folder served at `/media/<hash>/<name>` (the loader collects them in `Archive.media`). */
export interface MediaFile {
  /** Absolute path of the file. */
  path: string;
  type: ImageFile['type'];
  /** `contentHash` of its bytes when it was checked. */
  hash: string;
  /** Its file name, the last part of its address. */
  name: string;
}

/** A short digest of an image's bytes: the part of its address that changes whenever the file does. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex').slice(0, 16);
}

/**
 * The address of a content-folder image: its content hash, then its file name. A changed file gets a new address, so
 * the old one can be cached for a year (`immutable`).
 * @example mediaAddress('3f9a1c2e7b4d5e6f', 'telmin-18.jpg') // '/media/3f9a1c2e7b4d5e6f/telmin-18.jpg'
 */
export function mediaAddress(hash: string, name: string): string {
  return `/media/${hash}/${encodeURIComponent(name)}`;
}

/** The key of `Archive.media` for the parts of a `/media/<hash>/<name>` address (`name` decoded). */
export function mediaKey(hash: string, name: string): string {
  return `${hash}/${name}`;
}

/**
 * The bytes behind a `/media/<hash>/<name>` address, the parser of `mediaAddress`: the archive's image of that hash
 * and name, read now, and only if its bytes still have that hash (a file replaced since the archive was loaded is
 * not served under its old, year-long-cached address).
 * @param media `Archive.media`
 * @returns the bytes and their type, or undefined when the address names no such image
 */
export async function readMedia(media: ReadonlyMap<string, MediaFile>, hash: string, name: string): Promise<{ bytes: Buffer; type: ImageFile['type'] } | undefined> {
  const file = media.get(mediaKey(hash, name));
  if (!file) return undefined;
  const bytes = await readFile(file.path).catch(() => undefined);
  return bytes && contentHash(bytes) === hash ? { bytes, type: file.type } : undefined;
}

/**
 * Whether a file in the content folder is a picture (accepted or not) rather than a release: the loader leaves these
 * to the releases that name them, so a `.gif` named in `image:` is reported once, as an image.
 * @example isImageFileName('telmin-18.JPG') // true
 */
export function isImageFileName(name: string): boolean {
  return /\.(jpe?g|png|webp|avif|gif|heic|heif|svg|bmp|tiff?)$/i.test(name);
}

/** Signatures of the image formats an editor may try, to say what a file really is. */
const signatures: [string, (bytes: Buffer) => boolean][] = [
  ['JPEG', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['PNG', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['WebP', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP'],
  ['AVIF', (b) => ascii(b, 4, 8) === 'ftyp' && brands(b).some((brand) => brand === 'avif' || brand === 'avis')],
  ['HEIC (an iPhone photo)', (b) => ascii(b, 4, 8) === 'ftyp' && brands(b).some((brand) => /^(heic|heix|hevc|hevx|heim|heis|mif1)$/.test(brand))],
  ['GIF', (b) => ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a'],
  ['TIFF', (b) => ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*'],
  ['BMP', (b) => ascii(b, 0, 2) === 'BM'],
  ['SVG', (b) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(ascii(b, 0, 512))],
];

const formatNames: Record<ImageFormat, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', avif: 'AVIF' };

function ascii(bytes: Buffer, start: number, end: number): string {
  return bytes.subarray(start, end).toString('latin1');
}

/** The major and compatible brands of an ISO-BMFF `ftyp` box (AVIF, HEIC). */
function brands(bytes: Buffer): string[] {
  const size = Math.min(bytes.length >= 4 ? bytes.readUInt32BE(0) : 0, bytes.length, 256);
  const found = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= size; at += 4) found.push(ascii(bytes, at, at + 4));
  return found;
}

/** What a file's first bytes say it is: `JPEG`, `PNG`, …, or undefined for none of the formats above. */
export function sniffImage(bytes: Buffer): string | undefined {
  return signatures.find(([, matches]) => matches(bytes))?.[0];
}

const accepted = 'a JPEG (.jpg), PNG, WebP or AVIF image';

/**
 * Checks an image file's bytes against its name: an accepted extension, bytes of that format, at most
 * `imageLimits`, and readable dimensions.
 * @param shown the file as messages name it, e.g. `content/news/2018/telmin-18.jpg`
 * @returns its type and displayed size, or what is wrong and what to do
 * @example inspectImage(bytes, 'content/news/2018/telmin-18.jpg') // { type: 'image/jpeg', width: 1200, height: 675 }
 */
export function inspectImage(bytes: Buffer, shown: string): Omit<ImageFile, 'src'> | { error: string } {
  const extension = posix.extname(shown).slice(1).toLowerCase();
  const format = (imageFormats as Record<string, ImageFormat | undefined>)[extension];
  if (!format) return { error: `${shown} is ${extension ? `a .${extension} file` : 'a file without extension'}; use ${accepted}` };
  const sniffed = sniffImage(bytes);
  if (sniffed !== formatNames[format]) {
    const what = sniffed ? `its bytes are ${/^[AEIOU]/.test(sniffed) ? 'an' : 'a'} ${sniffed} image` : bytes.length === 0 ? 'the file is empty' : 'its bytes are not an image';
    return { error: `${shown} is named .${extension} but ${what}; save or export it as ${accepted} with the matching extension` };
  }
  if (bytes.length > imageLimits.bytes) {
    return { error: `${shown} is ${kilobytes(bytes.length)}, more than ${kilobytes(imageLimits.bytes)}; resize it to 1,200–1,600 pixels wide and save it again (a JPEG at quality 80 is usually 150–400 KB)` };
  }
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return { error: `${shown}: its size in pixels cannot be read (the file is damaged or cut short); export it again` };
  }
  const turned = size.orientation !== undefined && size.orientation >= 5;
  const [width, height] = turned ? [size.height, size.width] : [size.width, size.height];
  if (!(width > 0 && height > 0)) return { error: `${shown}: its size in pixels cannot be read (the file is damaged or cut short); export it again` };
  if (width > imageLimits.side || height > imageLimits.side) {
    return { error: `${shown} is ${width}×${height} pixels, at most ${imageLimits.side} on each side; resize it to 1,200–1,600 pixels wide` };
  }
  return { type: mimeTypes[format], width, height };
}

function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;
}

/** Where a release's image is on disk, as messages name it, and whether it is served from `public/` as it is. */
export interface ImageLocation {
  path: string;
  shown: string;
  /** The site path of a file under `public/` (percent-encoded); none for a file of the content folder. */
  publicSrc?: string;
}

/**
 * Resolves an `image:` value (already checked by `isImageAddress`): a site path is a file under `publicDir` (`..`
 * stops at the site's root, as in a browser: `/../x.jpg` is `/x.jpg`), any other value a file relative to the
 * release's folder inside the content root.
 * @param root absolute path of the content root; `releaseFile` is shown relative to its parent (`content/news/…`)
 */
export function locateImage(image: string, releaseFile: string, root: string, publicDir: string): ImageLocation {
  if (image.startsWith('/')) {
    const inside = posix.normalize(image).slice(1);
    return { path: contentPath(publicDir, inside), shown: `public/${inside}`, publicSrc: encodeURI(`/${inside}`) };
  }
  const shown = posix.normalize(posix.join(posix.dirname(releaseFile), image));
  const [, ...inside] = shown.split('/');
  return { path: contentPath(root, ...inside), shown };
}

type Checked = { image: ImageFile; media?: MediaFile } | { error: string };

/** Results of `checkImageFile` by path, trusted while the file's size, mtime and ctime are those it had. */
const checkedFiles = new Map<string, { stamp: string; result: Omit<ImageFile, 'src'> | { error: string }; hash: string }>();

/**
 * Checks the file an `image:` value names (see `inspectImage`) and gives the image pages show, with the media file
 * to serve for a file of the content folder. A file already checked and unchanged since (same size, mtime and ctime)
 * is not read again, so reloading the archive costs one `stat` per image.
 * @example checkImageFile(locateImage('telmin-18.jpg', release.file, root, publicDir)!)
 *   // { image: { src: '/media/3f9a…/telmin-18.jpg', width: 1200, height: 675, type: 'image/jpeg' }, media: {…} }
 */
export function checkImageFile(location: ImageLocation): Checked {
  let stamp: string;
  try {
    const stat = statSync(location.path);
    if (!stat.isFile()) return { error: `${location.shown} is a folder, not an image file; name the file itself` };
    stamp = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
  } catch {
    const where = location.publicSrc ? 'under public/' : 'beside the release';
    return { error: `${location.shown} does not exist; put the image file ${where}, or correct the name (letter case counts)` };
  }
  let known = checkedFiles.get(location.path);
  if (known?.stamp !== stamp) {
    const bytes = readFileSync(location.path);
    known = { stamp, result: inspectImage(bytes, location.shown), hash: contentHash(bytes) };
    checkedFiles.set(location.path, known);
  }
  const { result, hash } = known;
  if ('error' in result) return result;
  if (location.publicSrc) return { image: { ...result, src: location.publicSrc } };
  const name = posix.basename(location.shown);
  return { image: { ...result, src: mediaAddress(hash, name) }, media: { path: location.path, type: result.type, hash, name } };
}
