import { describe, expect, it } from 'vitest';
import { fillTemplate, nginxConfig, redisConfig, redisPasswordHash } from '@/scripts/stack/config';

describe('fillTemplate', () => {
  it("fills ${NAME} placeholders and leaves nginx's own variables alone", () => {
    expect(fillTemplate('listen ${LISTEN}; return 200 $request_uri;', { LISTEN: '127.0.0.1:8080' })).toBe('listen 127.0.0.1:8080; return 200 $request_uri;');
  });

  it('names a placeholder that was not given, and a value the template does not use', () => {
    expect(() => fillTemplate('root ${PUBLIC_DIR};', {})).toThrow('the template needs ${PUBLIC_DIR}, which was not given');
    expect(() => fillTemplate('root /srv;', { PUBLIC_DIR: '/srv' })).toThrow('the template has no ${PUBLIC_DIR}');
  });
});

describe('the deploy/ templates', () => {
  const nginx = nginxConfig({
    listen: '127.0.0.1:8080',
    instances: ['127.0.0.1:3001', '127.0.0.1:3002'],
    publicDir: '/srv/thaigov/current/public',
    staticDir: '/srv/thaigov/static',
    runDir: '/var/lib/thaigov-nginx',
    cacheDir: '/var/cache/thaigov-nginx',
    release: 'mYlUKNmlGSBfLrIYZOF3z',
    user: 'www-data',
  });

  it('gives nginx every instance and the release that keys its page cache', () => {
    expect(nginx).not.toMatch(/\$\{[A-Z_]+\}/);
    expect(nginx).toContain(
      [
        '    server 127.0.0.1:3001 max_fails=1 fail_timeout=10s;',
        '    server 127.0.0.1:3002 max_fails=1 fail_timeout=10s;',
        '    server 127.0.0.1:3001 max_fails=0 backup;',
        '    server 127.0.0.1:3002 max_fails=0 backup;',
        '',
      ].join('\n'),
    );
    expect(nginx).toContain('default "mYlUKNmlGSBfLrIYZOF3z";');
    expect(nginx).toContain('proxy_cache_key "$release$uri";');
    expect(nginx).toContain('proxy_cache_valid 404 410 10s;');
    expect(nginx).toContain('proxy_cache_valid 200 301 308 10s;');
  });

  it('keeps free space on the cache disk, and bounds how long a reader waits on an instance', () => {
    expect(nginx).toContain('max_size=4g min_free=1g');
    expect(nginx).toMatch(/proxy_connect_timeout 1s;\n\s+proxy_send_timeout 3s;\n\s+proxy_read_timeout 3s;/);
    expect(nginx).toContain('proxy_cache_lock_timeout 3s;');
    expect(nginx).toContain('upstream next {\n    least_conn;\n    zone next 64k;');
  });

  it('answers only GET and HEAD, and sends the security headers on the files it serves itself (nosniff only on the search index)', () => {
    expect(nginx).toContain('if ($request_method !~ ^(GET|HEAD)$) {\n      return 405;');
    // The server, /_next/static/, /fonts/ and /data/: every header; the search index's two locations: nosniff alone.
    expect(nginx.match(/add_header Content-Security-Policy "default-src 'self';[^"]*frame-ancestors 'none'" always;/g)).toHaveLength(4);
    expect(nginx.match(/add_header X-Content-Type-Options "nosniff" always;/g)).toHaveLength(6);
  });

  it('gives Redis its address, port, one user with a password (its SHA-256 only) and a bounded memory', () => {
    const redis = redisConfig({ port: 6380, runDir: '/var/lib/thaigov-redis', bind: '10.0.0.3', passwordHash: redisPasswordHash('s3cret') });
    expect(redis).not.toMatch(/\$\{[A-Z_]+\}/);
    expect(redis).toMatch(/^bind 10\.0\.0\.3$/m);
    expect(redis).toMatch(/^port 6380$/m);
    expect(redis).toMatch(/^user default off$/m);
    // sha256('s3cret')
    expect(redis).toMatch(/^user thaigov on #1ec1c26b50d5d3c58d9583181af8076655fe00756bf7285940ba3670f99fcba0 ~\* &\* \+@all -@dangerous$/m);
    expect(redis).not.toContain('s3cret');
    expect(redis).toMatch(/^maxmemory 1gb$/m);
    expect(redis).toMatch(/^maxmemory-policy allkeys-lru$/m);
  });

  it('refuses a Redis password given in clear instead of its hash', () => {
    expect(() => redisConfig({ port: 6380, runDir: '/r', bind: '127.0.0.1', passwordHash: 's3cret' })).toThrow('passwordHash must be the SHA-256 of the password');
  });
});
