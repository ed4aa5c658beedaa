/** Thailand's offset from UTC: +07:00 all year (no daylight saving). */
const THAI_OFFSET = '+07:00';

/**
 * The instant a Thai calendar day starts, as an ISO date-time: releases are dated in Thailand, so their day begins
 * at midnight Bangkok time. For JSON-LD, Open Graph and feeds, which ask for a time zone.
 * @example isoDateTime('2018-12-07') // '2018-12-07T00:00:00+07:00'
 */
export function isoDateTime(date: string): string {
  return `${date}T00:00:00${THAI_OFFSET}`;
}
