/**
 * `npm run hosts -- <command>`: the site on several hosts, run as root on the publishing host from its release
 * folder (`/srv/thaigov/current`), with the addresses of `/etc/thaigov/hosts.json` (hosts-plan.ts). It moves files
 * with the tools an operator already runs, over SSH with the publishing host's key: rsync for built files, git for
 * the content repository, `systemctl` and `nft` on each host. deploy/README.md ("Several hosts") says when to run
 * which.
 *
 *   init            writes secrets.env (a Redis password, a publication token) when there is none
 *   redis           the Redis host: deploy/redis.conf on its internal address, with the password; starts it
 *   front           the front: units, public files and `_next/static` (nginx starts with the first `publish`)
 *   app <address>   an app host: the release, site.env, units, firewall, the content and the site's publication, at
 *                   once; (re)starts its instance, then `publish` (which leaves the hosts already on it alone)
 *   publish         brings every app host onto the site's publication (`published/current.json`, made by
 *                   `npm run build:search`; its open data by `npm run build:data`): every host that can stages it, then every such host switches; nginx is
 *                   given only the hosts that serve it; a host whose instance already serves it is left alone (no
 *                   copy, no switch); a host that is down or cut off takes no readers until a
 *                   later `publish` has brought it up to date
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { command, fail, usageError } from '../../lib/cli';
import { DEPLOY_DIR } from './config';
import {
  APP_PORT,
  CONTENT_DIR,
  CURRENT,
  FRONT,
  PUBLISHED_DIR,
  SECRETS_FILE,
  SITE_DIR,
  frontConfig,
  instanceFirewall,
  readHosts,
  readSecrets,
  redisHostConfig,
  siteEnv,
  type Hosts,
  type Secrets,
} from './hosts-plan';

/** SSH gives up on a host that does not answer within 3 s, or stops answering for 6 s. */
export const SSH_OPTIONS = ['-o', 'BatchMode=yes', '-o', 'ConnectTimeout=3', '-o', 'ServerAliveInterval=2', '-o', 'ServerAliveCountMax=3'];
const SSH = `ssh ${SSH_OPTIONS.join(' ')}`;
/** How long an instance may take to answer one step of a publication. */
const STEP_TIMEOUT_MS = 10_000;

/** Runs a command to its end; stdout, or an error with what it printed. */
function run(commandName: string, args: string[], { input, timeoutMs = 300_000, env }: { input?: string; timeoutMs?: number; env?: Record<string, string> } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(commandName, args, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => reject(error));
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`${commandName} ${args.filter((a) => !a.startsWith('-o') && !SSH_OPTIONS.includes(a)).join(' ')}: ${signal ? `killed after ${timeoutMs / 1000} s` : `exit ${code}`}: ${(stderr || stdout).trim().split('\n').slice(-3).join(' / ')}`));
    });
    child.stdin.end(input ?? '');
  });
}

/** Runs a shell command on a host. */
export const ssh = (address: string, script: string, input?: string) => run('ssh', [...SSH_OPTIONS, `root@${address}`, script], { input });

/**
 * rsync over SSH, archive mode, hard links kept (a search generation links the files it shares with the one before:
 * the host gets links, not copies); gives up when nothing moves for 15 s.
 */
const rsync = (...args: string[]) => run('rsync', ['-aH', '--timeout=15', '-e', SSH, ...args]);

/** Writes a file on a host in one rename (readable by root only unless `mode` says otherwise). */
const put = (address: string, path: string, text: string, mode = '600') =>
  ssh(address, `umask 077 && mkdir -p "$(dirname ${path})" && cat > ${path}.new && chmod ${mode} ${path}.new && mv ${path}.new ${path}`, text);

/** Starts a unit, or restarts it when it runs. */
const restart = (address: string, unit: string) => ssh(address, `systemctl daemon-reload && systemctl restart ${unit}`);

const buildId = () => readFileSync(join(CURRENT, '.next/BUILD_ID'), 'utf8').trim();
const INSTANCE = `thaigov-next@${APP_PORT}`;

/** deploy/systemd's units, installed as they are. */
const pushUnits = (address: string) => rsync(`${DEPLOY_DIR}/systemd/`, `root@${address}:/etc/systemd/system/`);

/** `published/current.json` of the publishing host: the site's publication. */
function sitePublication(): { id: string; text: string } {
  const file = join(PUBLISHED_DIR, 'current.json');
  if (!existsSync(file)) fail(`${file}: no publication yet; run CONTENT_DIR=${CONTENT_DIR} npm run build:search first`);
  const text = readFileSync(file, 'utf8');
  return { id: (JSON.parse(text) as { id: string }).id, text };
}

/** The release this host runs, onto `address`: hard-linked to the release there before, so only what changed moves. */
async function pushRelease(address: string): Promise<void> {
  const release = realpathSync(CURRENT);
  const name = basename(release);
  await ssh(address, `mkdir -p ${SITE_DIR}/releases`);
  await rsync('--delete', `--link-dest=${CURRENT}/`, '--exclude=/.cache/', '--exclude=/.next/cache/', '--exclude=/public/search-index/', `${release}/`, `root@${address}:${SITE_DIR}/releases/${name}/`);
  await ssh(address, `ln -sfn releases/${name} ${SITE_DIR}/current.new && mv -T ${SITE_DIR}/current.new ${CURRENT}`);
}

/** The content repository's checked-out commit, pushed into the host's working tree (`updateInstead`). */
async function pushContent(address: string): Promise<void> {
  await ssh(address, `test -d ${CONTENT_DIR}/.git || { git init -q -b main ${CONTENT_DIR} && git -C ${CONTENT_DIR} config receive.denyCurrentBranch updateInstead; }`);
  await run('git', ['-C', CONTENT_DIR, 'push', '--quiet', '--force', `ssh://root@${address}${CONTENT_DIR}`, 'HEAD:refs/heads/main'], { env: { GIT_SSH_COMMAND: SSH } });
}

/**
 * The publications (all but `current.json`, the commit) onto an app host. Nothing is removed there (`clean` does,
 * once the host serves the new one). The search index follows the switch (`clean`): readers fetch it from the front,
 * and the host's copy is for its `next start` alone. A host set up from nothing (`app`) gets both, being switched at
 * its start.
 * @param id the publication to send, `basis` the one the host serves: publication `id`'s folder goes first, each of
 *   its files sent as its differences from the same file of `basis` (rsync `--link-dest`): its `record.json`, 19 MB
 *   at full scale, differs from the last publication's by the changed releases' lines. Its stories are in parts
 *   shared with earlier publications (`published/stories/`): one new release adds one part of about 1 MB.
 */
async function pushPublication(address: string, id: string, basis: string | null): Promise<void> {
  if (basis && basis !== id) await rsync('--mkpath', '--exclude=*.tmp', `--link-dest=../${basis}/`, `${PUBLISHED_DIR}/${id}/`, `root@${address}:${PUBLISHED_DIR}/${id}/`);
  await rsync('--exclude=/current.json', '--exclude=/publish.lock', '--exclude=/serving/', '--exclude=*.tmp', `${PUBLISHED_DIR}/`, `root@${address}:${PUBLISHED_DIR}/`);
}

/**
 * The front's files: the release's public/ with the search index's generations, and every release's `_next/static`,
 * kept. The search manifests and the open data (`public/data/`, `npm run build:data`) describe the site's
 * publication: they come with the switch (`pushFrontData`), unless `all` (a front set up before any host serves).
 */
async function pushFrontFiles(front: string, { all = false } = {}): Promise<void> {
  const withSwitch = all ? [] : ['--exclude=/search-index/*/manifest.json', '--exclude=/data/'];
  await rsync('--mkpath', ...withSwitch, `${CURRENT}/public/`, `root@${front}:${FRONT.publicDir}/`);
  await rsync('--mkpath', `${CURRENT}/.next/static/`, `root@${front}:${FRONT.staticDir}/`);
}

/** The open data of the publication the app hosts now serve, onto the front (years removed there too). */
const pushFrontData = (front: string) => rsync('--mkpath', '--delete', `${CURRENT}/public/data/`, `root@${front}:${FRONT.publicDir}/data/`);

/**
 * nginx on the front, sending readers to `serving` only: its configuration replaced, then reloaded (or started).
 * Left as it is when it already says so and runs: a reload closes the idle keep-alive connections of readers, and one
 * a reader is sending a request on at that moment fails (a browser sends it again; other clients may not).
 */
async function writeFront(hosts: Hosts, serving: string[]): Promise<void> {
  const config = frontConfig(serving, buildId());
  const file = '/etc/thaigov/nginx.conf';
  const running = await ssh(hosts.front, `cat ${file} 2>/dev/null; systemctl is-active --quiet thaigov-nginx && printf '\\n#active' || true`);
  if (running === `${config}\n#active`) return;
  await put(hosts.front, file, config, '644');
  await ssh(hosts.front, 'systemctl is-active --quiet thaigov-nginx && systemctl reload thaigov-nginx || systemctl start thaigov-nginx');
}

/** One step of a publication on an instance (`POST /api/publish`), within STEP_TIMEOUT_MS. */
async function step(address: string, secrets: Secrets, publication: string, name: 'stage' | 'switch'): Promise<void> {
  const answer = await fetch(`http://${address}:${APP_PORT}/api/publish`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secrets.PUBLISH_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ publication, step: name }),
    signal: AbortSignal.timeout(STEP_TIMEOUT_MS),
  });
  if (!answer.ok) throw new Error(`${name}: ${answer.status} ${await answer.text()}`);
}

/**
 * The publication an instance serves (`GET /api/publish`), or null when it has loaded none or does not answer within
 * 3 s (as SSH gives up: a host cut off is then taken as behind, and lags at the first copy).
 */
async function served(address: string, secrets: Secrets): Promise<string | null> {
  try {
    const answer = await fetch(`http://${address}:${APP_PORT}/api/publish`, { headers: { Authorization: `Bearer ${secrets.PUBLISH_TOKEN}` }, signal: AbortSignal.timeout(3000) });
    return answer.ok ? ((await answer.json()) as { publication: string | null }).publication : null;
  } catch {
    return null;
  }
}

/** Runs `task` on every address at once; the addresses it failed on, with why. */
async function onEach(addresses: string[], task: (address: string) => Promise<unknown>): Promise<Map<string, string>> {
  const failed = new Map<string, string>();
  await Promise.all(addresses.map((address) => task(address).catch((error: Error) => failed.set(address, error.message))));
  return failed;
}

/** What `publish` did: the hosts serving the publication (and readers' only ones), and the others with why. */
export interface HostsPublication {
  id: string;
  serving: string[];
  lagging: Map<string, string>;
  /** When the first switch was asked and the last one answered (ms since the epoch). */
  switched: { from: number; to: number };
}

/** See the module's comment; the steps and what each failure leaves are in deploy/README.md. */
async function publish(hosts: Hosts, secrets: Secrets): Promise<HostsPublication> {
  const { id, text } = sitePublication();
  const lagging = new Map<string, string>();
  const keep = (failed: Map<string, string>) => failed.forEach((why, address) => lagging.set(address, why));
  const timed = stopwatch('publish');

  // 0. The hosts whose instance already serves it are left alone (no files, no switch): only the others go through
  // steps 1 to 4. One that does not answer is among the others, and lags at step 1 if it still cannot be reached.
  const answers = await Promise.all(hosts.apps.map((address) => served(address, secrets)));
  const onIt = hosts.apps.filter((_, i) => answers[i] === id);
  const behind = hosts.apps.filter((a) => !onIt.includes(a));
  timed(`${onIt.length} of ${hosts.apps.length} app hosts already serve ${id}`);
  let switched = { from: Date.now(), to: Date.now() };
  if (behind.length) {
    // 1. Files, all at once: the front's (the new search index must be there before any page names it: before any
    // host switches, below) and each app host's publication. Each line says when its copy ended. The content follows
    // in step 5: an instance serves its publication, never the content (lib/content), so it waits for no push.
    const [frontCopy, failed] = await Promise.all([
      timedTask(hosts.front, 'search index and static files copied', () => pushFrontFiles(hosts.front)).catch((error: Error) => error),
      onEach(behind, (address) => timedTask(address, 'publication copied', () => pushPublication(address, id, answers[hosts.apps.indexOf(address)] ?? null))),
    ]);
    if (frontCopy instanceof Error) fail(`the front ${hosts.front} could not be updated (${frontCopy.message}); nothing was switched`);
    keep(failed);
    timed('files copied');
    // 2. Stage: each host that has the files reads the publication into memory.
    const synced = behind.filter((a) => !lagging.has(a));
    keep(await onEach(synced, (address) => step(address, secrets, id, 'stage')));
    timed('staged');
    const ready = behind.filter((a) => !lagging.has(a));
    if (!ready.length && !onIt.length) fail(`no app host could take publication ${id}; nothing was switched:\n${[...lagging].map(([a, why]) => `  ${a}: ${why}`).join('\n')}`);
    // 3. Readers go to the hosts on it and the ready ones only, before any switches: a lagging host must not serve
    // them the old one.
    if (lagging.size) await writeFront(hosts, hosts.apps.filter((a) => !lagging.has(a)));
    // 4. Commit on each (current.json, one rename: what the instance serves from its next start), then switch.
    keep(await onEach(ready, (address) => put(address, join(PUBLISHED_DIR, 'current.json'), text, '644')));
    const from = Date.now();
    keep(await onEach(ready.filter((a) => !lagging.has(a)), (address) => step(address, secrets, id, 'switch')));
    switched = { from, to: Date.now() };
    timed('committed and switched');
  }
  const serving = hosts.apps.filter((a) => !lagging.has(a));
  await writeFront(hosts, serving);
  timed('front given the hosts that serve it');
  // 5. Clean: the search manifests and the open data of this publication, and what the publishing host removed
  // (publications older than the previous one, their search generations), on the hosts that switched and the front;
  // and the content and the search index, on every app host serving (`git push` of a commit a host has is a no-op).
  // The front's files, the content and the search index come every time: a run that failed there is mended by the
  // next, even when every host is on it.
  const cleaned = await onEach([hosts.front, ...serving], async (address) => {
    if (address === hosts.front) await pushFrontData(address);
    else {
      await pushContent(address);
      if (behind.includes(address)) await rsync('--delete', '--exclude=/current.json', '--exclude=/publish.lock', '--exclude=/serving/', `${PUBLISHED_DIR}/`, `root@${address}:${PUBLISHED_DIR}/`);
    }
    await rsync('--delete', `${CURRENT}/public/search-index/`, `root@${address}:${CURRENT}/public/search-index/`);
  });
  for (const [address, why] of cleaned) console.log(`${address}: not cleaned (${why}); the next npm run hosts -- publish does it`);
  timed('cleaned');
  return { id, serving, lagging, switched };
}

const cli = command({
  usage: [
    'usage: npm run hosts -- init | redis | front | app <address> | publish',
    '  run as root on the publishing host, in /srv/thaigov/current; addresses from /etc/thaigov/hosts.json (deploy/README.md, Several hosts)',
  ].join('\n'),
  allowPositionals: true,
});
const [verb, address] = cli.positionals;

async function main(): Promise<void> {
  if (verb === 'init') {
    if (existsSync(SECRETS_FILE)) return console.log(`${SECRETS_FILE} exists; kept`);
    const secret = () => randomBytes(24).toString('base64url');
    writeFileSync(SECRETS_FILE, `REDIS_PASSWORD=${secret()}\nPUBLISH_TOKEN=${secret()}\n`, { mode: 0o600 });
    return console.log(`${SECRETS_FILE} written`);
  }
  const hosts = (() => {
    try {
      return readHosts();
    } catch (error) {
      return fail((error as Error).message);
    }
  })();
  const secrets = readSecrets();
  if (verb === 'redis') {
    await put(hosts.redis, '/etc/thaigov/redis.conf', redisHostConfig(hosts, secrets));
    await pushUnits(hosts.redis);
    await restart(hosts.redis, 'thaigov-redis');
    return console.log(`${hosts.redis}: Redis on ${hosts.redis}:6379, password required`);
  }
  if (verb === 'front') {
    await ssh(hosts.front, `mkdir -p ${SITE_DIR} /etc/thaigov`);
    await pushUnits(hosts.front);
    await pushFrontFiles(hosts.front, { all: true });
    return console.log(`${hosts.front}: files in place; nginx starts with npm run hosts -- publish`);
  }
  if (verb === 'app') {
    if (!address) usageError('app: give the address of the app host');
    if (!hosts.apps.includes(address)) fail(`${address} is not among the apps of /etc/thaigov/hosts.json: add it there first`);
    const { text } = sitePublication();
    const timed = stopwatch(address);
    // Four things that need nothing of one another, at once (each line prints its own seconds from the start).
    const alongside = (what: string, task: () => Promise<unknown>) => timedTask(address, what, task);
    await Promise.all([
      alongside('release copied, with the search index', async () => {
        await pushRelease(address);
        await rsync('--mkpath', `${CURRENT}/public/search-index/`, `root@${address}:${CURRENT}/public/search-index/`);
      }),
      alongside('site.env, firewall and units in place', async () => {
        await put(address, '/etc/thaigov/site.env', siteEnv(hosts, address, secrets));
        await put(address, '/etc/thaigov/instance.nft', instanceFirewall(hosts), '644');
        await ssh(address, 'nft -f /etc/thaigov/instance.nft');
        await pushUnits(address);
      }),
      alongside('content pushed', () => pushContent(address)),
      alongside('publications copied', () => rsync('--mkpath', '--exclude=/current.json', '--exclude=/publish.lock', '--exclude=*.tmp', `${PUBLISHED_DIR}/`, `root@${address}:${PUBLISHED_DIR}/`)),
    ]);
    await put(address, join(PUBLISHED_DIR, 'current.json'), text, '644');
    timed('all in place, publication committed');
    await restart(address, INSTANCE);
    await waitUntilAnswers(address);
    timed(`${INSTANCE} serves release ${buildId()}`);
  } else if (verb !== 'publish') usageError(`unknown command "${verb ?? ''}"`);
  const done = await publish(hosts, secrets);
  for (const a of done.serving) console.log(`${a}: serves publication ${done.id}`);
  for (const [a, why] of done.lagging) console.log(`${a}: left out of the front until it serves ${done.id} (${why}); run npm run hosts -- publish once it is back`);
  const { from, to } = done.switched;
  console.log(`publication ${done.id}: ${done.serving.length} of ${hosts.apps.length} app hosts serve it (switched from ${from} to ${to}, ${to - from} ms); the front sends readers to them only`);
}

/** Runs `task`, then prints `<address>: <what> (<its seconds> s)`: for tasks run side by side. */
async function timedTask(address: string, what: string, task: () => Promise<unknown>): Promise<void> {
  const watch = stopwatch(address);
  await task();
  watch(what);
}

/** Prints `<address>: <what> (<seconds since the last step> s)`, one line a step, for an operator to see where time goes. */
function stopwatch(address: string): (what: string) => void {
  let last = performance.now();
  return (what) => {
    const now = performance.now();
    console.log(`${address}: ${what} (${((now - last) / 1000).toFixed(1)} s)`);
    last = now;
  };
}

/** Waits until an instance answers a page (120 s: a first start loads the archive). */
async function waitUntilAnswers(address: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const status = await fetch(`http://${address}:${APP_PORT}/th`, { signal: AbortSignal.timeout(5000) }).then((r) => r.status, () => 0);
    if (status === 200) return;
    if (Date.now() > deadline) fail(`${address}: ${INSTANCE} does not answer after 120 s; see journalctl -u ${INSTANCE} there`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

main().catch((error: Error) => fail(error.message));
