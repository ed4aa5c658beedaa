import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rankOf } from './sample';

/**
 * The English side of the shipped sample: from a full import, the translation pairs and English-only releases
 * with the lowest rank (`rankOf` of the English version's legacyId, the same hash `--sample` uses), so the same
 * import always gives the same picks.
 */

/** One story of an import, as the English sample sees it: its slug, year, files and English legacyId. */
export interface ImportedStory {
  slug: string;
  year: string;
  files: string[];
  englishId: number;
  paired: boolean;
}

/** The stories of `<root>/news` that have an English file, with their English version's legacyId. */
export function englishStories(root: string): ImportedStory[] {
  const stories: ImportedStory[] = [];
  const news = join(root, 'news');
  for (const year of readdirSync(news).sort()) {
    const names = new Set(readdirSync(join(news, year)));
    for (const name of [...names].sort()) {
      if (!name.endsWith('.en.md')) continue;
      const slug = name.slice(0, -'.en.md'.length);
      const id = /^legacyId:\s*(\d+)\s*$/m.exec(readFileSync(join(news, year, name), 'utf8'))?.[1];
      if (!id) continue;
      const paired = names.has(`${slug}.th.md`);
      stories.push({ slug, year, files: paired ? [`${slug}.th.md`, name] : [name], englishId: Number(id), paired });
    }
  }
  return stories;
}

/**
 * The `pairs` lowest-ranked pairs and `englishOnly` lowest-ranked English-only stories, in slug order.
 * @example pickEnglishSample(englishStories('/tmp/full'), { pairs: 10, englishOnly: 20 }).length // 30
 */
export function pickEnglishSample(stories: readonly ImportedStory[], counts: { pairs: number; englishOnly: number }): ImportedStory[] {
  const byRank = (a: ImportedStory, b: ImportedStory) => rankOf(a.englishId) - rankOf(b.englishId) || a.englishId - b.englishId;
  const pairs = stories.filter((s) => s.paired).sort(byRank).slice(0, counts.pairs);
  const single = stories.filter((s) => !s.paired).sort(byRank).slice(0, counts.englishOnly);
  return [...pairs, ...single].sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Copies the picked stories' files from one content root into another; returns the files copied (`news/<year>/…`). */
export function copyStories(stories: readonly ImportedStory[], from: string, to: string): string[] {
  const copied: string[] = [];
  for (const story of stories) {
    mkdirSync(join(to, 'news', story.year), { recursive: true });
    for (const name of story.files) {
      const target = join(to, 'news', story.year, name);
      if (!existsSync(target)) copyFileSync(join(from, 'news', story.year, name), target);
      copied.push(`news/${story.year}/${name}`);
    }
  }
  return copied;
}
