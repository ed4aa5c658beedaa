import { describe, expect, it } from 'vitest';
import { getArchive } from '@/lib/content';
import { TermNumbering } from '@/lib/search/index/analyze';
import { prepareAll } from '@/lib/search/index/pool';
import { searchRecords } from '@/lib/search/index/records';

/** Each release's terms with their counts, by release: what an index is built from, whatever the numbering. */
async function counted(threadedFrom: number) {
  const records = searchRecords(getArchive(), 'th');
  const numbering = new TermNumbering();
  const found: Record<string, number>[] = [];
  const docs: number[] = [];
  await prepareAll(
    records,
    numbering,
    (i, { analysis, doc }) => {
      found[i] = Object.fromEntries([...analysis.terms].map((id, k) => [numbering.terms[id], analysis.counts[k]]));
      docs[i] = doc.length;
    },
    { threadedFrom },
  );
  return { found, docs, telmin: records.findIndex((record) => record.slug === '2018-12-07-telmin-18') };
}

describe('prepareAll', () => {
  it('gives the same terms and result files on worker threads as on one thread', async () => {
    const threaded = await counted(1);
    const single = await counted(Infinity);
    expect(threaded.found).toHaveLength(single.found.length);
    expect(threaded.found).toEqual(single.found);
    expect(threaded.docs).toEqual(single.docs);
    // The seed release: TELMIN once in its title (weight 3) and four times in its text; ๒๕๖๑ also counts as 2018.
    expect(single.found[single.telmin]).toMatchObject({ telmin: 7, 2561: 1, 2018: 1 });
  }, 60_000);
});
