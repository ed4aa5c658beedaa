/**
 * `npm run bench:import -- [input…] [--keep]`: imports the inputs (default: both archives of ../shared/corpus) into
 * a fresh temporary content root, exactly as `npm run import` does, and prints the wall time, the CPU time, the peak
 * memory and the counts. The temporary folder is removed afterwards unless --keep is given.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { command, fail } from '../../lib/cli';
import { runImport } from '../../lib/import/run';
import { summaryLines } from '../../lib/import/summary';

const { values, positionals } = command({ usage: 'usage: npm run bench:import -- [input…] [--keep]', allowPositionals: true, options: { keep: { type: 'boolean', default: false } } });
const inputs = positionals.length ? positionals : ['../shared/corpus/thaigov-v1.tar.xz', '../shared/corpus/thaigov-v2.tar.xz'];
const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
const out = join(dir, 'content');
const threads = availableParallelism();

const started = performance.now();
const report = await runImport({ inputs, out, threads });
const seconds = (performance.now() - started) / 1000;
const usage = process.resourceUsage();
if (!values.keep) rmSync(dir, { recursive: true, force: true });

const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
console.log(`inputs  ${inputs.join(' ')}`);
console.log(`out     ${out}${values.keep ? '' : ' (removed)'}`);
console.log(`time    ${seconds.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU (user ${(usage.userCPUTime / 1e6).toFixed(1)} + system ${(usage.systemCPUTime / 1e6).toFixed(1)}), ${threads} worker threads`);
console.log(`memory  peak RSS ${Math.round(usage.maxRSS / 1024)} MB (this process with its worker threads; each xz -dc adds about 10 MB)`);
for (const line of summaryLines(report)) console.log(line);
const { read, imported, rejected, duplicates, notSampled } = report.counts;
if (read !== imported + rejected + duplicates + notSampled) fail('the counts do not reconcile: read ≠ imported + rejected + duplicates');
