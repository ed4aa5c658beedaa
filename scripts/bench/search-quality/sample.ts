import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';

/**
 * The benchmark's releases: a deterministic sample of {@link SAMPLE_SIZE} real releases imported from
 * `../shared/corpus` with the project's importer (`npm run import -- <archives> --sample N`, lib/import/sample.ts).
 * Every section gets its releases, so the English-language sections (Government News, Cabinet Meeting Synopsis,
 * Statements: about 400 releases of the sample) are in it beside the Thai ones. The legacy ids picked are recorded
 * in `sample-ids.txt`, and a run checks that the import gives exactly those, so the queries' targets stay in the set.
 */

export const SAMPLE_SIZE = 6000;
export const SAMPLE_IDS_FILE = new URL('./sample-ids.txt', import.meta.url);
const ARCHIVES = ['thaigov-v1.tar.xz', 'thaigov-v2.tar.xz'];

/** One release of the sample, as both engines index it. */
export interface Release {
  legacyId: number;
  /** The slug our site gives it: its file name without `.th.md` or `.en.md`. */
  slug: string;
  title: string;
  /** The Markdown body. */
  body: string;
  /** Its language, as the importer found it (`.th.md` or `.en.md`): the index it is in. */
  lang: 'th' | 'en';
}

function releaseFiles(content: string): string[] {
  const news = join(content, 'news');
  if (!existsSync(news)) return [];
  return readdirSync(news).flatMap((year) => readdirSync(join(news, year)).map((name) => join(news, year, name)));
}

/**
 * The thaigov.go.th id of a release file: its `legacyId` (the English version of a pair has its own, while its file
 * name carries the Thai version's slug).
 */
const idOfFile = (file: string) => Number(/^legacyId: (\d+)$/m.exec(readFileSync(file, 'utf8'))?.[1]);

/** The recorded sample, ascending legacy ids. */
export function recordedIds(): number[] {
  return readFileSync(SAMPLE_IDS_FILE, 'utf8').trim().split('\n').map(Number);
}

function difference(found: number[], wanted: number[]): string | undefined {
  const have = new Set(found);
  const want = new Set(wanted);
  const missing = wanted.filter((id) => !have.has(id));
  const extra = found.filter((id) => !want.has(id));
  if (!missing.length && !extra.length) return undefined;
  return `${missing.length} recorded releases missing (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}), ${extra.length} others present`;
}

/**
 * Makes sure `content` holds the recorded sample, importing it when it does not (about two minutes: both archives
 * are streamed); with `record`, imports afresh and records what the importer picked instead of checking it.
 */
export function ensureSample(content: string, corpus: string, { record = false } = {}): void {
  const ids = () => releaseFiles(content).map(idOfFile).sort((a, b) => a - b);
  if (!record && existsSync(SAMPLE_IDS_FILE) && !difference(ids(), recordedIds())) return;
  rmSync(content, { recursive: true, force: true });
  const archives = ARCHIVES.map((name) => resolve(corpus, name));
  console.log(`importing a ${SAMPLE_SIZE}-release sample of ${archives.join(' ')} into ${content} …`);
  const run = spawnSync('npx', ['tsx', 'scripts/import.ts', ...archives, '--out', content, '--sample', String(SAMPLE_SIZE)], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`the import of the sample failed (exit ${run.status}); run it by hand to see why`);
  if (record) {
    writeFileSync(SAMPLE_IDS_FILE, `${ids().join('\n')}\n`);
    console.log(`recorded ${ids().length} legacy ids in scripts/bench/search-quality/sample-ids.txt`);
    return;
  }
  const drift = difference(ids(), recordedIds());
  if (drift) {
    throw new Error(
      `the importer no longer picks the recorded sample: ${drift}. If lib/import's sampling changed on purpose, run ` +
        '`npm run bench:search-quality -- --record-sample`, then check that every query of queries.tsv still has its target.',
    );
  }
}

/** Every release of the sample content root, in legacy-id order. */
export function readSample(content: string): Release[] {
  return releaseFiles(content)
    .map((file) => {
      const { data, content: body } = matter(readFileSync(file, 'utf8'));
      const title = String(data.title);
      const slug = file.slice(file.lastIndexOf('/') + 1).replace(/\.(?:th|en)\.md$/, '');
      return { legacyId: Number(data.legacyId), slug, title, body, lang: file.endsWith('.en.md') ? ('en' as const) : ('th' as const) };
    })
    .sort((a, b) => a.legacyId - b.legacyId);
}
