import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEPLOY_DIR, fillTemplate, nginxConfig, redisConfig, redisPasswordHash } from './config';

/**
 * The site on several hosts, from one file: `/etc/thaigov/hosts.json` on the publishing host names each host's
 * address, and every configuration that needs an address is filled from it and from deploy/'s templates (nginx's
 * upstream, Redis's bind address, each instance's listen address and REDIS_URL, the instances' firewall). The
 * secrets are beside it, in `/etc/thaigov/secrets.env` (mode 600). deploy/README.md, "Several hosts", shows the
 * commands; `npm run hosts` (hosts-cli.ts) runs them.
 */

export const HOSTS_FILE = '/etc/thaigov/hosts.json';
export const SECRETS_FILE = '/etc/thaigov/secrets.env';
/** Every host keeps the site under this folder, the same paths on each (deploy/README.md). */
export const SITE_DIR = '/srv/thaigov';
/** The content repository's working tree on every host; publications are beside it (`published/`). */
export const CONTENT_DIR = `${SITE_DIR}/content`;
export const PUBLISHED_DIR = `${SITE_DIR}/published`;
/** The release each host runs or serves: a symlink into `releases/`. */
export const CURRENT = `${SITE_DIR}/current`;
/** The port of every instance (the `%i` of `thaigov-next@.service`), and Redis's. */
export const APP_PORT = 3000;
export const REDIS_PORT = 6379;
/** The Redis user the instances log in as (deploy/redis.conf); the default user is off. */
export const REDIS_USER = 'thaigov';

const address = z.ipv4({ error: 'must be an IPv4 address, like "10.0.0.11"' });

export const hostsSchema = z.strictObject({
  /** The public address of the site, for canonical links, sitemaps and feeds. */
  siteUrl: z.url({ protocol: /^https?$/, error: 'siteUrl must be the site’s public http(s) address' }),
  /** Where `npm run publish` runs: the content repository, the builds, the only host the instances take publications from. */
  publisher: address,
  /** nginx, the only host readers reach. */
  front: address,
  redis: address,
  /** The hosts running `next start`, one instance each on APP_PORT. */
  apps: z.array(address).min(1, 'apps must name at least one host'),
});
export type Hosts = z.infer<typeof hostsSchema>;

/** The secrets every host's configuration is filled with. */
export interface Secrets {
  REDIS_PASSWORD: string;
  PUBLISH_TOKEN: string;
}

/**
 * Reads and checks hosts.json.
 * @throws Error naming the file, each wrong field and what it must be
 */
export function readHosts(file = HOSTS_FILE): Hosts {
  if (!existsSync(file)) throw new Error(`${file}: not found; write it as deploy/README.md (Several hosts) shows`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`);
  }
  const result = hostsSchema.safeParse(data);
  if (!result.success) throw new Error(result.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`).join('\n'));
  const { apps, front, redis, publisher } = result.data;
  const twice = apps.filter((a, i) => apps.indexOf(a) !== i);
  if (twice.length) throw new Error(`${file}: apps: ${twice.join(', ')} named twice`);
  const shared = apps.filter((a) => [front, redis, publisher].includes(a));
  if (shared.length) throw new Error(`${file}: apps: ${shared.join(', ')} is also the front, the Redis or the publishing host; an app host is a host of its own`);
  return result.data;
}

/**
 * Reads secrets.env (`REDIS_PASSWORD=…`, `PUBLISH_TOKEN=…`).
 * @throws Error naming the file and the missing value
 */
export function readSecrets(file = SECRETS_FILE): Secrets {
  if (!existsSync(file)) throw new Error(`${file}: not found; npm run hosts -- init writes it`);
  const values = Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => /^([A-Z_]+)=(.+)$/.exec(line.trim()))
      .filter((match) => match !== null)
      .map((match) => [match[1]!, match[2]!]),
  );
  for (const name of ['REDIS_PASSWORD', 'PUBLISH_TOKEN']) if (!values[name]) throw new Error(`${file}: ${name}= is missing`);
  return values as unknown as Secrets;
}

/** `redis://thaigov:<password>@<redis host>:6379`, the REDIS_URL of every instance. */
export const redisUrl = (hosts: Hosts, secrets: Secrets) => `redis://${REDIS_USER}:${encodeURIComponent(secrets.REDIS_PASSWORD)}@${hosts.redis}:${REDIS_PORT}`;

/** `/etc/thaigov/site.env` of the app host at `address`: what thaigov-next@.service reads. */
export function siteEnv(hosts: Hosts, address: string, secrets: Secrets): string {
  return [
    `SITE_URL=${hosts.siteUrl}`,
    `NEXT_HOST=${address}`,
    `REDIS_URL=${redisUrl(hosts, secrets)}`,
    `CONTENT_DIR=${CONTENT_DIR}`,
    `PUBLISH_TOKEN=${secrets.PUBLISH_TOKEN}`,
    '',
  ].join('\n');
}

/** Where the front keeps what nginx serves from its own disk. */
export const FRONT = {
  publicDir: `${CURRENT}/public`,
  staticDir: `${SITE_DIR}/static`,
  runDir: '/var/lib/thaigov-nginx',
  cacheDir: '/var/cache/thaigov-nginx',
} as const;

/**
 * The front's `/etc/thaigov/nginx.conf`: deploy/nginx.conf with the instances that serve the site's publication.
 * @param serving addresses of the app hosts readers may be sent to (the others are left out until they catch up)
 * @param release the build id (`.next/BUILD_ID`), which keys nginx's page cache
 */
export function frontConfig(serving: string[], release: string): string {
  if (!serving.length) throw new Error('no app host serves the site’s publication: nginx would have nothing to send readers to');
  return nginxConfig({ listen: '80', instances: serving.map((a) => `${a}:${APP_PORT}`), ...FRONT, release, user: 'www-data' });
}

/** The Redis host's `/etc/thaigov/redis.conf`: deploy/redis.conf listening on its internal address only. */
export function redisHostConfig(hosts: Hosts, secrets: Secrets): string {
  return redisConfig({ port: REDIS_PORT, runDir: '/var/lib/thaigov-redis', bind: hosts.redis, passwordHash: redisPasswordHash(secrets.REDIS_PASSWORD) });
}

/**
 * An app host's firewall (deploy/instance.nft): its instance answers the front and the publishing host only, so
 * `POST /api/publish` reaches it from the publishing host alone (the front passes only GET and HEAD).
 */
export function instanceFirewall(hosts: Hosts): string {
  return fillTemplate(readFileSync(join(DEPLOY_DIR, 'instance.nft'), 'utf8'), { APP_PORT: String(APP_PORT), FRONT: hosts.front, PUBLISHER: hosts.publisher });
}
