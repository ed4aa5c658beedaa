import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { BILINGUAL_LISTS, DICTIONARY_DIR, parseDictionary } from '../../lib/search/dictionary';

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
      'bilingual.tsv:2: source "somewhere" must be corpus:<releases>, list:<name> or registry:<name>',
    );
  });

  it('holds only rows found in the source each names, none of the reviewed exclusions', () => {
    const agencies = yaml.load(readFileSync('content/agencies.yaml', 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, { th: string; en: string }>;
    const fromRegistry = new Set(Object.values(agencies).map((agency) => `${agency.en}\t${agency.th}`));
    const lists = new Map(
      readdirSync(BILINGUAL_LISTS)
        .filter((file) => file.endsWith('.tsv') && file !== 'stop.tsv')
        .map((file) => [`list:${file.replace(/\.tsv$/, '')}`, new Set(rows(readFileSync(join(BILINGUAL_LISTS, file), 'utf8')).map(([en, th]) => `${en}\t${th}`))]),
    );
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
    expect(new Set(entries.map((entry) => entry.source.replace(/^list:.*/, 'list'))).size).toBe(2);
  });

  it('names all 77 provinces, in English and Thai', () => {
    const provinces = rows(readFileSync(join(BILINGUAL_LISTS, 'provinces.tsv'), 'utf8'));
    expect(new Set(provinces.map(([, th]) => th)).size).toBe(77);
    expect(shipped).toContain('Lampang\tลำปาง\tlist:provinces\n');
    expect(shipped).toContain('Ministry of Public Health\tกระทรวงสาธารณสุข\tregistry:agencies\n');
  });
});
