import { revalidatePath } from 'next/cache';
import { servedArchive } from '@/lib/content';
import { answerStep } from '@/lib/publish/serving';
import { authorized } from '@/lib/publish/token';

/**
 * `POST /api/publish` (called by `npm run publish`, with the token of `lib/publish/token.ts`), with
 * `{ "publication": "p…", "step": "stage" | "switch" }`: reads a publication into memory beside the archive served
 * (`stage`), or serves it (`switch`), and then marks every page stale so each is rendered from it on its next visit
 * (`lib/publish/serving.ts`). Answers the publication and its number of stories, with how long the step took; an
 * error as `{ "error": … }` with 400, 404 (no such publication), 409 (another content root) or 422 (unreadable).
 */
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  if (!authorized(request.headers.get('authorization'))) return Response.json({ error: 'a valid publication token is required' }, { status: 401 });
  const started = performance.now();
  const { status, body, switched } = await answerStep(await request.json().catch(() => undefined));
  // Every page: a new or removed release moves every later page of its listings, and changes the neighbours,
  // related lists, counts, feeds and sitemaps that name it. Marking is lazy: a page is rendered again on its next visit.
  if (switched) revalidatePath('/', 'layout');
  return Response.json({ ...body, ms: Math.round(performance.now() - started) }, { status });
}

/**
 * `GET /api/publish` (same token): the publication this server serves, `{ "publication": "p…" }`, or `null` before it
 * has loaded one. `npm run hosts -- publish` asks it to leave a host already on the site's publication alone.
 */
export function GET(request: Request): Response {
  if (!authorized(request.headers.get('authorization'))) return Response.json({ error: 'a valid publication token is required' }, { status: 401 });
  return Response.json({ publication: servedArchive()?.publication?.id ?? null });
}
