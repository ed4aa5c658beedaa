import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { BILINGUAL_LISTS, DICTIONARY_DIR, parseDictionary } from '../../lib/search/dictionary';
import { parseTransliterations, TRANSLITERATION_DATASET } from '../../lib/search/dictionary/datasets';

/** The harvested vocabulary, held to its sources: every row says where it came from, and it is there. */

const rows = (text: string) =>
  text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));

describe('bilingual.tsv', () => {
  const shipped = readFileSync(join(DICTIONARY_DIR, 'bilingual.tsv'), 'utf8');

  it('fails on a row without a source, naming its file and line', () => {
    expect(() => parseDictionary('english\tthai\tsource\nflood\tอุทกภัย\n', 'bilingual.tsv', 'translation')).toThrow(
      'bilingual.tsv:2: expected 3 cells separated by tabs (english, thai, source), found 2',
    );
    expect(() => parseDictionary('english\tthai\tsource\nflood\tอุทกภัย\tsomewhere\n', 'bilingual.tsv', 'translation')).toThrow(
      'bilingual.tsv:2: source "somewhere" must be corpus:<releases>, list:<name>, registry:<name> or dataset:<name>',
    );
  });

  it('holds only rows found in the source each names, none of the reviewed exclusions', () => {
    const agencies = yaml.load(readFileSync('content/agencies.yaml', 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, { th: string; en: string }>;
    const fromRegistry = new Set(Object.values(agencies).map((agency) => `${agency.en}\t${agency.th}`));
    const lists = new Map(
      readdirSync(BILINGUAL_LISTS)
        .filter((file) => file.endsWith('.tsv') && file !== 'stop.tsv' && file !== TRANSLITERATION_DATASET.kept)
        .map((file) => [`list:${file.replace(/\.tsv$/, '')}`, new Set(rows(readFileSync(join(BILINGUAL_LISTS, file), 'utf8')).map(([en, th]) => `${en}\t${th}`))]),
    );
    // The dataset's rows are held to the dataset itself, vendored unchanged, not to the file the harvest kept them in.
    const datasetFile = join(BILINGUAL_LISTS, 'datasets', TRANSLITERATION_DATASET.file);
    lists.set(TRANSLITERATION_DATASET.source, new Set(parseTransliterations(readFileSync(datasetFile, 'utf8'), datasetFile).map(({ english, thai }) => `${english}\t${thai}`)));
    const stopped = new Set(rows(readFileSync(join(BILINGUAL_LISTS, 'stop.tsv'), 'utf8')).map(([en, th]) => `${en}\t${th}`));
    const entries = parseDictionary(shipped, 'bilingual.tsv', 'translation');
    expect(entries.length).toBeGreaterThan(700);
    const unsourced = entries.filter(({ forms: [th, en], source }) => {
      const pair = `${en}\t${th}`;
      if (stopped.has(pair)) return true;
      if (source === 'registry:agencies') return !fromRegistry.has(pair);
      return !lists.get(source)?.has(pair);
    });
    expect(unsourced).toEqual([]);
    expect(new Set(entries.map((entry) => entry.source.replace(/^list:.*/, 'list')))).toEqual(new Set(['registry:agencies', 'list', TRANSLITERATION_DATASET.source]));
  });

  it('names all 77 provinces, in English and Thai', () => {
    const provinces = rows(readFileSync(join(BILINGUAL_LISTS, 'provinces.tsv'), 'utf8'));
    expect(new Set(provinces.map(([, th]) => th)).size).toBe(77);
    expect(shipped).toContain('Lampang\tลำปาง\tlist:provinces\n');
    expect(shipped).toContain('Ministry of Public Health\tกระทรวงสาธารณสุข\tregistry:agencies\n');
  });

  it('keeps of the transliteration dataset only rows whose Thai word the archive writes, each as the dataset writes it', () => {
    const kept = parseDictionary(readFileSync(join(BILINGUAL_LISTS, TRANSLITERATION_DATASET.kept), 'utf8'), TRANSLITERATION_DATASET.kept, 'translation');
    const datasetFile = join(BILINGUAL_LISTS, 'datasets', TRANSLITERATION_DATASET.file);
    const dataset = parseTransliterations(readFileSync(datasetFile, 'utf8'), datasetFile);
    // Fewer than one usable row in three is a word the releases write (1,148 of 3,857 in the archive of 2026-12).
    expect(kept.length).toBeGreaterThan(100);
    expect(kept.length).toBeLessThan(dataset.length / 3);
    expect(kept.filter((entry) => entry.source !== TRANSLITERATION_DATASET.source)).toEqual([]);
    expect(kept.map((entry) => entry.forms)).toContainEqual(['วัคซีน', 'vaccine']);
    // A pair a typed-in list also gives keeps the list as its source.
    expect(shipped).toContain(`digital\tดิจิตอล\t${TRANSLITERATION_DATASET.source}\n`);
    expect(shipped).toContain('digital\tดิจิทัล\tlist:vocabulary\n');
    expect(shipped).not.toContain(`digital\tดิจิทัล\t${TRANSLITERATION_DATASET.source}\n`);
  });
});
