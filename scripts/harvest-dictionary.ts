/**
 * `npm run harvest:dictionary -- [archive.tar.xz | folder]... [--min N] [--min-spelling N] [--out DIR] [--reuse]`
 *
 * Writes the search dictionary (lib/search/dictionary/abbreviations.tsv and variants.tsv) from the corpus and the
 * typed-in lists of lib/search/dictionary/lists/. Reads every release once (default: ../shared/corpus/*.tar.xz)
 * and collects
 * - abbreviation pairs the releases spell out ("ธนาคารแห่งประเทศไทย (ธปท.)"), kept when seen in N releases
 *   (`--min`, default 5) and not in lists/stop.tsv;
 * - short forms ending in ฯ that cut a kept full form after one of its words (`กระทรวงดิจิทัลฯ`), same threshold;
 * - respellings of the loanword list's standard forms (lib/search/dictionary/spellings.ts), kept when seen in
 *   `--min-spelling` releases (default 3);
 * - English words of one family or in two spellings that the stemmer keeps apart (economy / economic, organise /
 *   organize: lib/search/dictionary/english.ts), kept when both words are seen in `--min-spelling` releases;
 * - the rows of the Thai–English transliteration dataset (lib/search/dictionary/bilingual/datasets/) whose Thai word
 *   `--min-spelling` releases write as words, into bilingual/transliterations.tsv; then bilingual.tsv is written
 *   again with them (as `npm run harvest:bilingual` does).
 * Review material goes to DIR (default bench-out/dictionary, git-ignored): every candidate with its count, and the
 * counts themselves (`counts.json`), which `--reuse` reads instead of the corpus to try other thresholds or stop lists.
 * Exits 1 when the corpus or a list cannot be read, 2 on bad arguments.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { command, fail, progressBar, usageError } from '../lib/cli';
import { readSource, SourceError } from '../lib/import/sources';
import { BILINGUAL_LISTS, DICTIONARY_DIR, DICTIONARY_FILES, DictionaryError, parseDictionary, parseStopList, type DictionaryEntry, type DictionaryKind } from '../lib/search/dictionary';
import { EnglishWordCounter, englishPairs } from '../lib/search/dictionary/english';
import { parseTransliterations, TRANSLITERATION_DATASET } from '../lib/search/dictionary/datasets';
import { choosePairs, ellipsisForms, ellipsisRuns, findPairs, type CountedPair } from '../lib/search/dictionary/pairs';
import { ReleaseCounter, spellingVariants, WordCounter } from '../lib/search/dictionary/spellings';
import { normalizeThai } from '../lib/thai';
import { writeBilingual } from './dictionary/bilingual';

const USAGE = 'usage: npm run harvest:dictionary -- [archive.tar.xz | folder]... [--min N] [--min-spelling N] [--out DIR] [--reuse]';
const CORPUS = '../shared/corpus';
const LISTS = join(DICTIONARY_DIR, 'lists');
const DATASET = join(BILINGUAL_LISTS, 'datasets', TRANSLITERATION_DATASET.file);
const KEPT_TRANSLITERATIONS = join(BILINGUAL_LISTS, TRANSLITERATION_DATASET.kept);
const STOP_LIST = join(LISTS, 'stop.tsv');

const cli = command({
  usage: USAGE,
  allowPositionals: true,
  options: {
    min: { type: 'string', default: '5' },
    'min-spelling': { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench-out/dictionary' },
    reuse: { type: 'boolean', default: false },
  },
});
const minReleases = cli.positiveInteger('min');
const minSpelling = cli.positiveInteger('min-spelling');
const inputs = cli.values.reuse ? [] : cli.positionals.length > 0 ? cli.positionals : corpusArchives();
const countsFile = join(cli.values.out, 'counts.json');

function corpusArchives(): string[] {
  try {
    return readdirSync(CORPUS).filter((name) => name.endsWith('.tar.xz')).sort().map((name) => join(CORPUS, name));
  } catch {
    return usageError(`${CORPUS}: no corpus folder here; give the archives to read`);
  }
}

/** The typed-in lists, by kind; each row's source must name its own file. */
function readLists(): Record<DictionaryKind, DictionaryEntry[]> {
  const lists: Record<DictionaryKind, DictionaryEntry[]> = { abbreviation: [], variant: [], everyday: [], translation: [] };
  for (const name of readdirSync(LISTS).filter((file) => file.endsWith('.tsv') && file !== 'stop.tsv').sort()) {
    const path = join(LISTS, name);
    const text = readFileSync(path, 'utf8');
    const kind = DICTIONARY_FILES.find(({ header }) => text.startsWith(`${header}\n`))?.kind;
    if (!kind) throw new DictionaryError(`${path}:1: the header must be one of ${DICTIONARY_FILES.map(({ header }) => `"${header.replaceAll('\t', '<TAB>')}"`).join(', ')}`);
    const source = `list:${basename(name, '.tsv')}`;
    const entries = parseDictionary(text, path, kind);
    const stray = entries.findIndex((entry) => entry.source !== source);
    if (stray >= 0) throw new DictionaryError(`${path}: row "${entries[stray]!.forms.join(' / ')}" says source ${entries[stray]!.source}; rows of this file say ${source}`);
    lists[kind].push(...entries);
  }
  return lists;
}

/** lists/stop.tsv: `short<TAB>full<TAB>why` (or `variant<TAB>standard<TAB>why`); full `*` drops every pair of the short. */
const readStopList = () => parseStopList(readFileSync(STOP_LIST, 'utf8'), STOP_LIST, ['short', 'full']);

const started = performance.now();
let lists: Record<DictionaryKind, DictionaryEntry[]>;
let stop: Set<string>;
try {
  lists = readLists();
  stop = readStopList();
} catch (error) {
  fail((error as Error).message);
}

// Spellings to count: every form of the variant lists, and the rules' respellings of the Thai standard forms of the
// loanword list and of the Thai forms of the Latin list (วัคซีน, แอปพลิเคชัน).
const respellings = new Map<string, string>();
for (const { forms, source } of lists.variant) {
  const thai = source === 'list:loanwords' ? forms[0]! : source === 'list:latin' ? forms[1]! : undefined;
  if (thai) for (const variant of spellingVariants(thai)) if (!respellings.has(variant)) respellings.set(variant, thai);
}
const counter = new ReleaseCounter(new Set([...lists.variant.flatMap(({ forms }) => forms), ...respellings.keys()]));
const englishWords = new EnglishWordCounter();
let transliterations: ReturnType<typeof parseTransliterations>;
try {
  transliterations = parseTransliterations(readFileSync(DATASET, 'utf8'), DATASET);
} catch (error) {
  fail((error as Error).message);
}
const transliterationWords = new WordCounter(transliterations.map(({ thai }) => thai));

const decoder = new TextDecoder();

/** Reads every release of the inputs once, giving `visit` its text (Thai repaired, runs of spaces as one). */
async function eachRelease(label: string, visit: (text: string) => void): Promise<number> {
  const bar = progressBar(process.stdout);
  let read = 0;
  try {
    for (const input of inputs) {
      for await (const file of readSource(input, (done, total) => bar.update(done, total, `${label}: ${read.toLocaleString('en')} releases read  ${basename(input)}`))) {
        if ('ignored' in file) continue;
        read += 1;
        visit(normalizeThai(decoder.decode(file.bytes).replace(/^\uFEFF/, '')).replace(/[ \t\u00A0]+/g, ' '));
      }
    }
  } catch (error) {
    bar.stop();
    if (error instanceof SourceError) fail(error.message);
    throw error;
  }
  bar.stop();
  return read;
}

interface Counts {
  releases: number;
  tally: [string, [string, number][]][];
  ellipses: [string, number][];
  spellings: [string, number][];
  /** Releases that write both a short form ending in ฯ and its full form (the second pass). */
  together: [string, number][];
  /** Lower-case English words and the releases that write each. */
  english: [string, number][];
  /** The transliteration dataset's Thai words and the releases that write each as words. */
  transliterations: [string, number][];
}

let tally = new Map<string, Map<string, number>>();
let ellipses = new Map<string, number>();
let releases = 0;
let together = new Map<string, number>();
if (cli.values.reuse) {
  const saved = JSON.parse(readFileSync(countsFile, 'utf8')) as Counts;
  releases = saved.releases;
  tally = new Map(saved.tally.map(([short, fulls]) => [short, new Map(fulls)]));
  ellipses = new Map(saved.ellipses);
  together = new Map(saved.together);
  for (const [form, seen] of saved.spellings) if (counter.counts.has(form)) counter.counts.set(form, seen);
  if (!saved.english) usageError(`${countsFile} has no English word counts (written before they were counted): run without --reuse`);
  for (const [word, seen] of saved.english) englishWords.counts.set(word, seen);
  if (!saved.transliterations) usageError(`${countsFile} has no counts of the transliteration dataset (written before they were counted): run without --reuse`);
  for (const [word, seen] of saved.transliterations) if (transliterationWords.counts.has(word)) transliterationWords.counts.set(word, seen);
} else {
  releases = await eachRelease('pass 1 of 2', (text) => {
    for (const { short, full } of findPairs(text)) {
      const fulls = tally.get(short) ?? tally.set(short, new Map()).get(short)!;
      fulls.set(full, (fulls.get(full) ?? 0) + 1);
    }
    for (const form of ellipsisForms(text)) ellipses.set(form, (ellipses.get(form) ?? 0) + 1);
    counter.add(text);
    englishWords.add(text);
    transliterationWords.add(text);
  });
}
const readSeconds = (performance.now() - started) / 1000;

// Abbreviations spelled out in the releases.
const candidates = [...tally].flatMap(([short, fulls]) => [...fulls].map(([full, count]) => ({ short, full, releases: count })));
const chosen = choosePairs(tally, minReleases);
const stopped = chosen.filter(({ short, full }) => stop.has(`${short}\t${full}`) || stop.has(`${short}\t*`));
const kept = chosen.filter((pair) => !stopped.includes(pair));

// Short forms ending in ฯ: a kept or listed full form cut after one of its words, when that cut names no other
// known full form, and at least TOGETHER_SHARE of the releases that write the cut with ฯ also write the full form
// (a generic cut, `รองปลัดฯ`, is written beside many full forms this dictionary does not know).
const TOGETHER_SHARE = 0.3;
const fullForms = [...new Set([...kept.map(({ full }) => full), ...lists.abbreviation.map(({ forms }) => forms[0]!)])];
const cuts = fullForms.flatMap((full) => ellipsisCuts(full).map((cut) => ({ cut, full })));
const ellipsisCandidates: CountedPair[] = cuts
  .filter(({ cut }) => cuts.filter((other) => other.cut === cut).length === 1 && !fullForms.includes(cut))
  .map(({ cut, full }) => ({ short: `${cut}ฯ`, full, releases: ellipses.get(cut) ?? 0 }))
  .filter(({ short, full, releases: count }) => count >= minReleases && !stop.has(`${short}\t${full}`))
  .sort((a, b) => b.releases - a.releases);
if (!cli.values.reuse) {
  const fullCounter = new ReleaseCounter(new Set(ellipsisCandidates.map(({ full }) => full)));
  await eachRelease('pass 2 of 2', (text) => {
    const found = fullCounter.add(text);
    const runs = ellipsisRuns(text);
    for (const { short, full } of ellipsisCandidates) {
      const cut = short.slice(0, -1);
      if (found.has(full) && runs.some((run) => run.endsWith(cut))) together.set(short, (together.get(short) ?? 0) + 1);
    }
  });
  const twice = <T,>(entries: Iterable<[T, number]>) => [...entries].filter(([, seen]) => seen >= 2);
  const savedTally = [...tally].map(([short, fulls]) => [short, twice(fulls)] as [string, [string, number][]]).filter(([, fulls]) => fulls.length > 0);
  // Pairs and ฯ forms seen once are not saved: no threshold of 2 or more can keep them.
  const saved: Counts = { releases, tally: savedTally, ellipses: twice(ellipses), spellings: [...counter.counts], together: [...together], english: twice(englishWords.counts), transliterations: [...transliterationWords.counts].filter(([, seen]) => seen > 0) };
  mkdirSync(cli.values.out, { recursive: true });
  writeFileSync(countsFile, JSON.stringify(saved));
}
const ellipsisPairs = ellipsisCandidates.filter(({ short, releases: count }) => (together.get(short) ?? 0) >= count * TOGETHER_SHARE);

/** The cuts of a full form after its second, third … word: กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม → กระทรวงดิจิทัล, … */
function ellipsisCuts(full: string): string[] {
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const ends = [...segmenter.segment(full)].filter(({ isWordLike }) => isWordLike).map(({ index, segment }) => index + segment.length);
  return ends.slice(1, -1).map((end) => full.slice(0, end)).filter((cut) => /^[\u0E01-\u0E4E]+$/.test(cut) && cut.length >= 6);
}

// Respellings the releases write.
const count = (form: string) => counter.counts.get(form) ?? 0;
const listedVariants = new Set(lists.variant.flatMap(({ forms }) => forms));
// A respelling inside a longer form seen in the corpus too (ไฮไลท inside ไฮไลท์) is not measured by its count: left out.
const countedForms = [...listedVariants, ...respellings.keys()].filter((form) => count(form) > 0);
const standards = new Set(lists.variant.map(({ forms }) => forms[0]!));
const insideAnother = (form: string) => countedForms.some((other) => other !== form && other.includes(form));
const spellingPairs = [...respellings]
  .filter(([variant]) => count(variant) >= minSpelling && !insideAnother(variant) && !standards.has(variant))
  .map(([variant, standard]) => ({ variant, standard, releases: count(variant) }))
  .sort((a, b) => b.releases - a.releases || (a.variant < b.variant ? -1 : 1));

// English words of one family, or in two spellings, that the stemmer keeps apart.
const englishCandidates = englishPairs(englishWords.counts, 2);
const englishStopped = (variant: string, standard: string) => stop.has(`${variant}\t${standard}`) || stop.has(`${standard}\t${variant}`);
const englishKept = englishCandidates.filter(({ variant, standard, releases: seen }) => seen >= minSpelling && !englishStopped(variant, standard));

// The two files: measured rows first (a listed pair the corpus also measures gets its count), then the lists.
const GENERATED = '# Written by npm run harvest:dictionary from the corpus and lists/*.tsv: edit those (or lists/stop.tsv) and rerun.';
function writeDictionary(kind: DictionaryKind, measured: [other: string, main: string, releases: number][]): Record<string, number> {
  const { file, header } = DICTIONARY_FILES.find((entry) => entry.kind === kind)!;
  const rows: string[] = [];
  const seen = new Set<string>();
  const perSource: Record<string, number> = {};
  const add = (other: string, main: string, source: string) => {
    const key = [other, main].sort().join('\t');
    if (seen.has(key) || other === main) return;
    seen.add(key);
    rows.push(`${other}\t${main}\t${source}`);
    const name = source.startsWith('corpus:') ? 'corpus' : source;
    perSource[name] = (perSource[name] ?? 0) + 1;
  };
  for (const [other, main, releasesSeen] of measured) add(other, main, `corpus:${releasesSeen}`);
  for (const { forms, source } of lists[kind]) add(forms[1]!, forms[0]!, source);
  const path = join(DICTIONARY_DIR, file);
  writeFileSync(path, `${[header, GENERATED, ...rows].join('\n')}\n`);
  parseDictionary(readFileSync(path, 'utf8'), path, kind);
  return perSource;
}

// The transliteration dataset's rows whose Thai word the archive writes, in the dataset's order; then bilingual.tsv.
const writes = (thai: string) => transliterationWords.counts.get(thai) ?? 0;
const keptTransliterations = transliterations.filter(({ thai }) => writes(thai) >= minSpelling);
const transliterationLines = [
  'english\tthai\tsource',
  `# Written by npm run harvest:dictionary: the rows of datasets/${TRANSLITERATION_DATASET.file} whose Thai word at least ${minSpelling} releases of the archive write as words (edit stop.tsv to leave one out of bilingual.tsv).`,
  ...new Set(keptTransliterations.map(({ thai, english }) => `${english}\t${thai}\t${TRANSLITERATION_DATASET.source}`)),
];
writeFileSync(KEPT_TRANSLITERATIONS, `${transliterationLines.join('\n')}\n`);
let bilingualSummary: string;
try {
  bilingualSummary = writeBilingual('content');
} catch (error) {
  fail((error as Error).message);
}

const abbreviationSources = writeDictionary('abbreviation', [...kept, ...ellipsisPairs].map(({ short, full, releases: seen }) => [short, full, seen]));
const variantSources = writeDictionary('variant', [...spellingPairs, ...englishKept].map(({ variant, standard, releases: seen }) => [variant, standard, seen]));

// Review material.
mkdirSync(cli.values.out, { recursive: true });
const tsv = (rows: (string | number)[][]) => `${rows.map((row) => row.join('\t')).join('\n')}\n`;
writeFileSync(join(cli.values.out, 'abbreviation-candidates.tsv'), tsv([['short', 'full', 'releases'], ...candidates.filter(({ releases: seen }) => seen >= 2).sort((a, b) => b.releases - a.releases).map(({ short, full, releases: seen }) => [short, full, seen])]));
writeFileSync(join(cli.values.out, 'abbreviations-chosen.tsv'), tsv([['short', 'full', 'releases', 'stopped'], ...choosePairs(tally, 2).map((pair) => [pair.short, pair.full, pair.releases, pair.releases < minReleases ? 'below --min' : stop.has(`${pair.short}\t${pair.full}`) || stop.has(`${pair.short}\t*`) ? 'stopped' : ''])]));
writeFileSync(join(cli.values.out, 'ellipsis-pairs.tsv'), tsv([['short', 'full', 'releases', 'with full form', 'kept'], ...ellipsisCandidates.map(({ short, full, releases: seen }) => [short, full, seen, together.get(short) ?? 0, ellipsisPairs.some((pair) => pair.short === short) ? 'kept' : ''])]));
writeFileSync(join(cli.values.out, 'english-pairs.tsv'), tsv([['variant', 'standard', 'releases', 'dropped'], ...englishCandidates.map(({ variant, standard, releases: seen }) => [variant, standard, seen, seen < minSpelling ? 'below --min-spelling' : englishStopped(variant, standard) ? 'stopped' : ''])]));
writeFileSync(join(cli.values.out, 'transliteration-counts.tsv'), tsv([['thai', 'english', 'releases', 'dataset line', 'kept'], ...transliterations.map(({ thai, english, line }) => [thai, english, writes(thai), line, writes(thai) >= minSpelling ? 'kept' : ''])]));
writeFileSync(join(cli.values.out, 'spelling-counts.tsv'), tsv([['form', 'releases', 'standard'], ...[...counter.counts].sort((a, b) => b[1] - a[1]).map(([form, seen]) => [form, seen, respellings.get(form) ?? ''])]));

const pairsFound = candidates.length;
console.log(`${cli.values.reuse ? `reused the counts of ${countsFile}` : 'pass 1 read'} ${releases.toLocaleString('en')} releases in ${readSeconds.toFixed(1)} s`);
console.log(`abbreviations: ${pairsFound.toLocaleString('en')} candidate pairs${cli.values.reuse ? ' (saved ones: seen in 2+ releases)' : ''} for ${tally.size.toLocaleString('en')} short forms; ${chosen.length} chosen (seen in ≥ ${minReleases} releases), ${stopped.length} dropped by lists/stop.tsv, ${kept.length} kept; short forms ending in ฯ: ${ellipsisCandidates.length} candidates, ${ellipsisPairs.length} kept (written beside their full form in ≥ ${TOGETHER_SHARE * 100}% of their releases)`);
console.log(`variants: ${respellings.size} respellings tried, ${spellingPairs.length} seen in ≥ ${minSpelling} releases and kept`);
console.log(`English word pairs: ${englishCandidates.length} candidates (both words in ≥ 2 releases), ${englishCandidates.filter(({ releases: seen }) => seen >= minSpelling).length} in ≥ ${minSpelling}, ${englishKept.length} kept after lists/stop.tsv`);
const unseen = [...listedVariants].filter((form) => count(form) === 0);
console.log(`list forms never seen in the corpus: ${unseen.length} (see spelling-counts.tsv)`);
console.log(`abbreviations.tsv rows by source: ${JSON.stringify(abbreviationSources)}`);
console.log(`variants.tsv rows by source: ${JSON.stringify(variantSources)}`);
console.log(`transliteration dataset: ${transliterations.length} usable rows, ${keptTransliterations.length} with a Thai word written in ≥ ${minSpelling} releases (${KEPT_TRANSLITERATIONS})`);
console.log(bilingualSummary);
console.log(`review material: ${cli.values.out}/`);
console.log(`time ${((performance.now() - started) / 1000).toFixed(1)} s`);
