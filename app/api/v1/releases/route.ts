import { getArchive } from '@/lib/content';
import { releasesAnswer } from '@/lib/api/handlers';

/** `GET /api/v1/releases`: releases newest first, filtered and paginated (lib/api). */
export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  return releasesAnswer(request, getArchive());
}
