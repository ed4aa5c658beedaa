import { revalidatePath } from 'next/cache';
import { formatContentError, reloadArchive } from '@/lib/content';
import { authorized } from '@/lib/publish/token';

/**
 * `POST /api/publish` (called by `npm run publish`, with the token of `lib/publish/token.ts`): reloads the content
 * into a fresh archive, swaps it in, and marks every page stale so each is rendered from the new archive on its next
 * visit. Answers how many stories it serves and how long the reload took, or 422 with the content errors (the old archive keeps being served).
 */
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  if (!authorized(request.headers.get('authorization'))) return Response.json({ error: 'a valid publication token is required' }, { status: 401 });
  const started = performance.now();
  const { after, errors } = reloadArchive();
  if (errors.length) return Response.json({ errors: errors.map(formatContentError) }, { status: 422 });
  // Every page: a new or removed release moves every later page of its listings, and changes the neighbours,
  // related lists, counts, feeds and sitemaps that name it. Marking is lazy: a page is rendered again on its next visit.
  revalidatePath('/', 'layout');
  return Response.json({ stories: after.stories.length, ms: Math.round(performance.now() - started) });
}
