import type { Archive } from './load';
import { lastUpdate } from './story';

/** Per year: how many stories are Thai-only, English-only and paired. */
export interface YearCount {
  year: string;
  thaiOnly: number;
  englishOnly: number;
  paired: number;
}

/** A translation last changed before its original was corrected: it may need the same correction. */
export interface StaleTranslation {
  slug: string;
  /** The language of the version corrected later, and of the one left behind. */
  original: 'th' | 'en';
  originalChanged: string;
  translationChanged: string;
}

/**
 * The editor's report of an archive: languages per year (newest year first), and translations older than their
 * original's latest correction.
 * @example editorReport(archive).years[0] // { year: '2025', thaiOnly: 812, englishOnly: 40, paired: 12 }
 */
export function editorReport(archive: Pick<Archive, 'stories'>): { years: YearCount[]; stale: StaleTranslation[] } {
  const years = new Map<string, YearCount>();
  const stale: StaleTranslation[] = [];
  for (const story of archive.stories) {
    const year = story.date.slice(0, 4);
    const count = years.get(year) ?? { year, thaiOnly: 0, englishOnly: 0, paired: 0 };
    years.set(year, count);
    const th = story.th as typeof story.th | undefined;
    const en = story.en;
    if (th && en) count.paired++;
    else if (th) count.thaiOnly++;
    else count.englishOnly++;
    if (!th || !en) continue;
    const [thChanged, enChanged] = [lastUpdate(th), lastUpdate(en)];
    if (thChanged > enChanged) stale.push({ slug: story.slug, original: 'th', originalChanged: thChanged, translationChanged: enChanged });
    else if (enChanged > thChanged && en.updated) stale.push({ slug: story.slug, original: 'en', originalChanged: enChanged, translationChanged: thChanged });
  }
  return { years: [...years.values()].sort((a, b) => (a.year < b.year ? 1 : -1)), stale };
}

/** The report as the lines `npm run check -- --report` prints. */
export function formatEditorReport({ years, stale }: ReturnType<typeof editorReport>): string[] {
  const lines = ['year  Thai only  English only  paired', ...years.map((y) => `${y.year}  ${pad(y.thaiOnly, 9)}  ${pad(y.englishOnly, 12)}  ${pad(y.paired, 6)}`)];
  lines.push('', stale.length ? `${stale.length} translation(s) older than a correction of the other version:` : 'every translation is as recent as its original');
  for (const s of stale) lines.push(`  ${s.slug}: ${s.original} changed ${s.originalChanged}, ${s.original === 'th' ? 'en' : 'th'} last changed ${s.translationChanged}`);
  return lines;
}

const pad = (n: number, width: number) => String(n).padStart(width);
