import type { SearchQuery, SortOrder } from './types';

/**
 * The search lives in the address (`/th/search?q=ฝุ่น&year=2019&sort=date&page=2`), so a result list can be shared
 * and the back button works. Years are CE, as in every address of the site.
 */
export function parseSearchParams(params: URLSearchParams): SearchQuery {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const year = Number(params.get('year'));
  const page = Number(params.get('page'));
  const sort: SortOrder = params.get('sort') === 'date' ? 'date' : 'relevance';
  const agency = text('agency');
  const category = text('category');
  return {
    q: (params.get('q') ?? '').trim(),
    ...(agency ? { agency } : {}),
    ...(category ? { category } : {}),
    ...(Number.isInteger(year) && year > 0 ? { year } : {}),
    sort,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string of a search (without `?`), defaults left out. */
export function searchParamsOf(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.agency) params.set('agency', query.agency);
  if (query.category) params.set('category', query.category);
  if (query.year) params.set('year', String(query.year));
  if (query.sort === 'date') params.set('sort', 'date');
  if (query.page > 1) params.set('page', String(query.page));
  return params.toString();
}

/** True when a filter (agency, category or year) is set; the sort order is not a filter. */
export function hasFilters(query: SearchQuery): boolean {
  return Boolean(query.agency || query.category || query.year);
}
