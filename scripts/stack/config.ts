import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { securityHeaders } from '../../lib/http/security-headers';

/** The versioned templates of the production configuration. */
export const DEPLOY_DIR = fileURLToPath(new URL('../../deploy', import.meta.url));

/**
 * Fills a template's `${NAME}` placeholders (upper-case names only, so nginx's own `$variables` stay as they are).
 * @throws when the template names a value that is not given, or a value is given that the template never uses
 * @example fillTemplate('listen ${LISTEN}; root $document_root;', { LISTEN: '127.0.0.1:8080' })
 * // 'listen 127.0.0.1:8080; root $document_root;'
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  const used = new Set<string>();
  const filled = template.replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`the template needs \${${name}}, which was not given`);
    used.add(name);
    return value;
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length) throw new Error(`the template has no \${${unused.join('}, ${')}}`);
  return filled;
}

/** Where and what one stack serves. */
export interface NginxValues {
  /** `127.0.0.1:8080` */
  listen: string;
  /** `127.0.0.1:3001` of every Next.js instance. */
  instances: string[];
  /** The built release's `public/`. */
  publicDir: string;
  /** Every release's `.next/static`, merged. */
  staticDir: string;
  /** pid, logs and temp files. */
  runDir: string;
  cacheDir: string;
  /** Names the release in the page cache's keys (its Next.js build id). */
  release: string;
  user: string;
  /** nginx's size for the page cache's disk use (`4g`). */
  cacheMaxSize?: string;
  /** Free space the cache manager keeps on the cache's disk (`1g`). */
  cacheMinFree?: string;
}

/**
 * An instance that fails once (refused, or silent for proxy_read_timeout) is set aside this long; then one request
 * tries it again. The longer, the fewer readers wait on a hung instance; the shorter, the sooner a restarted one
 * gets requests.
 */
export const FAIL_TIMEOUT = '10s';

/**
 * The `server` lines of nginx's upstream: every instance as itself (set aside for FAIL_TIMEOUT after a failure), then
 * every instance again as a backup that is never set aside (`max_fails=0`; deploy/nginx.conf says why).
 * @example upstreamServers(['127.0.0.1:3001'])
 * // '    server 127.0.0.1:3001 max_fails=1 fail_timeout=10s;\n    server 127.0.0.1:3001 max_fails=0 backup;'
 */
export function upstreamServers(instances: string[]): string {
  return [
    ...instances.map((address) => `    server ${address} max_fails=1 fail_timeout=${FAIL_TIMEOUT};`),
    ...instances.map((address) => `    server ${address} max_fails=0 backup;`),
  ].join('\n');
}

/** The site's security headers as nginx `add_header` lines. */
function nginxHeaders(indent: string): string {
  return securityHeaders()
    .map(({ key, value }) => `${indent}add_header ${key} "${value}" always;`)
    .join('\n');
}

/** deploy/nginx.conf filled in. */
export function nginxConfig(v: NginxValues): string {
  return fillTemplate(readFileSync(join(DEPLOY_DIR, 'nginx.conf'), 'utf8'), {
    NGINX_USER: v.user,
    RUN_DIR: v.runDir,
    CACHE_DIR: v.cacheDir,
    CACHE_MAX_SIZE: v.cacheMaxSize ?? '4g',
    CACHE_MIN_FREE: v.cacheMinFree ?? '1g',
    UPSTREAM_SERVERS: upstreamServers(v.instances),
    RELEASE: v.release,
    LISTEN: v.listen,
    PUBLIC_DIR: v.publicDir,
    STATIC_DIR: v.staticDir,
    SECURITY_HEADERS: nginxHeaders('      '),
    SECURITY_HEADERS_SERVER: nginxHeaders('    '),
  });
}

/** Where and how Redis listens. */
export interface RedisValues {
  port: number;
  runDir: string;
  /** Addresses it listens on (`127.0.0.1 ::1`; on several hosts, the Redis host's internal address). */
  bind: string;
  /** SHA-256 (hex) of the `thaigov` user's password (`redisPasswordHash`). */
  passwordHash: string;
  maxMemory?: string;
}

/** SHA-256 of a Redis password, hex: how deploy/redis.conf names it, so that the file holds no password. */
export const redisPasswordHash = (password: string) => createHash('sha256').update(password).digest('hex');

/** deploy/redis.conf filled in. */
export function redisConfig(v: RedisValues): string {
  if (!/^[0-9a-f]{64}$/.test(v.passwordHash)) throw new Error('redisConfig: passwordHash must be the SHA-256 of the password, 64 hex digits (redisPasswordHash)');
  return fillTemplate(readFileSync(join(DEPLOY_DIR, 'redis.conf'), 'utf8'), {
    REDIS_BIND: v.bind,
    REDIS_PORT: String(v.port),
    REDIS_PASSWORD_HASH: v.passwordHash,
    RUN_DIR: v.runDir,
    REDIS_MAXMEMORY: v.maxMemory ?? '1gb',
  });
}
