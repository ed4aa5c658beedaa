import { createHash } from 'node:crypto';
import { currentManifest } from '../data/publication';
import type { z } from 'zod';
import type { InvalidParam } from './query';
import type { problemSchema } from './schemas';

/**
 * The API's HTTP conventions, in one place: JSON with a strong ETag computed from the bytes, Last-Modified at the
 * time of the publication being served (from the open data's manifest, which every instance reads from the same
 * folder: the same answer from each), conditional requests answered 304, CORS for GET, and errors as
 * `application/problem+json` (RFC 9457).
 */

/**
 * Clients keep an answer a minute. nginx keeps it as it keeps pages (deploy/nginx.conf caches what carries
 * `s-maxage=31536000`, 10 s at a time, refreshed in the background), so a publication shows through it within 10 s.
 */
export const API_CACHE_CONTROL = 'public, max-age=60, s-maxage=31536000';
/** Errors: a client may keep them a minute; nginx keeps a 404 or 410 10 s and never a 400. */
const ERROR_CACHE_CONTROL = 'public, max-age=60';

/** Any site may read the API from a browser; only simple GET requests are answered, so no preflight is needed. */
const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Link',
};

/** The HTTP reason phrases of the statuses the API answers with. */
const titles = { 400: 'Bad Request', 404: 'Not Found', 410: 'Gone' } as const;
export type ProblemStatus = keyof typeof titles;

/** An RFC 9457 problem report as the API sends it; `invalidParams` names each bad query parameter. */
type Problem = z.output<typeof problemSchema>;

function lastModified(): string | undefined {
  const publishedAt = currentManifest()?.publishedAt;
  return publishedAt ? new Date(publishedAt).toUTCString() : undefined;
}

/**
 * A JSON answer with its caching headers, or 304 Not Modified when the request's `If-None-Match` names its ETag
 * (or, without one, its `If-Modified-Since` is not before the publication served).
 * @param headers more headers (a `Link` to the next page)
 */
export function jsonResponse(request: Request, data: unknown, headers: Record<string, string> = {}): Response {
  const body = JSON.stringify(data);
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const modified = lastModified();
  const common = { ETag: etag, 'Cache-Control': API_CACHE_CONTROL, ...(modified && { 'Last-Modified': modified }), ...cors, ...headers };
  if (notModified(request, etag, modified)) return new Response(null, { status: 304, headers: common });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8', ...common } });
}

function notModified(request: Request, etag: string, modified: string | undefined): boolean {
  const match = request.headers.get('if-none-match');
  if (match !== null) return match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');
  const since = request.headers.get('if-modified-since');
  if (since === null || modified === undefined) return false;
  const sinceMs = Date.parse(since);
  return !Number.isNaN(sinceMs) && Date.parse(modified) <= sinceMs;
}

/**
 * An error answer: `application/problem+json` with the status's title and a detail that says what to do.
 * @example problemResponse(404, 'no release has the slug 2018-12-07-nothing')
 */
export function problemResponse(status: ProblemStatus, detail: string, invalidParams?: InvalidParam[]): Response {
  const problem: Problem = { type: 'about:blank', title: titles[status], status, detail, ...(invalidParams && { invalidParams }) };
  return new Response(JSON.stringify(problem), {
    status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': ERROR_CACHE_CONTROL, ...cors },
  });
}
