import { readFile } from 'node:fs/promises';
import { contentPath } from '@/lib/content';
import { SEARCH_INDEX_DIR } from '@/lib/search/format';

/**
 * Search index files written after the server started. `next start` serves `public/` from a list of files it makes
 * at start, so the generation a publication writes would be a 404; this route serves those files from the same
 * folder (files known at start are still served by Next.js itself, and by nginx in front).
 */
export const dynamic = 'force-dynamic';

const types: Record<string, string> = { json: 'application/json', bin: 'application/octet-stream', gz: 'application/gzip' };

export async function GET(_request: Request, { params }: RouteContext<'/search-index/[...path]'>): Promise<Response> {
  const { path } = await params;
  if (!path.every((part) => /^[A-Za-z0-9_.-]+$/.test(part) && !part.startsWith('.'))) return new Response('Not found', { status: 404 });
  try {
    const data = await readFile(contentPath(process.cwd(), SEARCH_INDEX_DIR, ...path));
    const type = types[path.at(-1)?.split('.').pop() ?? ''] ?? 'application/octet-stream';
    // `<lang>/manifest.json` is replaced by each publication; every other file (a generation's, a result folder's) never changes.
    const fresh = path.length === 2 && path[1] === 'manifest.json' ? 'no-cache' : 'public, max-age=31536000, immutable';
    return new Response(new Uint8Array(data), { headers: { 'Content-Type': type, 'Cache-Control': fresh } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
