import { basename, join } from 'node:path';
import { request } from 'node:http';
import { ensureBareApp } from './bare-app';
import type { BuildRecord } from '../steps/build';
import type { Progress } from './progress';
import { startNext, type NextServer } from '../../../lib/testing/next-server';
import { freePort, portInUse } from './measure';
import { BARE_DIR, buildRecordFile, contentEnv, readRecord, releaseFiles, SITE_DIR, writeRecord, type Dataset } from './workspace';

/**
 * What the serving steps (`serve`, `weight`, `lighthouse`) measure against: the last build of the site, served by
 * `next start`, beside the bare App Router app, and the article addresses of the dataset.
 */
export interface Targets {
  data: Dataset;
  record: BuildRecord;
  site: NextServer;
  bare: NextServer;
  /** `/th/news/<slug>` of every Thai release of the dataset, newest first. */
  articles: string[];
  /** Addresses Next.js pre-rendered at build time. */
  prerendered: Set<string>;
  /** The cached article the load test and page weights use: the newest pre-rendered one. */
  reference: string;
}

/** Articles requested since the last build, kept in the build's folder: their first render is no longer to come. */
const visitedFile = join(SITE_DIR, 'visited.json');

export function visited(): Set<string> {
  return new Set(readRecord<string[]>(visitedFile) ?? []);
}

export function markVisited(paths: Iterable<string>): void {
  writeRecord(visitedFile, [...new Set([...visited(), ...paths])]);
}

/** The last build, or an error that says how to make one for this dataset. */
export function lastBuild(data: Dataset): BuildRecord {
  const record = readRecord<BuildRecord>(buildRecordFile);
  if (!record) throw new Error(`no build to serve in ${SITE_DIR}: run npm run bench -- --only build${data.sample ? ` --sample ${data.sample}` : ''}`);
  if (record.dataset !== data.name) throw new Error(`the last build is of ${record.dataset}, not ${data.name}: run npm run bench -- --only build${data.sample ? ` --sample ${data.sample}` : ''}`);
  return record;
}

/** Builds the bare app if needed and starts both servers; the caller stops them. */
export async function startTargets(data: Dataset, record: BuildRecord, logDir: string, progress: Progress): Promise<Targets> {
  progress.begin('bare App Router app (baseline)');
  const built = await ensureBareApp();
  progress.end(built ? `built in ${BARE_DIR}` : `reusing the build in ${BARE_DIR}`);
  // The port the site was built for (its canonical links name it), unless something else took it meanwhile.
  const sitePort = (await portInUse(record.port)) ? await freePort() : record.port;
  const site = await startNext(SITE_DIR, { port: sitePort, env: { ...contentEnv(data, record.layout ?? 'outside'), SITE_URL: record.siteUrl }, log: join(logDir, 'site-server.log') });
  const bare = await startNext(BARE_DIR, { port: await freePort(), log: join(logDir, 'bare-server.log') });
  if (!site.origin.endsWith(`:${record.port}`)) progress.log(`note: port ${record.port} was busy; the site runs on ${site.origin}, so its canonical links name another port`);
  const manifest = readRecord<{ routes: Record<string, unknown> }>(join(SITE_DIR, '.next/prerender-manifest.json'));
  const prerendered = new Set(Object.keys(manifest?.routes ?? {}));
  const articles = releaseFiles(data.content)
    .filter((file) => file.endsWith('.th.md'))
    .map((file) => `/th/news/${basename(file, '.th.md')}`)
    .reverse();
  const reference = articles.find((path) => prerendered.has(path)) ?? articles[0];
  if (!reference) throw new Error(`no article in ${data.content}`);
  return { data, record, site, bare, articles, prerendered, reference };
}

/** One response, read to its last byte, undecoded. */
export interface Fetched {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** Time to last byte, in ms. */
  ms: number;
}

/**
 * GETs a URL on a fresh connection and times it to the last byte. Bodies stay as sent (compressed when
 * `acceptEncoding` allows it), which is what page weights need.
 */
export function get(url: string, acceptEncoding = 'identity'): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { headers: { 'accept-encoding': acceptEncoding }, agent: false, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within 60 s`)));
    req.on('error', reject);
    req.end();
  });
}
