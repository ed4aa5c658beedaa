import { describe, expect, it } from 'vitest';
import { formatThaiDate, parseThaiDate, type ThaiDateStyle } from '../../lib/thai';

/** ISO dates of every day of 1913–2100, stepped on UTC instants (independently of lib/thai). */
const ALL_DAYS: string[] = [];
for (let t = Date.UTC(1913, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
  ALL_DAYS.push(new Date(t).toISOString().slice(0, 10));
}

/** Days of the years `first`–`last` whose formatted text does not parse back to `{ start: day }`. */
function roundTripFailures(first: number, last: number, style: ThaiDateStyle, digits: 'arabic' | 'thai') {
  const failures = [];
  const days = ALL_DAYS.filter((iso) => iso >= `${first}-01-01` && iso <= `${last}-12-31`);
  for (const iso of days) {
    const text = formatThaiDate(iso, { style, digits });
    const parsed = parseThaiDate(text);
    if (parsed?.start !== iso || parsed.end !== undefined) failures.push({ iso, text, parsed });
  }
  return failures;
}

describe('parseThaiDate(formatThaiDate(day)) gives the day back', () => {
  for (const style of ['full', 'long', 'medium'] as const) {
    for (const digits of ['arabic', 'thai'] as const) {
      it(`every day of 1913–2100, ${style} style, ${digits} digits`, () => {
        expect(roundTripFailures(1913, 2100, style, digits)).toEqual([]);
      });
    }
  }

  for (const digits of ['arabic', 'thai'] as const) {
    it(`every day of 1957–2056 (BE 2500–2599), short style, ${digits} digits`, () => {
      expect(roundTripFailures(1957, 2056, 'short', digits)).toEqual([]);
    });
  }
});
