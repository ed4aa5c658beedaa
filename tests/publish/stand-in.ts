import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { readBody, releaseFor, servedArchive } from '@/lib/content';
import { mediaKey } from '@/lib/content/image';
import { isLocale } from '@/lib/i18n/locales';
import { paths } from '@/lib/listing/addresses';
import { answerStep } from '@/lib/publish/serving';

/**
 * A stand-in for the site's server in the publication tests, in the test's own process: it answers
 * `POST /api/publish` with the servers' own code (`answerStep`, behind the bearer token, as the route does) and
 * serves what a reader checks of the archive that process serves (`servedArchive`): an article page with the title
 * in an `<h1>` written by React (so `'` comes out as `&#x27;`) and the body as published (`readBody`), 410 for a
 * deleted release, home pages linking to every release, and content-folder images (`/media/<hash>/<name>`).
 */
export interface StandIn {
  origin: string;
  /** Every request, as `METHOD /path`. */
  requests: string[];
  close(): Promise<void>;
}

export async function standIn(root: string, token: string): Promise<StandIn> {
  const requests: string[] = [];
  const page = (response: ServerResponse, status: number, element: ReturnType<typeof createElement>) =>
    response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' }).end(renderToStaticMarkup(element));

  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    requests.push(`${request.method} ${path}`);
    if (request.method === 'POST' && path === '/api/publish') {
      if (request.headers.authorization !== `Bearer ${token}`) return response.writeHead(401).end('{"error":"a valid publication token is required"}');
      let text = '';
      for await (const chunk of request) text += chunk;
      const { status, body } = await answerStep(JSON.parse(text), { root });
      return response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ...body, ms: 1 }));
    }
    const archive = servedArchive();
    const [, lang = '', section, slug = ''] = path.split('/');
    if (archive && lang === 'media') return response.writeHead(archive.media.has(mediaKey(section ?? '', decodeURIComponent(slug))) ? 200 : 404).end();
    if (!archive || !isLocale(lang)) return response.writeHead(404).end();
    if (section === undefined) {
      const links = archive.stories.map((story) => createElement('a', { key: story.slug, href: paths.article(lang, story.slug) }, releaseFor(story, lang).release.title));
      return page(response, 200, createElement('main', null, links));
    }
    const story = section === 'news' ? archive.bySlug.get(slug) : undefined;
    if (story) {
      const { release } = releaseFor(story, lang);
      return page(response, 200, createElement('article', null, createElement('h1', null, release.title), createElement('p', null, readBody(archive, release).trim())));
    }
    if (section === 'news' && archive.gone.has(slug)) return page(response, 410, createElement('h1', null, 'ข่าวนี้ถูกนำออกแล้ว'));
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
