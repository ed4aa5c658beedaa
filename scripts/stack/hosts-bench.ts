/**
 * `npx tsx scripts/stack/hosts-bench.ts <serve | publish | sweep> [--content DIR] [--apps N] [--dir DIR]`, as root:
 * the site on hosts of their own (hosts-site.ts: network namespaces on this machine) at any scale.
 *
 * - `serve`: sets the site up and keeps it until Ctrl-C; prints each host's address and namespace
 *   (`ip netns exec <namespace> …` runs a command there).
 * - `publish`: sets it up, then measures what the several-hosts target asks at full scale: readers load the site
 *   through the front while an editor's new release is published (`npm run build:search`, then
 *   `npm run hosts -- publish`) and every app host is asked for the home page until it names the release: seconds
 *   until every host serves it, failed requests and p99 through the front; then the same with the publishing host
 *   given a core of its own, and for a third release with no reader.
 * - `sweep`: removes the networks, namespaces and processes of runs whose process is gone.
 *
 * With `--content /work/full/content` (90,780 releases) the publishing host builds the site from it first (as
 * `npm run build` does: minutes) and each app host receives the content repository and the publication.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { command, fail, usageError } from '../../lib/cli';
import { sweepNetworks } from './hosts';
import { PUBLISHED_DIR } from './hosts-plan';
import { commitRelease, instanceOrigin, npmOn, sitemapPaths, startSite, type Site } from './hosts-site';
import { readers, summary } from './readers';

const cli = command({
  usage: 'usage: npx tsx scripts/stack/hosts-bench.ts <serve | publish | sweep> [--content DIR] [--apps N] [--dir DIR] [--seconds S]',
  options: { content: { type: 'string' }, apps: { type: 'string', default: '3' }, dir: { type: 'string' }, seconds: { type: 'string', default: '60' } },
  allowPositionals: true,
});
const [verb] = cli.positionals;
if (!['serve', 'publish', 'sweep'].includes(verb ?? '')) usageError(`unknown command "${verb ?? ''}"`);
if (process.getuid?.() !== 0) fail('hosts-bench: run as root (it makes network namespaces)');

const log = (line: string) => console.log(`[hosts] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

if (verb === 'sweep') {
  const swept = await sweepNetworks();
  log(swept.length ? `removed ${swept.join(', ')}` : 'nothing to remove');
  process.exit(0);
}

const dir = cli.values.dir ? resolve(cli.values.dir) : mkdtempSync(join(tmpdir(), 'thaigov-hosts-'));
mkdirSync(dir, { recursive: true });
const content = cli.values.content ? resolve(cli.values.content) : undefined;
let site: Site | undefined;
const stop = async () => {
  await site?.destroy();
  rmSync(dir, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop().then(() => process.exit(130)));

try {
  site = await startSite({ dir, content, apps: cli.positiveInteger('apps'), spares: 0, log });
  for (const host of [site.publisher, site.front, site.redis, ...site.apps]) log(`${host.name}: ${host.address} (ip netns exec ${host.ns} …)`);
  if (verb === 'serve') {
    log(`readers: ${site.origin}; Ctrl-C stops every host`);
    await new Promise(() => {});
  }
  await measurePublication(site, cli.positiveInteger('seconds'));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await stop();
}

/**
 * An editor's release published under load, twice, then a third with no reader; when each app host serves each.
 * Six hosts share this machine's two cores, where a ministry's hosts each have cores of their own: the publishing
 * host's build then waits for the cores three instances use to render pages for readers. So the second run under load
 * gives the publishing host one core of its own, as near as one machine comes (`taskset -c 0`, and `nice -n -20` so
 * that the others give way on it when it works); the app hosts, the front and the readers share the rest. The run
 * with no reader is the publication on idle hosts.
 */
async function measurePublication(site: Site, seconds: number): Promise<void> {
  const paths = await sitemapPaths(site.origin);
  const underLoad = async (name: string) => {
    let loaded: Published | undefined;
    const answers = await readers(site.origin, paths, {
      connections: 10,
      seconds,
      patienceMs: 30_000,
      async during() {
        await sleep(5000);
        loaded = await publishOne(site, name);
      },
    });
    const figures = summary(answers);
    return { loaded: loaded!, load: `readers: ${figures.requests} requests, ${figures.failed.length} failed, p99 ${figures.p99Ms} ms, max ${figures.maxMs} ms` };
  };
  const shared = await underLoad('hosts-bench');
  report(shared.loaded, `${shared.load}; every host on the machine's two cores`);
  site.publisher.cpu = ['taskset', '-c', '0', 'nice', '-n', '-20'];
  const ownCore = await underLoad('hosts-bench-core');
  report(ownCore.loaded, `${ownCore.load}; the publishing host with a core of its own`);
  site.publisher.cpu = undefined;
  report(await publishOne(site, 'hosts-bench-idle'), 'no reader');
}

interface Published {
  address: string;
  /** Milliseconds from build:search's start until each app host (by name) serves the release. */
  served: Map<string, number>;
  output: string;
  /** The publishing host's `current.json` after it. */
  publication: string;
}

/** Commits a new release on the publishing host, runs build:search and `npm run hosts -- publish`, and waits until every app host serves it. */
async function publishOne(site: Site, name: string): Promise<Published> {
  // Today in UTC, never after Bangkok's today.
  const slug = `${new Date().toISOString().slice(0, 10)}-${name}-${Date.now().toString(36)}`;
  const address = `/th/news/${slug}`;
  const served = new Map<string, number>();
  await commitRelease(site, slug, `ข่าวทดสอบ ${slug}`);
  const started = Date.now();
  const watch = Promise.all(
    site.apps.map(async (app) => {
      while (!(await site.shell(site.publisher, `curl -s -m 5 ${instanceOrigin(app)}/th || true`)).includes(`href="${address}"`)) await sleep(200);
      served.set(app.name, Date.now() - started);
    }),
  );
  const built = await npmOn(site.publisher, 'build:search');
  log(`build:search: ${built.trim().split('\n').slice(-2).join(' / ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const output = await site.hostsCommand('publish');
  await watch;
  return { address, served, output, publication: await site.shell(site.publisher, `cat ${PUBLISHED_DIR}/current.json`) };
}

function report({ address, served, output, publication }: Published, load: string): void {
  log(output.trim());
  log(`publication ${publication}`);
  for (const [name, ms] of served) log(`${name} serves ${address} ${(ms / 1000).toFixed(1)} s after build:search started`);
  log(`every host: ${(Math.max(...served.values()) / 1000).toFixed(1)} s; ${load}`);
}
