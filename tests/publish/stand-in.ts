import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadArchive, releaseFor, type Archive } from '@/lib/content';
import { mediaKey } from '@/lib/content/image';
import { isLocale } from '@/lib/i18n/locales';
import { paths } from '@/lib/listing/addresses';

/**
 * A stand-in for the site's server in the publication tests: it answers `POST /api/publish` as the real route does
 * (a bearer token, then a reload of the content root) and serves what a reader checks of the archive it loaded: an
 * article page with the title in an `<h1>` written by React (so `'` comes out as `&#x27;`), 410 for a deleted
 * release, home pages linking to every release, and content-folder images (`/media/<hash>/<name>`).
 */
export interface StandIn {
  origin: string;
  /** Every request, as `METHOD /path`. */
  requests: string[];
  /** The archive it serves now (undefined until the first reload). */
  archive(): Archive | undefined;
  close(): Promise<void>;
}

export async function standIn(root: string, token: string): Promise<StandIn> {
  let archive: Archive | undefined;
  const requests: string[] = [];
  const page = (response: ServerResponse, status: number, element: ReturnType<typeof createElement>) =>
    response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' }).end(renderToStaticMarkup(element));

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    requests.push(`${request.method} ${path}`);
    if (request.method === 'POST' && path === '/api/publish') {
      if (request.headers.authorization !== `Bearer ${token}`) return response.writeHead(401).end('{"error":"a valid publication token is required"}');
      const loaded = loadArchive(root);
      archive = loaded.archive;
      return response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ stories: archive.stories.length, ms: 1 }));
    }
    const [, lang = '', section, slug = ''] = path.split('/');
    if (archive && lang === 'media') return response.writeHead(archive.media.has(mediaKey(section ?? '', decodeURIComponent(slug))) ? 200 : 404).end();
    if (!archive || !isLocale(lang)) return response.writeHead(404).end();
    if (section === undefined) {
      const links = archive.stories.map((story) => createElement('a', { key: story.slug, href: paths.article(lang, story.slug) }, releaseFor(story, lang).release.title));
      return page(response, 200, createElement('main', null, links));
    }
    const story = section === 'news' ? archive.bySlug.get(slug) : undefined;
    if (story) return page(response, 200, createElement('h1', null, releaseFor(story, lang).release.title));
    if (section === 'news' && archive.gone.has(slug)) return page(response, 410, createElement('h1', null, 'ข่าวนี้ถูกนำออกแล้ว'));
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    archive: () => archive,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
