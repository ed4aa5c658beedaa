import { openApiDocument } from '@/lib/api/openapi';
import { jsonResponse } from '@/lib/api/http';

/** `GET /api/v1/openapi.json`: the OpenAPI 3.1 document of the API, generated from its zod schemas (lib/api). */
export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  return jsonResponse(request, openApiDocument());
}
