import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Hosts of their own on one Linux machine, for the several-hosts tests (tests/hosts): each host is a network
 * namespace (`ip netns`, Debian's iproute2) with one link, a veth pair whose other end is a port of a bridge, and a
 * mount namespace of its own in which its disk is `/srv`, and overlays on the machine's `/etc`, `/var`, `/root` and
 * `/usr/local` keep what it writes there: every host has the production paths (`/srv/thaigov/…`, `/etc/thaigov/…`,
 * `/var/lib/thaigov-nginx`) to itself, and the machine's files stay as they are. A process stands for the host
 * (`sleep infinity`, holding both namespaces); every command of the host enters them with `nsenter`. A link is cut
 * with `ip link set … down` on the bridge's side, as a pulled cable or a failed switch port would.
 *
 * Everything is named after one prefix, `th<pid in base 36>` (the process that made it), so that `destroyNetwork`
 * removes every namespace, link and process of one run; a watcher started with the network removes them when that
 * process ends without doing so (interrupted, killed), and `sweepNetworks` those of runs whose watcher was killed too.
 * Needs root (CI runs as root).
 */

export const IP = '/usr/sbin/ip';
const NSENTER = '/usr/bin/nsenter';
/** The machine's folders each host has a copy-on-write view of (an overlay, its changes on the host's disk). */
const OVERLAID = ['/etc', '/var', '/usr/local', '/root'];
const run = promisify(execFile);

/** One host: its namespace, address and disk. */
export interface Host {
  name: string;
  /** The network namespace: `<prefix>-<name>`. */
  ns: string;
  /** Its address on the hosts' network. */
  address: string;
  /** Its disk: `srv/` is its `/srv`, `upper/etc/` what it wrote into `/etc`, and so on. */
  disk: string;
  /** The process standing for the host: every command enters its namespaces. */
  pid: number;
  /** The bridge's end of its link (what `cut` takes down). */
  link: string;
  /**
   * A prefix for every command the host runs from now on (`taskset`, `nice`): the CPU a bench gives it, standing for
   * cores of its own. None by default: every host shares the machine's cores.
   */
  cpu?: string[];
}

export interface Network {
  prefix: string;
  /** The bridge, and this machine's address on it (the tests reach the hosts from here). */
  bridge: string;
  gateway: string;
  hosts: Map<string, Host>;
  /** Folder holding each host's disk, `<dir>/<name>/` (its logs in `srv/log/`). */
  dir: string;
}

/** Runs a command and returns its output; on failure the error names the command and what it printed. */
export async function sh(command: string, args: string[], options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<string> {
  try {
    const { stdout } = await run(command, args, { encoding: 'utf8', timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 << 20, env: { ...process.env, ...options.env } });
    return stdout;
  } catch (error) {
    const e = error as Error & { stdout?: string; stderr?: string; code?: number | string };
    throw new Error(`${command} ${args.join(' ')} failed (${e.code ?? e.message}):\n${e.stderr ?? ''}${e.stdout ?? ''}`.trimEnd());
  }
}

/** Fails with what to do when this machine cannot make hosts: not root, or iproute2 missing. */
export function assertCanMakeHosts(): void {
  if (process.getuid?.() !== 0) throw new Error('the several-hosts tests make network namespaces and need root (CI runs as root): run them as root');
  if (!existsSync(IP)) throw new Error(`the several-hosts tests need ${IP}: apt-get install -y iproute2`);
}

/** `th` and this process's id in base 36: the prefix of everything one run makes (at most 15 characters a link name). */
export const prefixOf = (pid: number) => `th${pid.toString(36)}`;

/** The address of host number `n` (1–200) on a /24 network `10.231.<k>`. */
const hostAddress = (subnet: string, n: number) => `${subnet}.${10 + n}`;

/** A /24 under 10.231/16 no route of this machine uses yet (two runs at once take two). */
async function freeSubnet(pid: number): Promise<string> {
  const routes = await sh(IP, ['-4', 'route', 'show']);
  for (let i = 0; i < 250; i++) {
    const k = ((pid + i) % 250) + 1;
    if (!routes.includes(`10.231.${k}.`)) return `10.231.${k}`;
  }
  throw new Error('no free /24 network under 10.231.0.0/16: remove the leftover bridges (ip -br link | grep ^th)');
}

/** Makes the bridge of a new network; hosts are added with `addHost`. */
export async function createNetwork(dir: string, pid = process.pid): Promise<Network> {
  assertCanMakeHosts();
  const prefix = prefixOf(pid);
  const subnet = await freeSubnet(pid);
  const bridge = `${prefix}-br`;
  const gateway = `${subnet}.1`;
  await sh(IP, ['link', 'add', bridge, 'type', 'bridge']);
  await sh(IP, ['addr', 'add', `${gateway}/24`, 'dev', bridge]);
  await sh(IP, ['link', 'set', bridge, 'up']);
  mkdirSync(dir, { recursive: true });
  reapAfter(pid, prefix, dir);
  return { prefix, bridge, gateway, hosts: new Map(), dir };
}

/**
 * Starts a watcher, apart from this process, that removes every namespace, process and link of `prefix`, then the
 * hosts' disks (`dir`, which every caller removes after `destroyNetwork`), once process `pid` has ended, however it
 * ended: a test run interrupted (Ctrl-C, a CI timeout) or killed runs no `afterAll`. After a run that cleaned up it
 * finds nothing and ends with it.
 */
function reapAfter(pid: number, prefix: string, dir: string): void {
  const script = [
    `while kill -0 ${pid} 2>/dev/null; do sleep 1; done`,
    `for ns in $(${IP} netns list | cut -d' ' -f1 | grep '^${prefix}-'); do`,
    `  for i in 1 2 3 4 5 6 7 8 9 10; do pids=$(${IP} netns pids "$ns"); [ -z "$pids" ] && break; kill -9 $pids 2>/dev/null; sleep 0.2; done`,
    `  ${IP} netns del "$ns"`,
    'done',
    `for link in $(${IP} -br link show | cut -d' ' -f1 | cut -d@ -f1 | grep '^${prefix}-'); do ${IP} link del "$link" 2>/dev/null; done`,
    `rm -rf '${dir.replaceAll("'", "'\\''")}'`,
  ].join('\n');
  spawn('/bin/sh', ['-c', script], { stdio: 'ignore', detached: true }).unref();
}

/**
 * Adds host `name` as number `n` of the network: its namespace, its link to the bridge (`eth0` inside, with the
 * address `10.231.<k>.<10+n>`), loopback, its disk and the process that holds its mounts.
 */
export async function addHost(network: Network, name: string, n: number): Promise<Host> {
  const ns = `${network.prefix}-${name}`;
  const link = ns;
  const inside = `${network.prefix}-${n}i`;
  const address = hostAddress(network.gateway.replace(/\.1$/, ''), n);
  const disk = join(network.dir, name);
  const layers = OVERLAID.map((dir) => ({ dir, upper: join(disk, 'upper', dir), work: join(disk, 'work', dir) }));
  for (const dir of [join(disk, 'srv/log'), ...layers.flatMap((l) => [l.upper, l.work])]) mkdirSync(dir, { recursive: true });
  await sh(IP, ['netns', 'add', ns]);
  await sh(IP, ['link', 'add', link, 'type', 'veth', 'peer', 'name', inside]);
  await sh(IP, ['link', 'set', link, 'master', network.bridge, 'up']);
  await sh(IP, ['link', 'set', inside, 'netns', ns]);
  const inNs = (...args: string[]) => sh(IP, ['-n', ns, ...args]);
  await inNs('link', 'set', inside, 'name', 'eth0');
  await inNs('addr', 'add', `${address}/24`, 'dev', 'eth0');
  await inNs('link', 'set', 'eth0', 'up');
  await inNs('link', 'set', 'lo', 'up');
  const mounts = [
    `mount --bind ${join(disk, 'srv')} /srv`,
    ...layers.map(({ dir, upper, work }) => `mount -t overlay overlay -o lowerdir=${dir},upperdir=${upper},workdir=${work} ${dir}`),
    // sshd's privilege separation folder, on the machine's /run (shared by the hosts, empty).
    'mkdir -p /run/sshd',
    'exec sleep infinity',
  ].join(' && ');
  const holder = spawn(IP, ['netns', 'exec', ns, '/bin/sh', '-c', mounts], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  holder.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  const host: Host = { name, ns, address, disk, link, pid: holder.pid! };
  network.hosts.set(name, host);
  // Mounted once `sleep` runs in the host's mount namespace.
  for (let i = 0; ; i++) {
    if (holder.exitCode !== null) throw new Error(`host ${name} could not mount its disk: ${stderr}`);
    const mounted = await sh(NSENTER, ['-t', String(host.pid), '-m', '-n', '--', '/usr/bin/test', '-d', '/srv/log']).then(() => true, () => false);
    if (mounted && readFileSync(`/proc/${host.pid}/comm`, 'utf8').trim() === 'sleep') return host;
    if (i > 100) throw new Error(`host ${name} did not mount its disk within 10 s: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The host called `name`, or an error naming the hosts there are. */
export function hostOf(network: Network, name: string): Host {
  const host = network.hosts.get(name);
  if (!host) throw new Error(`no host ${name} on ${network.prefix} (hosts: ${[...network.hosts.keys()].join(', ')})`);
  return host;
}

/** The command line that runs `command` inside `host` (its network and mounts), from `cwd` (a path as it sees it). */
export function inHost(host: Host, command: string, args: string[], cwd = '/'): [string, string[]] {
  return [NSENTER, ['-t', String(host.pid), '-m', '-n', '--', '/bin/sh', '-c', 'cd "$0" && exec "$@"', cwd, ...(host.cpu ?? []), command, ...args]];
}

/** Runs a command inside `host` to its end and returns its output (the error names the host). */
export async function runIn(host: Host, command: string, args: string[], options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<string> {
  const [ip, ipArgs] = inHost(host, command, args, options.cwd);
  try {
    return await sh(ip, ipArgs, options);
  } catch (error) {
    throw new Error(`on ${host.name}: ${(error as Error).message}`);
  }
}

/**
 * Starts a long-running process inside `host` (a server), its output appended to its `/srv/log/<log>`, in a process
 * group of its own. `host.ns`'s processes all end with `killHost`.
 */
export function startIn(host: Host, command: string, args: string[], log: string, options: { cwd?: string; env?: Record<string, string> } = {}): ChildProcess {
  const out = openSync(logOf(host, log), 'a');
  const [ip, ipArgs] = inHost(host, command, args, options.cwd);
  const child = spawn(ip, ipArgs, { env: { ...process.env, ...options.env }, stdio: ['ignore', out, out], detached: true });
  child.once('error', () => {}); // reported by whoever waits for it to answer
  return child;
}

/** Where a host's `/srv/log/<log>` is on this machine. */
export const logOf = (host: Host, log: string) => join(host.disk, 'srv/log', log);

/** The last lines of a host's log, for an error message. */
export function tailOf(host: Host, log: string, lines = 20): string {
  const file = logOf(host, log);
  return existsSync(file) ? `${file}:\n${readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')}` : `${file}: (empty)`;
}

/** Cuts `host`'s link (the bridge's end goes down: packets to and from it are lost, nothing is refused). */
export const cut = (network: Network, name: string) => sh(IP, ['link', 'set', hostOf(network, name).link, 'down']);
/** Connects `host`'s link again. */
export const restore = (network: Network, name: string) => sh(IP, ['link', 'set', hostOf(network, name).link, 'up']);

/** Process ids of every process running in namespace `ns` (none when it is gone). */
async function pidsIn(ns: string): Promise<number[]> {
  const out = await sh(IP, ['netns', 'pids', ns]).catch(() => '');
  return out.split('\n').filter(Boolean).map(Number);
}

/** Kills every process of a namespace but `spare` (SIGKILL, as a crash would) and waits until none is left. */
async function killNamespace(ns: string, spare?: number): Promise<void> {
  for (let round = 0; round < 50; round++) {
    const pids = (await pidsIn(ns)).filter((pid) => pid !== spare);
    if (!pids.length) return;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`processes of ${ns} are still running after SIGKILL: ${(await pidsIn(ns)).join(' ')}`);
}

/** Kills every process of host `name` at once (SIGKILL), as a crash of its services would: its disk stays. */
export const killHost = (network: Network, name: string) => {
  const host = hostOf(network, name);
  return killNamespace(host.ns, host.pid);
};

/** Namespaces and links whose name starts with `prefix-`. */
async function leftovers(prefix: string): Promise<{ namespaces: string[]; links: string[] }> {
  const namespaces = (await sh(IP, ['netns', 'list']))
    .split('\n')
    .map((line) => line.split(' ')[0]!)
    .filter((name) => name.startsWith(`${prefix}-`));
  const links = (await sh(IP, ['-br', 'link', 'show']))
    .split('\n')
    .map((line) => line.split(/[\s@]/)[0]!)
    .filter((name) => name.startsWith(`${prefix}-`));
  return { namespaces, links };
}

/**
 * Removes everything of run `prefix`: kills every process in its namespaces, deletes the namespaces (their links go
 * with them) and the bridge. Safe to call twice, or on a network only partly made.
 */
export async function destroyPrefix(prefix: string): Promise<void> {
  const { namespaces } = await leftovers(prefix);
  for (const ns of namespaces) await killNamespace(ns);
  for (const ns of namespaces) await sh(IP, ['netns', 'del', ns]).catch(() => undefined);
  for (const link of (await leftovers(prefix)).links) await sh(IP, ['link', 'del', link]).catch(() => undefined);
  const left = await leftovers(prefix);
  if (left.namespaces.length || left.links.length) throw new Error(`could not remove ${[...left.namespaces, ...left.links].join(', ')}`);
}

export const destroyNetwork = (network: Network) => destroyPrefix(network.prefix);

/** Removes the networks of earlier runs whose process is gone (a run killed before it could clean up). */
export async function sweepNetworks(): Promise<string[]> {
  const names = (await sh(IP, ['netns', 'list'])).split('\n').map((line) => line.split(' ')[0]!);
  const links = (await sh(IP, ['-br', 'link', 'show'])).split('\n').map((line) => line.split(/[\s@]/)[0]!);
  const prefixes = new Set([...names, ...links].map((name) => /^(th[0-9a-z]+)-/.exec(name)?.[1]).filter((p): p is string => !!p));
  const swept: string[] = [];
  for (const prefix of prefixes) {
    const pid = parseInt(prefix.slice(2), 36);
    if (pid === process.pid || existsSync(`/proc/${pid}`)) continue;
    await destroyPrefix(prefix);
    swept.push(prefix);
  }
  return swept;
}
