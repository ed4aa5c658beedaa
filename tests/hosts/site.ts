import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addHost, createNetwork, destroyNetwork, runIn, sh, startIn, sweepNetworks, tailOf, type Host, type Network } from '@/scripts/stack/hosts';
import { APP_PORT, CONTENT_DIR, CURRENT, SITE_DIR, type Hosts } from '@/scripts/stack/hosts-plan';

/**
 * The site on hosts of their own (scripts/stack/hosts.ts), set up as deploy/README.md ("Several hosts") says, by the
 * same commands: what the test does itself is what an operator's machine image and hands would do.
 *
 * - The image of every host: Debian's sshd with a host key of its own, root's authorized_keys holding the publishing
 *   host's key, and a `systemctl` (scripts/stack/hosts-systemctl.ts runs deploy/systemd's units: the test hosts have
 *   no systemd). An app host's image also holds the last release's `node_modules` (hard links to this checkout's):
 *   `npm run hosts -- app` copies the release with rsync `--link-dest` to it, so the 800 MB of dependencies move only
 *   when they change; without it rsync copies them all (45 s here).
 * - The publishing host: a release (this checkout's build, `node_modules` hard-linked), the content repository (a
 *   bare repository and its working tree, holding this checkout's content/), hosts.json, then the commands.
 */

/** This checkout, built by tests/browser/global-setup.ts. */
const CHECKOUT = process.cwd();
/** The node this test runs on (the stand-in systemctl runs on it). */
const NODE = process.execPath;

export interface Site {
  network: Network;
  publisher: Host;
  front: Host;
  redis: Host;
  /** App hosts, in the order they joined; `spare` is made but not provisioned (the host added during a test). */
  apps: Host[];
  spare: Host;
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

/**
 * The publishing host: this checkout's build as its release, the content repository with this checkout's content/,
 * hosts.json and the secrets.
 */
async function publishingHost(host: Host, hosts: Hosts): Promise<void> {
  const build = readFileSync(join(CHECKOUT, '.next/BUILD_ID'), 'utf8').trim();
  const release = `${SITE_DIR}/releases/${build}`;
  const excluded = ['/.git', '/node_modules', '/.cache', '/.next/cache', '/content', '/published', '/public/search-index', '/tests', '/bench-out'];
  await shell(
    host,
    [
      `mkdir -p ${release}`,
      `rsync -a ${excluded.map((e) => `--exclude=${e}`).join(' ')} ${CHECKOUT}/ ${release}/`,
      `ln -sfn releases/${build} ${CURRENT}`,
      `git init -q --bare -b main ${SITE_DIR}/content.git`,
      `git init -q -b main ${CONTENT_DIR}`,
      `cp -a ${CHECKOUT}/content/. ${CONTENT_DIR}/`,
      `git -C ${CONTENT_DIR} add -A`,
      `git -C ${CONTENT_DIR} -c user.name=Editor -c user.email=editor@example.go.th commit -q -m 'the archive'`,
      `git -C ${CONTENT_DIR} remote add origin ${SITE_DIR}/content.git`,
      `git -C ${CONTENT_DIR} push -q origin main`,
      'mkdir -p /etc/thaigov',
      `printf '%s' '${JSON.stringify(hosts)}' > /etc/thaigov/hosts.json`,
    ].join(' && '),
  );
  await linkNodeModules(host, `srv/thaigov/releases/${build}`);
}

/**
 * Makes the network (publishing host, front, Redis, two app hosts and a spare) and sets the site up on it with the
 * documented commands: `init`, `build:search`, `redis`, `front`, `app` for each app host.
 */
export async function startSite(dir: string): Promise<Site> {
  assertHostTools();
  await sweepNetworks();
  const network = await createNetwork(dir);
  const destroy = () => destroyNetwork(network);
  try {
    const names = ['publish', 'front', 'redis', 'app1', 'app2', 'app3'];
    const made: Host[] = [];
    for (const [i, name] of names.entries()) made.push(await addHost(network, name, i + 1));
    const [publisher, front, redis, app1, app2, spare] = made as [Host, Host, Host, Host, Host, Host];
    const hosts: Hosts = { siteUrl: `http://${front.address}`, publisher: publisher.address, front: front.address, redis: redis.address, apps: [app1.address, app2.address] };

    await shell(publisher, 'mkdir -p -m 700 /root/.ssh && ssh-keygen -q -t ed25519 -N "" -C publisher -f /root/.ssh/id_ed25519');
    const key = (await shell(publisher, 'cat /root/.ssh/id_ed25519.pub')).trim();
    const known = await Promise.all(made.map((host) => image(host, key)));
    await shell(publisher, `printf '%s\\n' ${known.map((line) => `'${line}'`).join(' ')} > /root/.ssh/known_hosts`);
    await Promise.all([app1, app2, spare].map(runtimeImage));
    await publishingHost(publisher, hosts);

    const site: Site = {
      network,
      publisher,
      front,
      redis,
      apps: [app1, app2],
      spare,
      origin: `http://${front.address}`,
      hosts,
      hostsCommand: (...args) => runIn(publisher, 'npm', ['run', '--silent', 'hosts', '--', ...args], { cwd: CURRENT, timeoutMs: 600_000 }),
      shell,
      destroy,
    };
    await site.hostsCommand('init');
    await runIn(publisher, 'npm', ['run', '--silent', 'build:search'], { cwd: CURRENT, env: { CONTENT_DIR }, timeoutMs: 600_000 });
    await site.hostsCommand('redis');
    await site.hostsCommand('front');
    for (const app of site.apps) await site.hostsCommand('app', app.address);
    return site;
  } catch (error) {
    await destroy();
    throw error;
  }
}

/** `host`'s instance, as the publishing host reaches it: `http://<address>:3000`. */
export const instanceOrigin = (host: Host) => `http://${host.address}:${APP_PORT}`;
