import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addHost, createNetwork, destroyNetwork, runIn, sh, startIn, sweepNetworks, tailOf, type Host, type Network } from './hosts';
import { APP_PORT, CONTENT_DIR, CURRENT, SITE_DIR, type Hosts } from './hosts-plan';

/**
 * The site on hosts of their own (hosts.ts), set up as deploy/README.md ("Several hosts") says, by the same commands,
 * for tests/hosts and `hosts-bench.ts`: what this module does itself is what an operator's machine image and hands
 * would do.
 *
 * - The image of every host: Debian's sshd with a host key of its own, root's authorized_keys holding the publishing
 *   host's key, and a `systemctl` (scripts/stack/hosts-systemctl.ts runs deploy/systemd's units: the test hosts have
 *   no systemd). An app host's image also holds the last release's `node_modules` (hard links to this checkout's):
 *   `npm run hosts -- app` copies the release with rsync `--link-dest` to it, so the 800 MB of dependencies move only
 *   when they change; without it rsync copies them all (45 s here).
 * - The publishing host: a release (this checkout's files, `node_modules` hard-linked; its build, or one made there),
 *   the content repository (a bare repository and its working tree, holding this checkout's content/ or another
 *   content root), hosts.json, then the commands.
 */

/** This checkout (built by tests/browser/global-setup.ts for the tests). */
const CHECKOUT = process.cwd();
/** The node this test runs on (the stand-in systemctl runs on it). */
const NODE = process.execPath;

export interface Site {
  network: Network;
  publisher: Host;
  front: Host;
  redis: Host;
  /** App hosts, in the order they joined; `spares` are made but not set up (hosts a test adds). */
  apps: Host[];
  spares: Host[];
  /** `http://<front>`: what readers ask. */
  origin: string;
  hosts: Hosts;
  /** Runs `npm run hosts -- …args` on the publishing host, as an operator would; its output. */
  hostsCommand(...args: string[]): Promise<string>;
  /** Runs a shell command on a host. */
  shell(host: Host, script: string, timeoutMs?: number): Promise<string>;
  /** Stops every process and removes every namespace and link (also after a failure). */
  destroy(): Promise<void>;
}

/** Whether the machine has what the several-hosts tests run; the error names the apt-get line that adds it. */
export function assertHostTools(): void {
  const tools = { '/usr/sbin/ip': 'iproute2', '/usr/sbin/sshd': 'openssh-server', '/usr/bin/ssh': 'openssh-client', '/usr/bin/rsync': 'rsync', '/usr/bin/git': 'git', '/usr/sbin/nft': 'nftables', '/usr/sbin/nginx': 'nginx', '/usr/bin/redis-server': 'redis-server' };
  const missing = Object.entries(tools).filter(([file]) => !existsSync(file));
  if (missing.length) throw new Error(`the several-hosts tests need ${missing.map(([f]) => f).join(', ')}: apt-get install -y ${missing.map(([, p]) => p).join(' ')}`);
}

const shell = (host: Host, script: string, timeoutMs = 300_000) => runIn(host, '/bin/sh', ['-c', script], { timeoutMs });

/** A host's image: its own SSH host key, the publishing host's key authorized for root, sshd running, `systemctl`. */
async function image(host: Host, authorizedKey: string): Promise<string> {
  await shell(
    host,
    [
      'rm -f /etc/ssh/ssh_host_*',
      'ssh-keygen -q -t ed25519 -N "" -f /etc/ssh/ssh_host_ed25519_key',
      `printf '%s\\n' 'ListenAddress ${host.address}' 'HostKey /etc/ssh/ssh_host_ed25519_key' 'PermitRootLogin prohibit-password' ` +
        `'PasswordAuthentication no' 'KbdInteractiveAuthentication no' 'UsePAM no' 'PidFile none' > /etc/ssh/sshd_config`,
      'mkdir -p -m 700 /root/.ssh',
      `printf '%s\\n' '${authorizedKey}' > /root/.ssh/authorized_keys`,
      `printf '%s\\n' '#!/bin/sh' 'exec ${NODE} ${CHECKOUT}/node_modules/tsx/dist/cli.mjs ${CHECKOUT}/scripts/stack/hosts-systemctl.ts "$@"' > /usr/local/sbin/systemctl`,
      'chmod +x /usr/local/sbin/systemctl',
    ].join(' && '),
  );
  await startSshd(host);
  return `${host.address} ${(await shell(host, 'cat /etc/ssh/ssh_host_ed25519_key.pub')).trim().split(' ').slice(0, 2).join(' ')}`;
}

/** Starts the host's sshd (as its init would at boot) and waits until it takes connections. */
export async function startSshd(host: Host): Promise<void> {
  startIn(host, '/usr/sbin/sshd', ['-D', '-e'], 'sshd.log');
  for (let i = 0; i < 100; i++) {
    if (await runIn(host, '/bin/bash', ['-c', `exec 3<>/dev/tcp/${host.address}/22`]).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`sshd on ${host.name} did not start: ${tailOf(host, 'sshd.log')}`);
}

/**
 * Hard-links this checkout's node_modules into a host's folder (from this machine's side: inside the host, its /srv is
 * another mount, across which no link can be made).
 */
const linkNodeModules = (host: Host, release: string) => sh('cp', ['-al', join(CHECKOUT, 'node_modules'), join(host.disk, release, 'node_modules')]);

/** An app host's image holds the last release's node_modules: `current` points at it. */
async function runtimeImage(host: Host): Promise<void> {
  await shell(host, `mkdir -p ${SITE_DIR}/releases/image && ln -sfn releases/image ${CURRENT}`);
  await linkNodeModules(host, `srv/thaigov/releases/image`);
}

/** The release folder the publishing host builds in, before it has a build id. */
const UNBUILT = 'unbuilt';

/**
 * The publishing host: this checkout as its release (with its build, or built there when `content` is another content
 * root), the content repository holding `content`, hosts.json and the secrets' folder.
 */
async function publishingHost(host: Host, hosts: Hosts, content: string | undefined): Promise<void> {
  const release = content ? UNBUILT : readFileSync(join(CHECKOUT, '.next/BUILD_ID'), 'utf8').trim();
  const folder = `${SITE_DIR}/releases/${release}`;
  const excluded = ['/.git', '/node_modules', '/.cache', '/content', '/published', '/public/search-index', '/tests', '/bench-out', ...(content ? ['/.next'] : ['/.next/cache'])];
  const commit = (message: string) => `git -C ${CONTENT_DIR} -c user.name=Editor -c user.email=editor@example.go.th commit -q -m '${message}'`;
  await shell(
    host,
    [
      `mkdir -p ${folder}`,
      `rsync -a ${excluded.map((e) => `--exclude=${e}`).join(' ')} ${CHECKOUT}/ ${folder}/`,
      `ln -sfn releases/${release} ${CURRENT}`,
      `git init -q --bare -b main ${SITE_DIR}/content.git`,
      `git init -q -b main ${CONTENT_DIR}`,
      `cp -a ${content ?? join(CHECKOUT, 'content')}/. ${CONTENT_DIR}/`,
      `git -C ${CONTENT_DIR} add -A`,
      commit('the archive'),
      `git -C ${CONTENT_DIR} remote add origin ${SITE_DIR}/content.git`,
      `git -C ${CONTENT_DIR} push -q origin main`,
      'mkdir -p /etc/thaigov',
      `printf '%s' '${JSON.stringify(hosts)}' > /etc/thaigov/hosts.json`,
    ].join(' && '),
  );
  await linkNodeModules(host, `srv/thaigov/releases/${release}`);
}

/** Runs `npm run …` on the publishing host, in its release, with the content repository as CONTENT_DIR. */
export const npmOn = (publisher: Host, ...args: string[]) => runIn(publisher, 'npm', ['run', '--silent', ...args], { cwd: CURRENT, env: { CONTENT_DIR }, timeoutMs: 3_600_000 });

/** Builds the site on the publishing host (`npm run build`) and names its release folder after the build. */
async function buildOn(publisher: Host, siteUrl: string): Promise<void> {
  await runIn(publisher, 'npm', ['run', '--silent', 'build'], { cwd: CURRENT, env: { CONTENT_DIR, SITE_URL: siteUrl }, timeoutMs: 3_600_000 });
  await shell(publisher, `id=$(cat ${SITE_DIR}/releases/${UNBUILT}/.next/BUILD_ID) && mv ${SITE_DIR}/releases/${UNBUILT} ${SITE_DIR}/releases/$id && ln -sfn releases/$id ${CURRENT}`);
}

export interface SiteOptions {
  /** Where the hosts' disks go. */
  dir: string;
  /** A content root to publish instead of this checkout's content/ (the site is then built on the publishing host). */
  content?: string;
  /** App hosts set up at the start (2), and spares made beside them for a test to add (1). */
  apps?: number;
  spares?: number;
  /** Told of each step of the set-up, with the seconds since the start. */
  log?: (line: string) => void;
}

/**
 * Makes the network (publishing host, front, Redis, app hosts and spares) and sets the site up on it with the
 * documented commands: `init`, `build:search` (or `build`), `redis`, `front`, `app` for each app host.
 */
export async function startSite(options: SiteOptions): Promise<Site> {
  assertHostTools();
  const started = performance.now();
  const log = (line: string) => options.log?.(`${line} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  await sweepNetworks();
  const network = await createNetwork(options.dir);
  const destroy = () => destroyNetwork(network);
  try {
    const appCount = options.apps ?? 2;
    const names = ['publish', 'front', 'redis', ...Array.from({ length: appCount + (options.spares ?? 1) }, (_, i) => `app${i + 1}`)];
    const made: Host[] = [];
    for (const [i, name] of names.entries()) made.push(await addHost(network, name, i + 1));
    const [publisher, front, redis, ...appHosts] = made as [Host, Host, Host, ...Host[]];
    const apps = appHosts.slice(0, appCount);
    const hosts: Hosts = { siteUrl: `http://${front.address}`, publisher: publisher.address, front: front.address, redis: redis.address, apps: apps.map((a) => a.address) };

    await shell(publisher, 'mkdir -p -m 700 /root/.ssh && ssh-keygen -q -t ed25519 -N "" -C publisher -f /root/.ssh/id_ed25519');
    const key = (await shell(publisher, 'cat /root/.ssh/id_ed25519.pub')).trim();
    const known = await Promise.all(made.map((host) => image(host, key)));
    await shell(publisher, `printf '%s\\n' ${known.map((line) => `'${line}'`).join(' ')} > /root/.ssh/known_hosts`);
    await Promise.all(appHosts.map(runtimeImage));
    await publishingHost(publisher, hosts, options.content);
    log(`${made.length} hosts made`);

    const site: Site = {
      network,
      publisher,
      front,
      redis,
      apps,
      spares: appHosts.slice(appCount),
      origin: `http://${front.address}`,
      hosts,
      hostsCommand: (...args) => npmOn(publisher, 'hosts', '--', ...args),
      shell,
      destroy,
    };
    await site.hostsCommand('init');
    if (options.content) await buildOn(publisher, hosts.siteUrl);
    else await npmOn(publisher, 'build:search');
    log('published on the publishing host');
    await site.hostsCommand('redis');
    await site.hostsCommand('front');
    for (const app of apps) {
      const steps = await site.hostsCommand('app', app.address);
      log(`${app.name} serves:\n${steps.trim()}\n`);
    }
    return site;
  } catch (error) {
    await destroy();
    throw error;
  }
}

/** `host`'s instance, as the publishing host reaches it: `http://<address>:3000`. */
export const instanceOrigin = (host: Host) => `http://${host.address}:${APP_PORT}`;

/**
 * An editor's new Thai release, committed to the content repository on the publishing host (not yet published).
 * @param slug `<ISO date>-<name>`; the date becomes its date
 * @returns its address
 */
export async function commitRelease(site: Site, slug: string, title: string): Promise<string> {
  const folder = `${CONTENT_DIR}/news/${slug.slice(0, 4)}`;
  const lines = ['---', `title: "${title}"`, `date: ${slug.slice(0, 10)}`, 'category: government-house', '---', '', `${title} ทำเนียบรัฐบาล`];
  await shell(
    site.publisher,
    `mkdir -p ${folder} && printf '%s\\n' ${lines.map((line) => `'${line}'`).join(' ')} > ${folder}/${slug}.th.md && ` +
      `git -C ${CONTENT_DIR} add -A && git -C ${CONTENT_DIR} -c user.name=Editor -c user.email=editor@example.go.th commit -q -m '${slug}'`,
  );
  return `/th/news/${slug}`;
}

/** Every page the front's sitemaps list, as paths, in a fixed mixed order (a run reaches pages not cached yet). */
export async function sitemapPaths(origin: string): Promise<string[]> {
  const text = async (url: string) => (await fetch(url)).text();
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const pages = (await Promise.all(locs(await text(`${origin}/sitemap.xml`)).map(async (path) => locs(await text(origin + path))))).flat();
  return pages.map((path, i) => ({ path, key: (i * 7919) % pages.length })).sort((a, b) => a.key - b.key).map((p) => p.path);
}
