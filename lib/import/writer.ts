import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ImportError } from './error';
import type { FileOutcome } from './report';

/** What `<out>/news` already holds: every release file (`news/2018/…th.md`), and the legacyId → file of each. */
export interface ExistingReleases {
  files: Set<string>;
  ids: Map<number, string>;
}

/** Scans `<out>/news` for the release files already there (an earlier import, or an editor's). */
export function existingReleases(out: string): ExistingReleases {
  const files = new Set<string>();
  const ids = new Map<number, string>();
  const news = join(out, 'news');
  if (!existsSync(news)) return { files, ids };
  for (const year of readdirSync(news)) {
    for (const name of readdirSync(join(news, year))) {
      const target = `news/${year}/${name}`;
      files.add(target);
      if (!/\.(th|en)\.md$/.test(name)) continue;
      // An English file of a pair is named after its Thai version's id: only a Thai file's name gives its own id.
      const id = /^\d{4}-\d{2}-\d{2}-(\d+)\.th\.md$/.exec(name)?.[1] ?? /^legacyId:\s*(\d+)\s*$/m.exec(readFileSync(join(news, year, name), 'utf8'))?.[1];
      if (id) ids.set(Number(id), target);
    }
  }
  return { files, ids };
}

/** Writes in flight at once: the disk works while the next pages are read, without holding every file in memory. */
const WRITES_IN_FLIGHT = 64;

/**
 * Saves release files under a content root. A file that already holds exactly the text is left alone; one that
 * holds anything else was changed by an editor after its import and is kept unless `force`. Writes run in the
 * background; `close()` waits for them and throws the first failure.
 * @example
 * const writer = new ReleaseWriter('content', existingReleases('content').files, { dryRun: false, force: false });
 * await writer.save('news/2018/2018-12-07-17391.th.md', text) // 'written', then 'unchanged' on a second run
 * await writer.close();
 */
export class ReleaseWriter {
  private readonly writes = new Set<Promise<void>>();
  private readonly madeDirs = new Set<string>();
  private failure: Error | undefined;

  constructor(
    private readonly out: string,
    private readonly existing: ReadonlySet<string>,
    private readonly options: { dryRun: boolean; force: boolean },
  ) {}

  /**
   * Decides what becomes of `<out>/<target>` and, unless a dry run, starts writing it.
   * @returns `written` (new), `overwritten` (changed, with force), `unchanged` or `kept` (changed, without force)
   * @throws ImportError when an earlier write failed
   */
  async save(target: string, text: string): Promise<FileOutcome> {
    const file = join(this.out, target);
    const current = this.existing.has(target) ? readFileSync(file, 'utf8') : undefined;
    if (current === text) return 'unchanged';
    if (current !== undefined && !this.options.force) return 'kept';
    if (!this.options.dryRun) await this.write(file, text);
    return current === undefined ? 'written' : 'overwritten';
  }

  /** Waits for every write started. @throws ImportError naming the first file that could not be written */
  async close(): Promise<void> {
    await Promise.all(this.writes);
    if (this.failure) throw this.failure;
  }

  private async write(file: string, text: string): Promise<void> {
    const dir = dirname(file);
    if (!this.madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
    this.madeDirs.add(dir);
    const done: Promise<void> = writeFile(file, text).then(
      () => void this.writes.delete(done),
      (error: Error) => {
        this.writes.delete(done);
        this.failure ??= new ImportError(`cannot write ${file}: ${error.message}`);
      },
    );
    this.writes.add(done);
    if (this.writes.size >= WRITES_IN_FLIGHT) await Promise.race(this.writes);
    if (this.failure) throw this.failure;
  }
}
