import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadArchive, formatContentError, type Archive } from '@/lib/content';

/**
 * The one tiny-site helper for tests, in the manner of Hugo's `hugolib.Test(t, files)`: a test writes a whole site
 * as a map of file names (relative to the content root) to their text, the helper writes them to a temp folder,
 * loads it as the build does and returns the archive with every problem as `file:line: message`.
 */

/** Registries every test site has unless it writes its own `agencies.yaml` or `categories.yaml`. */
export const registries = {
  'agencies.yaml': [
    'mdes:\n  th: กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม\n  en: Ministry of Digital Economy and Society',
    'mfa:\n  th: กระทรวงการต่างประเทศ\n  en: Ministry of Foreign Affairs',
    'moph:\n  th: กระทรวงสาธารณสุข\n  en: Ministry of Public Health',
    'unused:\n  th: หน่วยงานที่ยังไม่มีข่าว\n  en: Agency with no releases',
  ].join('\n'),
  'categories.yaml': [
    'government-house:\n  th: ข่าวทำเนียบรัฐบาล\n  en: Government House News',
    'foreign-affairs:\n  th: ต่างประเทศ\n  en: Foreign Affairs',
    'empty:\n  th: หมวดที่ยังไม่มีข่าว\n  en: Category with no releases',
  ].join('\n'),
};

export interface TestSite {
  /** Absolute path of the temp content root. */
  root: string;
  archive: Archive;
  /** Every problem found, formatted as `content/news/2018/x.th.md:4: message`; empty for a valid site. */
  errors: string[];
}

/** Writes `files` (names relative to `root`, text or bytes) into `root`, making the folders they need. */
export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), data);
  }
}

/**
 * Writes a tiny site to a temp content root (`registries` first, then `files`, which may replace them) and loads it.
 * Files are text or bytes (images); `publicFiles` go into a `public/` folder beside the content root, which the
 * loader reads site-path images (`/images/x.jpg`) from.
 * @example testSite(releaseFiles([{ slug: '2018-12-07-telmin-18', title: 'ดีอี แถลงผลงาน' }]))
 */
export function testSite(files: Record<string, string | Uint8Array>, publicFiles: Record<string, Uint8Array> = {}): TestSite {
  const folder = mkdtempSync(join(tmpdir(), 'site-'));
  const root = join(folder, 'content');
  const publicDir = join(folder, 'public');
  writeFiles(root, { ...registries, ...files });
  writeFiles(publicDir, publicFiles);
  const { archive, errors } = loadArchive(root, { publicDir });
  return { root, archive, errors: errors.map(formatContentError) };
}

/**
 * One release of a test site: a Thai version (`title`), an English version (`en`, its title), or both. An English
 * version carries `enLegacyId`, its own thaigov.go.th id. An empty title is written as it is (for the error it gives).
 */
export interface TestRelease {
  slug: string;
  title?: string;
  enLegacyId?: number;
  agency?: string;
  category?: string;
  tags?: string[];
  legacyId?: number;
  /** A correction date, or a list of dated change notes (in both versions). */
  updated?: string | { date: string; note?: string }[];
  /** The withdrawal of the release (in both versions); `reason` may be left out to see that error. */
  withdrawn?: { date: string; reason?: string };
  en?: string;
}

/**
 * A release file's front matter, one field a line in the order given (every value in JSON, which YAML reads as
 * written): `title` on line 2, `date` on line 3.
 */
function frontMatter(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/**
 * The files an editor would write for these releases: `news/<year>/<slug>.th.md` and/or `<slug>.en.md`, their fields
 * in the order title, date, agency, category, updated, tags, legacyId, withdrawn (so the first optional one a
 * release has is on line 4).
 */
export function releaseFiles(releases: readonly TestRelease[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const r of releases) {
    const date = r.slug.slice(0, 10);
    const common = { date, agency: r.agency, category: r.category, updated: r.updated };
    const thai = r.title !== undefined;
    if (thai) files[`news/${date.slice(0, 4)}/${r.slug}.th.md`] = `${frontMatter({ title: r.title, ...common, tags: r.tags, legacyId: r.legacyId, withdrawn: r.withdrawn })}\nเนื้อข่าว ${r.title}\n`;
    if (r.en !== undefined) files[`news/${date.slice(0, 4)}/${r.slug}.en.md`] = `${frontMatter({ title: r.en, ...common, ...(!thai && { tags: r.tags }), legacyId: r.enLegacyId, withdrawn: r.withdrawn })}\nText of ${r.en}\n`;
  }
  return files;
}

/** The archive of a valid tiny site made of these releases; throws with the problems if it is not valid. */
export function archiveOf(releases: readonly TestRelease[]): Archive {
  const { archive, errors } = testSite(releaseFiles(releases));
  if (errors.length) throw new Error(errors.join('\n'));
  return archive;
}

/**
 * `count` releases, one a day going back from 2019-03-10, newest first, cycling through the
 * agencies and categories; every fifth has an English translation, every seventh a tag.
 */
export function manyReleases(count: number): TestRelease[] {
  const agencies = ['mdes', 'mfa', 'moph'];
  const categories = ['government-house', 'foreign-affairs'];
  const start = Date.UTC(2019, 2, 10);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(start - i * 86_400_000).toISOString().slice(0, 10);
    return {
      slug: `${date}-release-${i}`,
      title: `ข่าวที่ ${i}`,
      agency: agencies[i % agencies.length],
      category: categories[i % categories.length],
      ...(i % 7 === 0 && { tags: ['อาเซียน'] }),
      ...(i % 5 === 0 && { en: `Release ${i}` }),
      legacyId: 10_000 + i,
    };
  });
}
