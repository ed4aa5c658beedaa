import { getArchive, readMedia } from '@/lib/content';

/**
 * The images of the content folder, at `/media/<hash>/<name>` (`mediaAddress`). The hash is that of the file's bytes,
 * so an address always means the same bytes: browsers keep it a year without asking again, and nginx in front keeps
 * it as long (`X-Accel-Expires`; deploy/nginx.conf), so `next start` sends each image about once per release.
 * Read from the archive being served, so a publication or the preview's next look brings a new image with its page.
 */
export const dynamic = 'force-dynamic';

const year = 31_536_000;

export async function GET(_request: Request, { params }: RouteContext<'/media/[hash]/[name]'>): Promise<Response> {
  const { hash, name } = await params;
  const found = await readMedia(getArchive().media, hash, name);
  if (!found) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=10, s-maxage=10' } });
  return new Response(new Uint8Array(found.bytes), {
    headers: {
      'Content-Type': found.type,
      'Content-Length': String(found.bytes.length),
      'Cache-Control': `public, max-age=${year}, s-maxage=${year}, immutable`,
      'X-Accel-Expires': String(year),
    },
  });
}
