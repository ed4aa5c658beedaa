/**
 * `npm run build:data [-- --out DIR]`
 *
 * Writes the open data of the validated content (`lib/content`, honouring CONTENT_DIR) into `public/data/` (or DIR):
 * per year a JSON Lines (gzip) and a CSV file, `deleted.json`, the row's JSON Schema and the manifest `index.json`
 * (`lib/data`). A year that did not change since the last run keeps its files. Prints what it wrote, the time, CPU
 * time and peak memory.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentCacheFile, contentRoot, getArchive } from '../lib/content';
import { parseInParallel } from '../lib/content/parallel';
import { updateOpenData } from '../lib/data/update';

const { values } = parseArgs({ options: { out: { type: 'string', default: join('public', 'data') } } });
const started = performance.now();
const { cache } = await parseInParallel(contentRoot(), contentCacheFile());
const archive = getArchive({ cache });
const loaded = performance.now();
const loadedCpu = process.cpuUsage();

const report = await updateOpenData(archive, {
  out: resolve(values.out),
  ...(cache && { hashOf: (absolute: string) => cache.hashOf(absolute) }),
  onYear: (year, { rows, encodedDays, copiedDays }) => console.log(`open data ${year}: ${rows.toLocaleString('en')} rows (${encodedDays} days encoded, ${copiedDays} copied)`),
});

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const cpu = ({ user, system }: NodeJS.CpuUsage) => ((user + system) / 1e6).toFixed(1);
const usage = process.resourceUsage();
const bytes = report.manifest.files.reduce((sum, file) => sum + file.bytes, 0);
console.log(
  `open data: ${report.written.length} year(s) written, ${report.kept.length} kept${report.removed.length ? `, ${report.removed.length} removed` : ''}; ` +
    `${report.manifest.files.length} files, ${(bytes / 1e6).toFixed(1)} MB, in ${seconds(performance.now() - loaded)} s ` +
    `(content ${seconds(loaded - started)} s before), CPU ${cpu(process.cpuUsage(loadedCpu))} s (content ${cpu(loadedCpu)} s), peak memory ${(usage.maxRSS / 1024).toFixed(0)} MB`,
);
