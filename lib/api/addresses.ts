/** The API's addresses, in one place: the base every route file lives under, and the OpenAPI document. */
export const API_BASE = '/api/v1';

export const apiPaths = {
  releases: () => `${API_BASE}/releases`,
  release: (slug: string) => `${API_BASE}/releases/${slug}`,
  agencies: () => `${API_BASE}/agencies`,
  categories: () => `${API_BASE}/categories`,
  openApi: () => `${API_BASE}/openapi.json`,
};
