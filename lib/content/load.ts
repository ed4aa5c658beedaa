import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type Registry, type Release, type Story } from './schema';
import { versionsOf } from './story';
import type { Locale } from '../i18n/locales';
import { frontMatterLine, parseReleaseBytes, releaseBody, type ContentError } from './parse';
import { digest, ParseCache } from './cache';
import { contentPath } from './path';
import { readRegistry } from './registry';
import { GONE_FILE, goneReleases, readGone, type GoneEntry } from './gone';
import { readBodyText, type BodyLocation } from './bodies';
import { checkImageFile, isImageFileName, locateImage, mediaKey, type MediaFile } from './image';

/** Every validated story of a content root, newest first, with the lookups the pages need. */
export interface Archive {
  /** Absolute path of the content root (the folder holding `news/`, `agencies.yaml`, `categories.yaml`). */
  root: string;
  stories: Story[];
  bySlug: Map<string, Story>;
  /** The version each thaigov.go.th id was imported into: old links to a Thai page and to an English page both resolve. */
  byLegacyId: Map<number, LegacyTarget>;
  agencies: Registry;
  categories: Registry;
  /** Releases published once and deleted since (`gone.yaml`), by slug: their addresses answer 410 Gone. */
  gone: Map<string, GoneEntry>;
  /** The legacy ids of deleted releases → their slug, so old links still lead to the 410 page. */
  goneByLegacyId: Map<number, string>;
  /** The content-folder images releases show, by `mediaKey(hash, name)` of their `/media/<hash>/<name>` address. */
  media: Map<string, MediaFile>;
  /** Where release files' bytes are read from, by `Release.file`, for an archive read from a publication (`published.ts`); else the content folder. */
  bodies?: ReadonlyMap<string, BodyLocation>;
  /** The publication this archive was read from: its id and search index generations. */
  publication?: { id: string; search: Partial<Record<Locale, string>> };
}

/** Where an old thaigov.go.th id leads: a story, in the language of the version that carries the id. */
export interface LegacyTarget {
  story: Story;
  lang: Locale;
}

export interface LoadResult {
  archive: Archive;
  /** Every problem of every file; the archive is only to be published when this is empty. */
  errors: ContentError[];
  /** What each file parsed to, for a later load of the same root to start from (`previous`). */
  cache: ParseCache;
}

/**
 * Load and validate a whole content root. Never throws for bad content: it collects every problem of every file
 * (with `file:line`) so an editor sees them all at once.
 * @param root absolute path of the content folder; files are reported as `<root's name>/news/…`
 * @param options.cacheFile where to remember parse results between runs (see `ParseCache`); none by default
 * @param options.cache a parse cache already opened (and filled) for this root, instead of `cacheFile`
 * @param options.previous the `cache` of an earlier load of this root: start from it in memory (see `ParseCache.following`) when the registries are unchanged, else from `cacheFile`
 * @param options.publicDir where site-path images (`image: /images/x.jpg`) are; `./public` by default
 */
export function loadArchive(
  root: string,
  options: { cacheFile?: string; cache?: ParseCache; previous?: ParseCache; publicDir?: string } = {},
): LoadResult {
  const { errors, shown, agencies, categories, known, cacheKey } = contentContext(root);
  const cache = options.cache ?? (options.previous?.key === cacheKey ? ParseCache.following(options.previous) : new ParseCache(options.cacheFile, cacheKey));

  const seen = new Map<string, Release>();
  const files = new Map<string, string>();
  for (const absolute of releaseFiles(contentPath(root, 'news'))) {
    const file = shown(absolute);
    const name = basename(file);
    const twin = files.get(name);
    if (twin) {
      errors.push({ file, line: 1, message: `duplicate slug "${name.replace(/\.(th|en)\.md$/, '')}": ${twin} uses it too; rename one of them` });
      continue;
    }
    files.set(name, file);
    const result = cache.get(absolute, (bytes) => parseReleaseBytes(file, bytes, known));
    if (result.release) seen.set(`${result.release.slug}.${result.release.lang}`, result.release);
    else errors.push(...result.errors);
  }

  cache.save();
  const media = checkImages(seen, root, options.publicDir ?? contentPath(process.cwd(), 'public'), errors);

  const stories = pairTranslations(seen, root, errors);
  const byLegacyId = new Map<number, LegacyTarget>();
  const legacyFiles = new Map<number, string>();
  for (const story of stories) {
    for (const release of versionsOf(story)) {
      const id = release.legacyId;
      if (id === undefined) continue;
      const twin = legacyFiles.get(id);
      if (twin) errors.push({ file: release.file, line: lineOfKey(root, release.file, 'legacyId'), message: `legacyId: ${id} is already used by ${twin}; one release, one legacyId` });
      else {
        legacyFiles.set(id, release.file);
        byLegacyId.set(id, { story, lang: release.lang });
      }
    }
  }
  // Newest first: a slug starts with its story's date, so descending slugs are descending dates.
  stories.sort((a, b) => (a.slug < b.slug ? 1 : a.slug > b.slug ? -1 : 0));
  const bySlug = new Map(stories.map((story) => [story.slug, story]));
  const { gone, goneByLegacyId } = readGoneReleases(root, shown, bySlug, byLegacyId, errors);
  errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { archive: { root, stories, bySlug, byLegacyId, agencies, categories, gone, goneByLegacyId, media }, errors, cache };
}

/**
 * Checks the image file of every release that names one (`checkImageFile`) and gives each its `imageFile`. A release
 * whose image fails keeps its page without the image, and the problem is reported at its `image:` line.
 * @returns the content-folder images to serve under `/media/`
 */
function checkImages(seen: Map<string, Release>, root: string, publicDir: string, errors: ContentError[]): Map<string, MediaFile> {
  const media = new Map<string, MediaFile>();
  for (const [key, release] of seen) {
    if (!release.image) continue;
    const checked = checkImageFile(locateImage(release.image, release.file, root, publicDir));
    if ('error' in checked) {
      errors.push({ file: release.file, line: lineOfKey(root, release.file, 'image'), message: `image: ${checked.error}` });
      continue;
    }
    // A new object: the release read from the parse cache stays as parsed.
    seen.set(key, { ...release, imageFile: checked.image });
    if (checked.media) media.set(mediaKey(checked.media.hash, checked.media.name), checked.media);
  }
  return media;
}

/**
 * What parsing the release files of a content root depends on: the registries (the ids releases may use, with the
 * problems found in them), how a file is named in messages (`content/news/…`), and the parse cache's key.
 */
export function contentContext(root: string) {
  const errors: ContentError[] = [];
  const shown = (absolute: string) => join(basename(root), absolute.slice(root.length + 1));
  const registry = (name: string) => {
    const read = readRegistry(contentPath(root, name), shown);
    errors.push(...read.errors);
    return read.registry;
  };
  const agencies = registry('agencies.yaml');
  const categories = registry('categories.yaml');
  const known = { agencies: Object.keys(agencies), categories: Object.keys(categories) };
  return { errors, shown, agencies, categories, known, cacheKey: digest(JSON.stringify([root, agencies, categories])) };
}

/** The deleted releases of `gone.yaml`, except any published again since (a file with that slug wins). */
function readGoneReleases(root: string, shown: (absolute: string) => string, bySlug: Map<string, Story>, byLegacyId: Map<number, LegacyTarget>, errors: ContentError[]) {
  const read = readGone(contentPath(root, GONE_FILE), shown(contentPath(root, GONE_FILE)));
  errors.push(...read.errors);
  return goneReleases(read.gone, bySlug, byLegacyId);
}

/** The Markdown body of a release, exactly as written (as published, for a published archive), read when a page needs it. */
export function readBody(archive: Pick<Archive, 'root' | 'bodies'>, release: Pick<Release, 'file' | 'bodyLine'>): string {
  const at = archive.bodies?.get(release.file);
  const text = at ? readBodyText(at) : readFileSync(contentPath(dirname(archive.root), release.file), 'utf8');
  return releaseBody(text, release.bodyLine);
}

/**
 * Stories from the releases found: a Thai version, an English version, or both under one slug. The versions of a
 * pair must agree on the facts a story is filed under.
 */
function pairTranslations(seen: Map<string, Release>, root: string, errors: ContentError[]): Story[] {
  const stories: Story[] = [];
  for (const release of seen.values()) {
    if (release.lang === 'th') {
      const en = seen.get(`${release.slug}.en`);
      stories.push({ slug: release.slug, date: release.date, th: release, ...(en ? { en } : {}) });
      continue;
    }
    const th = seen.get(`${release.slug}.th`);
    if (!th) {
      stories.push({ slug: release.slug, date: release.date, en: release });
      continue;
    }
    for (const field of ['date', 'agency', 'category'] as const) {
      if (release[field] !== th[field]) {
        errors.push({ file: release.file, line: lineOfKey(root, release.file, field), message: `${field}: "${release[field] ?? ''}" differs from the Thai version ${th.file} ("${th[field] ?? ''}"); the two versions of a release share its ${field}` });
      }
    }
  }
  return stories;
}

/**
 * Every file an editor put under `news/` (hidden files and images aside), in folders at any depth, so that a
 * misplaced or misnamed one is reported by the file-name check rather than silently left out. Images (by extension,
 * `isImageFileName`) are checked through the releases that name them.
 */
export function* releaseFiles(newsDir: string): Generator<string> {
  if (!existsSync(newsDir)) return;
  for (const entry of readdirSync(newsDir, { withFileTypes: true }).sort(byName)) {
    if (entry.name.startsWith('.')) continue;
    const path = contentPath(newsDir, entry.name);
    if (entry.isDirectory()) yield* releaseFiles(path);
    else if (!isImageFileName(entry.name)) yield path;
  }
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function lineOfKey(root: string, file: string, key: string): number {
  return frontMatterLine(readFileSync(contentPath(dirname(root), file), 'utf8'), key);
}
