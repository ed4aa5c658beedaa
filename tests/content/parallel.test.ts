import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive, versionsOf } from '@/lib/content';
import { parseInParallel } from '@/lib/content/parallel';

describe('parseInParallel', () => {
  it('fills the parse cache on worker threads with what loadArchive would have parsed itself', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'parallel-')), 'content');
    cpSync(join(process.cwd(), 'content'), root, { recursive: true });
    const cacheFile = join(root, '..', '.cache', 'content.json');
    // Files read within 2 s of their last change are read again by the next build (ParseCache's RACY_MS): let the
    // copies age first, or the second parse below would find them all again on a fast machine.
    await new Promise((resolve) => setTimeout(resolve, 2100));

    const progress: number[] = [];
    const { cache, parsed } = await parseInParallel(root, cacheFile, { minFiles: 1, onProgress: (done) => progress.push(done) });
    const { archive, errors } = loadArchive(root);
    const plain = { archive, errors };
    const loaded = (options: Parameters<typeof loadArchive>[1]) => {
      const result = loadArchive(root, options);
      return { archive: result.archive, errors: result.errors };
    };

    expect(parsed).toBe(plain.archive.stories.reduce((files, story) => files + versionsOf(story).length, 0));
    expect(progress.at(-1)).toBe(parsed);
    expect(loaded({ cache })).toEqual(plain);
    // loadArchive saved the cache: the next build parses nothing, and reads the same archive from the file.
    expect((await parseInParallel(root, cacheFile, { minFiles: 1 })).parsed).toBe(0);
    expect(loaded({ cacheFile })).toEqual(plain);
  }, 60_000);
});
