import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsxCli = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/cli.mjs');
const thai = new URL('../../lib/thai/index.ts', import.meta.url).href;

/**
 * Runs in a child process under the given TZ: formats and parses a sample of days (every 53rd day
 * of 1900–2100 plus the edge cases), and reports what the zone does to a naive `new Date(iso)`.
 */
const probe = `
import { formatEnglishDate, formatThaiDate, parseThaiDate, toBuddhistYear } from ${JSON.stringify(thai)};
const sample = ['1900-02-28', '1900-03-01', '1940-01-01', '1940-03-31', '1940-04-01', '1940-12-31', '1941-01-01',
  '2000-02-29', '2018-12-07', '2024-02-29', '2024-12-31'];
for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2101, 0, 1); t += 53 * 86400000) sample.push(new Date(t).toISOString().slice(0, 10));
const results = sample.map((iso) => {
  const full = formatThaiDate(iso, { style: 'full' });
  return [iso, full, formatThaiDate(iso, { style: 'short', digits: 'thai' }), formatEnglishDate(iso, { style: 'full' }),
    toBuddhistYear(iso), parseThaiDate(full), parseThaiDate('30 ธ.ค. 2566 – 2 ม.ค. 2567')];
});
console.log(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  naiveDay: new Date('2018-12-07').getDate(), naiveHour: new Date('2018-12-07').getHours(), results }));
`;

function runUnder(tz: string) {
  const out = execFileSync(process.execPath, [tsxCli, '--eval', probe], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  return JSON.parse(out) as { zone: string; naiveDay: number; naiveHour: number; results: unknown[] };
}

describe('results do not depend on the process time zone', () => {
  it('are identical under UTC, Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC−11)', () => {
    const utc = runUnder('UTC');
    const kiritimati = runUnder('Pacific/Kiritimati');
    const pagoPago = runUnder('Pacific/Pago_Pago');

    // The zones really were in force: a naive Date moves the same day to other hours, even days.
    expect([utc.zone, kiritimati.zone, pagoPago.zone]).toEqual(['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']);
    expect([utc.naiveHour, kiritimati.naiveHour, pagoPago.naiveHour]).toEqual([0, 14, 13]);
    expect(pagoPago.naiveDay).toBe(6);

    expect(kiritimati.results).toEqual(utc.results);
    expect(pagoPago.results).toEqual(utc.results);
    expect(utc.results).toHaveLength(11 + 1386);
    expect(utc.results[8]).toEqual([
      '2018-12-07', 'วันศุกร์ที่ 7 ธันวาคม 2561', '๗ ธ.ค. ๖๑', 'Friday 7 December 2018', 2561,
      { start: '2018-12-07' }, { start: '2023-12-30', end: '2024-01-02' },
    ]);
  });
});
