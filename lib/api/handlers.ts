import type { Archive } from '../content';
import { absoluteUrl } from '../site';
import { apiPaths } from './addresses';
import { jsonResponse, problemResponse } from './http';
import { parseListQuery } from './query';
import { findRelease, listReleases, registryItems } from './releases';

/** The API's answers, from a request and the archive served: what the route files under `app/api/v1/` return. */

/** `GET /api/v1/releases`: a page of releases, with the next page's cursor in the body and a `Link: rel="next"`. */
export function releasesAnswer(request: Request, archive: Archive): Response {
  const url = new URL(request.url);
  const parsed = parseListQuery(url.searchParams);
  if ('invalid' in parsed) return problemResponse(400, `the query has ${parsed.invalid.length} bad parameter(s): ${parsed.invalid.map((p) => p.reason).join('; ')}`, parsed.invalid);
  const page = listReleases(archive, parsed.query);
  if ('invalid' in page) return problemResponse(400, page.invalid.map((p) => p.reason).join('; '), page.invalid);
  if (!page.next) return jsonResponse(request, page);
  const next = new URLSearchParams(url.searchParams);
  next.set('cursor', page.next);
  return jsonResponse(request, page, { Link: `<${absoluteUrl(`${apiPaths.releases()}?${next}`)}>; rel="next"` });
}

/** `GET /api/v1/releases/{slug}`: both versions of a release; 410 for a deleted one, 404 for an unknown slug. */
export function releaseAnswer(request: Request, archive: Archive, slug: string): Response {
  const unknown = unknownParameters(request);
  if (unknown) return unknown;
  const result = findRelease(archive, slug);
  if ('found' in result) return jsonResponse(request, result.found);
  if ('gone' in result) return problemResponse(410, `the release ${slug} was deleted on ${result.gone.deleted}; /data/deleted.json lists every deleted release`);
  return problemResponse(404, `no release has the slug "${slug}"; GET ${apiPaths.releases()} lists them`);
}

/** `GET /api/v1/agencies`, `GET /api/v1/categories`. */
export function registryAnswer(request: Request, archive: Archive, kind: 'agencies' | 'categories'): Response {
  return unknownParameters(request) ?? jsonResponse(request, { items: registryItems(archive, kind) });
}

/** A 400 for an address that takes no query parameter and was given some (a typo of a filter is never ignored). */
function unknownParameters(request: Request): Response | undefined {
  const names = [...new Set(new URL(request.url).searchParams.keys())];
  if (names.length === 0) return undefined;
  const invalid = names.map((name) => ({ name, reason: `${name}: unknown parameter; this address takes none` }));
  return problemResponse(400, invalid.map((p) => p.reason).join('; '), invalid);
}
