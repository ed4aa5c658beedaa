import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatThaiDate, parseThaiDate } from '../../lib/thai';

/** Every distinct publication-date line of the thaigov archives (scripts/extract-date-lines.ts). */
const lines = readFileSync(new URL('../fixtures/date-lines.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);

/** Independent reference: Intl's Thai Buddhist-calendar rendering of every day of 1960–2030 → ISO. */
function intlFullDates(): Map<string, string> {
  const intl = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', {
    timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
  });
  const dates = new Map<string, string>();
  for (let t = Date.UTC(1960, 0, 1); t <= Date.UTC(2030, 11, 31); t += 86_400_000) {
    dates.set(intl.format(t), new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

describe('the date lines of the thaigov archives', () => {
  it('are all there, placeholder included', () => {
    expect(lines.length).toBe(3088);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines).toContain('วันพฤหัสบดีที่ 1 มกราคม 2513');
  });

  it('each parse to the day Intl gives them, and format back to the same line', () => {
    const reference = intlFullDates();
    const mismatches = lines.flatMap((line) => {
      const expected = reference.get(line);
      const parsed = parseThaiDate(line);
      const ok = expected !== undefined && parsed?.start === expected && parsed.end === undefined &&
        formatThaiDate(expected, { style: 'full' }) === line;
      return ok ? [] : [{ line, expected, parsed }];
    });
    expect(mismatches).toEqual([]);
  });
});
