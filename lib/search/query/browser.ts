import { INDEX_URL, type Files } from '../format';

/** Index files fetched from the site (`/search-index/…`) and gunzipped by the browser's own DecompressionStream. */
export const browserFiles: Files = {
  async read(path) {
    const response = await fetch(`${INDEX_URL}/${path}`);
    if (!response.ok) throw new Error(`${response.status} ${INDEX_URL}/${path}`);
    return new Uint8Array(await response.arrayBuffer());
  },
  async gunzip(data) {
    const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  },
};
