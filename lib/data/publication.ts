import { existsSync, readFileSync, statSync } from 'node:fs';
import { contentPath } from '../content';
import { dataFileName, manifestSchema, type Manifest } from './files';

/**
 * The folder the site serves the open data from: `public/data/`, written by `npm run build:data` and publications
 * (`OPEN_DATA_DIR` names another, as tests do to read a set they wrote themselves).
 */
export function dataDir(): string {
  return process.env.OPEN_DATA_DIR ?? contentPath(process.cwd(), 'public', 'data');
}

let seen: { file: string; checked: number; mtimeMs: number; manifest?: Manifest } | undefined;

/**
 * The manifest (`index.json`) of the open data being served, or undefined before the first `npm run build:data`. The
 * file is looked at again at most once a second and read again only when it changed, so every instance of the
 * stack, reading the same folder, gives the same publication time within a second of a publication.
 */
export function currentManifest(dir = dataDir(), now = Date.now()): Manifest | undefined {
  const file = contentPath(dir, dataFileName.manifest);
  if (seen?.file === file && now - seen.checked < 1000) return seen.manifest;
  const mtimeMs = existsSync(file) ? statSync(file).mtimeMs : 0;
  if (seen?.file !== file || seen.mtimeMs !== mtimeMs) {
    const parsed = mtimeMs ? manifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
    seen = { file, checked: now, mtimeMs, ...(parsed?.success && { manifest: parsed.data }) };
  } else seen.checked = now;
  return seen.manifest;
}
