/**
 * Extracts every distinct publication-date line (`วัน<weekday>ที่ D <month> YYYY`) from the
 * thaigov corpus archives into tests/fixtures/date-lines.txt (sorted, one per line), so the
 * date tests run without the corpus. Usage: `npm run fixtures:dates` (needs tar + xz).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { command } from '../lib/cli';

command({ usage: 'usage: npm run fixtures:dates' });
const root = fileURLToPath(new URL('../', import.meta.url));
const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const archives = ['thaigov-v1.tar.xz', 'thaigov-v2.tar.xz'];
const output = `${root}tests/fixtures/date-lines.txt`;
const DATE_LINE = /^วัน\S+ที่\s+\S+\s+\S+\s+\S+$/;
const TITLE = /รัฐบาลไทย-/; // not anchored: a file without a final newline runs into the next

/**
 * Streams all files of `archive` (concatenated by `tar -O`) and counts each file's publication
 * date line in `found`: the first non-blank line after the title line. Date-like lines inside
 * bodies (often misspelt) are not publication dates and are skipped.
 */
async function collect(archive: string, found: Map<string, number>): Promise<void> {
  const tar = spawn('tar', ['-xJOf', corpus + archive], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => tar.on('close', resolve));
  let afterTitle = false;
  for await (const raw of createInterface({ input: tar.stdout, crlfDelay: Infinity })) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (TITLE.test(line)) afterTitle = true;
    else if (afterTitle && line !== '') {
      if (DATE_LINE.test(line)) found.set(line, (found.get(line) ?? 0) + 1);
      afterTitle = false;
    }
  }
  const code = await exited;
  if (code !== 0) throw new Error(`tar exited with ${code} on ${archive}`);
}

const found = new Map<string, number>();
for (const archive of archives) await collect(archive, found);
const lines = [...found.keys()].sort();
const total = [...found.values()].reduce((sum, n) => sum + n, 0);
writeFileSync(output, lines.join('\n') + '\n');
console.log(`${total} date lines, ${lines.length} distinct, written to ${output}`);
