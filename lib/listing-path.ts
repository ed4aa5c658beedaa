import { TRANSLATED_SEGMENT, type ListingScope } from './site';

/** A listing address read back: its scope, page (1-based) and whether Thai-only releases are hidden. */
export interface ListingRoute {
  kind: 'listing';
  scope: ListingScope;
  page: number;
  translated: boolean;
}

export type NewsRoute = { kind: 'article'; slug: string } | ListingRoute;

/** A release slug: an ISO date, then lowercase words (the same rule as the content contract). */
const SLUG = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const YEAR = /^\d{4}$/;
const MONTH = /^(0[1-9]|1[0-2])$/;
const PAGE = /^[1-9]\d*$/;

/**
 * The optional tail of a listing address: `translated`, then `page/<n>` with n ≥ 2 (page 1 has no tail, so every
 * page has exactly one address). Returns null for anything else.
 * @example parseListingTail(['translated', 'page', '3']) // { page: 3, translated: true }
 */
export function parseListingTail(segments: readonly string[]): { page: number; translated: boolean } | null {
  let rest = segments;
  const translated = rest[0] === TRANSLATED_SEGMENT;
  if (translated) rest = rest.slice(1);
  if (rest.length === 0) return { page: 1, translated };
  if (rest.length !== 2 || rest[0] !== 'page' || !PAGE.test(rest[1] ?? '')) return null;
  const page = Number(rest[1]);
  return page >= 2 ? { page, translated } : null;
}

/**
 * What an address under `/<lang>/news/` names: a release (`2018-12-07-telmin-18`), or a listing of all news,
 * a year (`2018`) or a month (`2018/12`), with an optional tail (see `parseListingTail`). Null is a 404.
 * @example parseNewsPath(['2018', '12', 'page', '2']) // { kind: 'listing', scope: { kind: 'month', year: 2018, month: 12 }, page: 2, translated: false }
 */
export function parseNewsPath(segments: readonly string[] = []): NewsRoute | null {
  const [first, second] = segments;
  if (first !== undefined && SLUG.test(first)) return segments.length === 1 ? { kind: 'article', slug: first } : null;
  let scope: ListingScope = { kind: 'all' };
  let used = 0;
  if (first !== undefined && YEAR.test(first)) {
    if (second !== undefined && MONTH.test(second)) {
      scope = { kind: 'month', year: Number(first), month: Number(second) };
      used = 2;
    } else {
      scope = { kind: 'year', year: Number(first) };
      used = 1;
    }
  }
  const tail = parseListingTail(segments.slice(used));
  return tail ? { kind: 'listing', scope, ...tail } : null;
}
