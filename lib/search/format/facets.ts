import { ByteReader, ByteWriter } from './bytes';

/** The flag bits of a release in the facet table. */
export const ReleaseFlag = {
  /** The story also has a version in the other language (a search reading that language's index first skips it). */
  Translated: 1,
} as const;

/**
 * The facet table (`<gen>/facets.bin`): for every release, in id order, its day, agency, category and flags. A few
 * bytes per release give every filter its count without fetching any release.
 */
export interface FacetTable {
  /** Day numbers (`dayNumber`). */
  days: Int32Array;
  /** Index + 1 into the manifest's agencies, 0 for none. */
  agency: Uint16Array;
  /** Index + 1 into the manifest's categories, 0 for none. */
  category: Uint16Array;
  /** `ReleaseFlag` bits. */
  flags: Uint8Array;
}

/**
 * Days since 1970-01-01 of an ISO date.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}

/**
 * The CE year of a day number.
 * @example yearOfDay(dayNumber('2018-12-07')) // 2018
 */
export function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/**
 * The facet table as bytes: the release count, then four runs (days as differences from the previous one, starting
 * from `firstDay`; agencies; categories; flags), each kept apart so that gzip finds its regularity.
 * @param firstDay the manifest's `firstDay` (the day of release 0)
 */
export function encodeFacets(table: FacetTable, firstDay: number): Uint8Array {
  const out = new ByteWriter();
  out.varint(table.days.length);
  let day = firstDay;
  for (const next of table.days) {
    out.varint(next - day);
    day = next;
  }
  for (const agency of table.agency) out.varint(agency);
  for (const category of table.category) out.varint(category);
  for (const flags of table.flags) out.byte(flags);
  return out.result();
}

/** The facet table `encodeFacets` wrote, given the same `firstDay`. */
export function decodeFacets(data: Uint8Array, firstDay: number): FacetTable {
  const reader = new ByteReader(data);
  const n = reader.varint();
  const days = new Int32Array(n);
  let day = firstDay;
  for (let i = 0; i < n; i++) {
    day += reader.varint();
    days[i] = day;
  }
  const agency = Uint16Array.from({ length: n }, () => reader.varint());
  const category = Uint16Array.from({ length: n }, () => reader.varint());
  const flags = reader.bytes(n).slice();
  return { days, agency, category, flags };
}
