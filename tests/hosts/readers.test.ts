import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchAsBrowser, readers, summary } from '@/scripts/stack/readers';

/** The readers of the fault tests (scripts/stack/readers.ts) against a server that misbehaves as servers do. */

let server: Server | undefined;

async function serve(listener: RequestListener): Promise<string> {
  server = createServer({ keepAliveTimeout: 10_000 }, listener);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

const PAGE = '<!DOCTYPE html><html lang="th"><body>ข่าว</body></html>\n';

describe('a reader, as a browser', () => {
  it('sends a request again when the kept-alive connection it went on is reset before any answer', async () => {
    let requests = 0;
    const origin = await serve((request, response) => {
      requests += 1;
      // The second request arrives as the server closes the connection with it unread: the kernel resets it.
      if (requests === 2) return request.socket.resetAndDestroy();
      response.end(PAGE);
    });
    expect((await fetchAsBrowser(origin)).resent).toBe(false);
    const { response, resent } = await fetchAsBrowser(origin);
    expect(resent).toBe(true);
    expect(await response.text()).toBe(PAGE);
    expect(requests).toBe(3);
  });

  it('still fails against a server that resets every connection', async () => {
    let requests = 0;
    const origin = await serve((request) => {
      requests += 1;
      request.socket.resetAndDestroy();
    });
    await expect(fetchAsBrowser(origin)).rejects.toThrow('fetch failed');
    expect(requests).toBe(2);
  });

  it('counts a page whose status came and whose end did not as failed, cut short', async () => {
    const origin = await serve((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.write('<!DOCTYPE html><html lang="th"><body>');
      if (request.url === '/hung') setTimeout(() => request.socket.destroy(), 50);
      else response.end('ข่าว</body>'); // ends, but not with </html>
    });
    const answers = await readers(origin, ['/hung', '/short'], { connections: 1, seconds: 0.3, patienceMs: 2000 });
    expect(answers.length).toBeGreaterThanOrEqual(2);
    expect(answers.every((answer) => answer.cutShort && answer.status === 0)).toBe(true);
    expect(answers.find((answer) => answer.path === '/short')?.error).toMatch(/^cut short after \d+ characters$/);
    expect(summary(answers).failed).toHaveLength(answers.length);
  });

  it('keeps each whole answer with its status and X-Cache', async () => {
    const origin = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-cache': 'HIT' });
      response.end(PAGE);
    });
    const answers = await readers(origin, ['/th'], { connections: 2, seconds: 0.2, patienceMs: 2000 });
    expect(summary(answers)).toMatchObject({ failed: [], statuses: { '200': answers.length }, cache: { HIT: answers.length } });
  });
});
