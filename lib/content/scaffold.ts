import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Locale } from '../i18n/locales';
import { contentContext } from './load';
import { contentPath } from './path';
import { slugPattern } from './slug';
import { releasePathPattern } from './schema';

export interface NewRelease {
  title: string;
  lang: Locale;
  /** ISO date; today in Bangkok when not given. */
  date: string;
  agency?: string;
  category?: string;
  /** The slug of the original this file translates: the new file takes its slug, date, agency and category. */
  translationOf?: string;
}

/**
 * The slug of a new release: its date, then the ASCII words of its title (`TELMIN 18` → `2018-12-07-telmin-18`, at
 * most six words), else, for a title in Thai only, the agency's id (or `news`) and the first number free that day
 * (`2026-12-01-opm-1`). Thai has no agreed romanization for addresses, and a machine transliteration of a headline
 * would be long and wrong in ways readers notice; a short id reads cleanly and never needs to be fixed.
 * @param taken whether a slug is already used by a release in the content folder
 */
export function newSlug(title: string, date: string, agency: string | undefined, taken: (slug: string) => boolean): string {
  const words = (title.normalize('NFKD').toLowerCase().match(/[a-z0-9]+/g) ?? []).slice(0, 6);
  if (words.length > 0) {
    const base = `${date}-${words.join('-')}`;
    if (!taken(base)) return base;
    for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
  }
  for (let n = 1; ; n++) if (!taken(`${date}-${agency ?? 'news'}-${n}`)) return `${date}-${agency ?? 'news'}-${n}`;
}

/** Today's date in Bangkok (UTC+7, no daylight saving), as `YYYY-MM-DD`. */
export function bangkokToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Writes a new release file with valid front matter and a placeholder body, refusing to overwrite anything.
 * @param root the content root
 * @returns the file's path relative to the working directory's parent of `root` (`content/news/2026/….th.md`)
 * @throws Error with a message for the editor: an unknown agency or category, an original that does not exist, a file
 * that already exists
 */
export function writeNewRelease(root: string, release: NewRelease): string {
  const { known, shown } = contentContext(root);
  for (const [kind, id, ids] of [['agency', release.agency, known.agencies], ['category', release.category, known.categories]] as const) {
    if (id !== undefined && !ids.includes(id)) throw new Error(`--${kind} ${id}: unknown ${kind} (known: ${ids.join(', ')})`);
  }
  let { date, agency, category } = release;
  let slug: string;
  if (release.translationOf) {
    slug = release.translationOf;
    const original = ['th', 'en'].map((lang) => contentPath(root, 'news', slug.slice(0, 4), `${slug}.${lang}.md`)).find(existsSync);
    if (!slugPattern.test(slug) || !original) throw new Error(`--translation-of ${slug}: no release with that slug under ${shown(contentPath(root, 'news'))}`);
    const front = readFileSync(original, 'utf8');
    const field = (key: string) => new RegExp(`^${key}:\\s*"?([^"\\n]+)"?\\s*$`, 'm').exec(front)?.[1];
    date = slug.slice(0, 10);
    agency = field('agency');
    category = field('category');
  } else {
    const taken = (candidate: string) => ['th', 'en'].some((lang) => existsSync(contentPath(root, 'news', date.slice(0, 4), `${candidate}.${lang}.md`)));
    slug = newSlug(release.title, date, agency, taken);
  }
  const file = contentPath(root, 'news', date.slice(0, 4), `${slug}.${release.lang}.md`);
  if (existsSync(file)) throw new Error(`${shown(file)} already exists; edit it, or choose another title or date`);
  if (!releasePathPattern.test(file)) throw new Error(`${shown(file)}: not a release file name`);
  const lines = ['---', `title: ${JSON.stringify(release.title)}`, `date: ${date}`, ...(agency ? [`agency: ${agency}`] : []), ...(category ? [`category: ${category}`] : []), '---', ''];
  const placeholder = release.lang === 'th' ? 'เขียนเนื้อข่าวที่นี่' : 'Write the release here.';
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join('\n')}\n${placeholder}\n`, { flag: 'wx' });
  return shown(file);
}
