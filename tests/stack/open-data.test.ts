import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestSchema, type Manifest } from '@/lib/data/files';
import { startStack, type Stack } from '@/scripts/stack/stack';
import { checkedBody } from '../api/openapi-check';

/**
 * The open data through the production topology (deploy/): curl asks nginx for the API (answered by the instances,
 * then from nginx's cache) and for the bulk files (served by nginx from disk), as a reuser would. Serves the build
 * the browser tests' global setup made of this checkout, with its `public/data/`.
 */

const ROOT = process.cwd();
const runDir = mkdtempSync(join(tmpdir(), 'thaigov-open-data-stack-'));
const downloads = mkdtempSync(join(tmpdir(), 'thaigov-open-data-downloads-'));
let stack: Stack;
let manifest: Manifest;

/** `curl -si URL`: status, headers (lower-case names) and body, as curl received them. */
function curl(url: string, ...options: string[]) {
  const raw = execFileSync('curl', ['-sS', '-i', ...options, url], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const split = raw.indexOf('\r\n\r\n');
  const [statusLine, ...lines] = raw.slice(0, split).split('\r\n');
  const headers = new Headers(lines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()] as [string, string]));
  return { status: Number(statusLine!.split(' ')[1]), headers, body: raw.slice(split + 4) };
}

/** `curl -o target URL`: the response headers (the body goes to `target`, byte for byte). */
function download(url: string, target: string): Headers {
  const raw = execFileSync('curl', ['-sS', '-D', '-', '-o', target, url], { encoding: 'utf8' });
  return new Headers(raw.trim().split('\r\n').slice(1).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()] as [string, string]));
}

/** curl's answer as a fetch `Response`, for `checkedBody`. */
const asResponse = ({ status, headers, body }: ReturnType<typeof curl>) => new Response(status === 304 ? null : body, { status, headers });

beforeAll(async () => {
  manifest = manifestSchema.parse(JSON.parse(readFileSync(join(ROOT, 'public/data/index.json'), 'utf8')));
  stack = await startStack({ release: ROOT, runDir });
});

afterAll(async () => {
  await stack?.stop();
  rmSync(runDir, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

describe('the open data through nginx', () => {
  it('answers the API with the documented JSON, Last-Modified at the publication, and keeps it in nginx', async () => {
    const url = `${stack.origin}/api/v1/releases?lang=en&limit=3`;
    const first = curl(url);
    const page = await checkedBody<{ items: { language: string }[]; next: string }>(url, asResponse(first));
    expect(page.items.map((item) => item.language)).toEqual(['en', 'en', 'en']);
    expect(first.headers.get('last-modified')).toBe(new Date(manifest.publishedAt).toUTCString());
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.headers.get('x-cache')).toBe('MISS');
    const second = curl(url);
    expect([second.headers.get('x-cache'), second.body]).toEqual(['HIT', first.body]);
    const notModified = curl(url, '-H', `If-None-Match: ${first.headers.get('etag')}`);
    expect(notModified.status).toBe(304);
  });

  it('gives the same answer from every instance', () => {
    const path = '/api/v1/releases/2018-12-07-telmin-18';
    const answers = stack.instances.map((instance) => curl(instance.origin + path));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers[1]!.body).toBe(answers[0]!.body);
    expect(answers[1]!.headers.get('etag')).toBe(answers[0]!.headers.get('etag'));
    expect(answers[1]!.headers.get('last-modified')).toBe(answers[0]!.headers.get('last-modified'));
  });

  it('answers a bad filter 400 and an unknown slug 404, as problem+json', async () => {
    const bad = `${stack.origin}/api/v1/releases?year=18`;
    expect((await checkedBody<{ status: number }>(bad, asResponse(curl(bad)))).status).toBe(400);
    const missing = `${stack.origin}/api/v1/releases/2018-12-07-nothing`;
    expect((await checkedBody<{ status: number }>(missing, asResponse(curl(missing)))).status).toBe(404);
  });

  it('serves every bulk file from disk, typed, revalidated, open to any site, and as the manifest checks it', () => {
    for (const file of manifest.files) {
      const target = join(downloads, file.name);
      const headers = download(`${stack.origin}/data/${file.name}`, target);
      const bytes = readFileSync(target);
      expect([file.name, bytes.length, createHash('sha256').update(bytes).digest('hex')]).toEqual([file.name, file.bytes, file.sha256]);
      expect([headers.get('content-type'), headers.get('cache-control'), headers.get('access-control-allow-origin')]).toEqual([file.mediaType, 'no-cache', '*']);
    }
    const index = curl(`${stack.origin}/data/index.json`);
    expect([index.status, index.headers.get('content-type')]).toEqual([200, 'application/json']);
    expect(JSON.parse(index.body)).toEqual(manifest);
  });
});
