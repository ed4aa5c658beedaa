import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { askServer, ServerError, waitUntilServed } from '@/lib/publish/servers';

/** A small local HTTP server answering with `answer(method, path)`; closed after each test. */
let close: (() => Promise<void>) | undefined;
async function serve(answer: (method: string, path: string, authorization?: string, body?: string) => { status: number; body: string }): Promise<string> {
  const server = createServer(async (request, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    const { status, body } = answer(request.method!, request.url!, request.headers.authorization, text);
    response.writeHead(status).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('asking a server to carry out a step (POST /api/publish)', () => {
  it('sends the step as JSON with the token as a bearer token, and returns what the server answered', async () => {
    const seen: string[] = [];
    const origin = await serve((method, path, authorization, body) => {
      seen.push(`${method} ${path} ${authorization} ${body}`);
      return { status: 200, body: '{"publication":"p1a2b3c","stories":325,"ms":41}' };
    });
    expect(await askServer(origin, 's3cret', { publication: 'p1a2b3c', step: 'stage' })).toEqual({ publication: 'p1a2b3c', stories: 325, ms: 41 });
    expect(seen).toEqual(['POST /api/publish Bearer s3cret {"publication":"p1a2b3c","step":"stage"}']);
  });

  it('says why the server refused', async () => {
    const origin = await serve(() => ({ status: 401, body: '{"error":"a valid publication token is required"}' }));
    await expect(askServer(origin, 'wrong', { publication: 'p1a2b3c', step: 'switch' })).rejects.toThrow(new Error('401 {"error":"a valid publication token is required"}'));
  });

  it('says so when nothing answers at the address', async () => {
    const origin = await serve(() => ({ status: 200, body: '' }));
    await close!();
    close = undefined;
    await expect(askServer(origin, 's3cret', { publication: 'p1a2b3c', step: 'stage' })).rejects.toThrow(new Error('fetch failed'));
  });
});

describe('waiting until every server serves the publication', () => {
  it('asks again until the page shows the new title as a reader reads it', async () => {
    let asked = 0;
    // The third answer has the title, written as React writes it.
    const origin = await serve(() => (++asked < 3 ? { status: 404, body: '' } : { status: 200, body: '<h1>ข่าว &#x27;ใหม่&#x27; &amp; อื่น ๆ</h1>' }));
    await waitUntilServed([origin], [{ path: '/th/news/2026-12-01-new', status: 200, holds: "ข่าว 'ใหม่' & อื่น ๆ" }], { timeoutMs: 5000, pollMs: 10 });
    expect(asked).toBe(3);
  });

  it('names the address still not served when the time is up', async () => {
    const origin = await serve(() => ({ status: 200, body: '<h1>ข่าวเก่า</h1>' }));
    await expect(waitUntilServed([origin], [{ path: '/th/news/x', status: 200, holds: 'ข่าวใหม่' }], { timeoutMs: 50, pollMs: 10 })).rejects.toThrow(
      new ServerError(`${origin}/th/news/x: still 200 without the new text after 0 s`),
    );
  });
});
