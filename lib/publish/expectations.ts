import { decodeHTML } from 'entities';
import { releaseFor, versionsOf, type Archive } from '../content';
import { locales } from '../i18n/locales';
import { paths } from '../listing';
import type { Changes } from './changes';

/** What a server must answer at one address once a publication is live: a status, and text the page must show. */
export interface Expectation {
  path: string;
  status: number;
  /** Text the page holds as a reader reads it (entities decoded), e.g. a release's title. */
  holds?: string;
}

/**
 * What every server must show once `changes` are live: each new, changed and withdrawn release's page in every
 * language with its title (and its content-folder image), each deleted release's Thai address answering 410, and
 * each home page linking to the newest release.
 * @example expectationsFor(archive, { added: ['2026-12-01-opm-1'], changed: [], withdrawn: [], removed: [] })
 * // [{ path: '/th/news/2026-12-01-opm-1', status: 200, holds: 'ข่าวใหม่' }, …, { path: '/th', status: 200, holds: 'href="/th/news/2026-12-01-opm-1"' }, …]
 */
export function expectationsFor(archive: Pick<Archive, 'stories' | 'bySlug'>, changes: Changes): Expectation[] {
  const expectations: Expectation[] = [];
  for (const slug of [...changes.added, ...changes.changed, ...changes.withdrawn]) {
    const story = archive.bySlug.get(slug);
    if (!story) throw new Error(`${slug} is listed as changed but is not in the archive`);
    for (const lang of locales) expectations.push({ path: paths.article(lang, slug), status: 200, holds: releaseFor(story, lang).release.title });
    // Content-folder images come from the reloaded archive; a file under public/ waits for next start's restart.
    for (const release of versionsOf(story)) if (release.imageFile?.src.startsWith('/media/')) expectations.push({ path: release.imageFile.src, status: 200 });
  }
  for (const { slug } of changes.removed) expectations.push({ path: paths.article('th', slug), status: 410 });
  const newest = archive.stories[0];
  if (newest) for (const lang of locales) expectations.push({ path: paths.home(lang), status: 200, holds: `href="${paths.article(lang, newest.slug)}"` });
  return expectations;
}

/**
 * Whether an answer meets an expectation: the status, and the text as a reader reads it. The page is decoded with
 * the HTML character references resolved (React writes `'` as `&#x27;`, `&` as `&amp;`), so a title is found however
 * it was escaped.
 */
export function meets(expectation: Expectation, status: number | undefined, body: string): boolean {
  return status === expectation.status && (!expectation.holds || decodeHTML(body).includes(expectation.holds));
}
