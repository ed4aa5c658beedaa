import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadArchive, formatContentError, type Archive } from '@/lib/content';

/** One release of a test site: the Thai text, and optionally an English translation. */
export interface TestRelease {
  slug: string;
  title: string;
  agency?: string;
  category?: string;
  tags?: string[];
  legacyId?: number;
  updated?: string;
  en?: string;
}

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

function frontMatter(fields: Record<string, string | number | string[] | undefined>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : typeof value === 'string' ? JSON.stringify(value) : value}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Writes a whole tiny site (`content/…`) to a temp folder, as an editor would, and loads it as the build does. */
export function writeSite(releases: readonly TestRelease[]): Archive {
  const root = join(mkdtempSync(join(tmpdir(), 'browse-')), 'content');
  const files: Record<string, string> = { ...registries };
  for (const r of releases) {
    const date = r.slug.slice(0, 10);
    const common = { date, agency: r.agency, category: r.category, updated: r.updated };
    files[`news/${date.slice(0, 4)}/${r.slug}.th.md`] = `${frontMatter({ title: r.title, ...common, tags: r.tags, legacyId: r.legacyId })}\nเนื้อข่าว ${r.title}\n`;
    if (r.en) files[`news/${date.slice(0, 4)}/${r.slug}.en.md`] = `${frontMatter({ title: r.en, ...common })}\nText of ${r.en}\n`;
  }
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  const { archive, errors } = loadArchive(root);
  if (errors.length) throw new Error(errors.map(formatContentError).join('\n'));
  return archive;
}

/**
 * `count` releases, one a day going back from 2019-03-10 (so they span 2018 and 2019), cycling through the
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
