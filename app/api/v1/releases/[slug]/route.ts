import { getArchive } from '@/lib/content';
import { releaseAnswer } from '@/lib/api/handlers';

/** `GET /api/v1/releases/{slug}`: one release with both its language versions (lib/api). */
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/api/v1/releases/[slug]'>): Promise<Response> {
  const { slug } = await params;
  return releaseAnswer(request, getArchive(), slug);
}
