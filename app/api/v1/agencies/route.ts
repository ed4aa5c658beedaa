import { getArchive } from '@/lib/content';
import { registryAnswer } from '@/lib/api/handlers';

/** `GET /api/v1/agencies`: every agency id with its names and release count (lib/api). */
export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  return registryAnswer(request, getArchive(), 'agencies');
}
