import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { contentPath } from '@/lib/content';
import { dataFormats, parseDataFileName } from '@/lib/data/files';
import { dataDir } from '@/lib/data/publication';

/**
 * The open-data files (`public/data/`, lib/data) under `next start` when a publication wrote one after the server
 * started: Next.js serves `public/` from a list of files it makes at start, so a new year's files would be a 404
 * (files known at start are served by Next.js itself, and by nginx in front). Streamed: a year's CSV is large.
 */
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: RouteContext<'/data/[file]'>): Promise<Response> {
  const { file } = await params;
  const kind = parseDataFileName(file);
  if (!kind) return new Response('Not found', { status: 404 });
  const path = contentPath(dataDir(), file);
  try {
    const { size } = await stat(path);
    const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
    return new Response(body, {
      headers: { 'Content-Type': dataFormats[kind.format], 'Content-Length': String(size), 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
