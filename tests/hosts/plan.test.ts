import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { frontConfig, instanceFirewall, readHosts, redisHostConfig, siteEnv, type Hosts } from '@/scripts/stack/hosts-plan';

/** hosts.json, the one source of the addresses every host's configuration is filled with (scripts/stack/hosts-plan.ts). */
const hosts: Hosts = { siteUrl: 'https://www.example.go.th', publisher: '10.0.0.4', front: '10.0.0.2', redis: '10.0.0.3', apps: ['10.0.0.11', '10.0.0.12'] };
const secrets = { REDIS_PASSWORD: 'pa55', PUBLISH_TOKEN: 't0ken' };
const dir = mkdtempSync(join(tmpdir(), 'hosts-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function hostsFile(text: string): string {
  const file = join(dir, 'hosts.json');
  writeFileSync(file, text);
  return file;
}

describe('hosts.json', () => {
  it('is read and checked', () => {
    expect(readHosts(hostsFile(JSON.stringify(hosts)))).toEqual(hosts);
  });

  it('names the file and each wrong field', () => {
    const file = hostsFile(JSON.stringify({ ...hosts, front: 'front.local', apps: [], extra: 1 }));
    expect(() => readHosts(file)).toThrow(
      [`${file}: front: must be an IPv4 address, like "10.0.0.11"`, `${file}: apps: apps must name at least one host`, `${file}: (top): Unrecognized key: "extra"`].join('\n'),
    );
    expect(() => readHosts(hostsFile('{'))).toThrow(`${file}: not JSON`);
    expect(() => readHosts(join(dir, 'missing.json'))).toThrow(`${join(dir, 'missing.json')}: not found; write it as deploy/README.md (Several hosts) shows`);
  });

  it('keeps an app host a host of its own', () => {
    const file = hostsFile(JSON.stringify({ ...hosts, apps: ['10.0.0.11', '10.0.0.3', '10.0.0.11'] }));
    expect(() => readHosts(file)).toThrow(`${file}: apps: 10.0.0.11 named twice`);
    const shared = hostsFile(JSON.stringify({ ...hosts, apps: ['10.0.0.11', '10.0.0.3'] }));
    expect(() => readHosts(shared)).toThrow(`${shared}: apps: 10.0.0.3 is also the front, the Redis or the publishing host; an app host is a host of its own`);
  });
});

describe('what each host is given', () => {
  it('an app host: its own address to listen on, Redis with the password, the content root and the token', () => {
    expect(siteEnv(hosts, '10.0.0.12', secrets)).toBe(
      'SITE_URL=https://www.example.go.th\nNEXT_HOST=10.0.0.12\nREDIS_URL=redis://thaigov:pa55@10.0.0.3:6379\nCONTENT_DIR=/srv/thaigov/content\nPUBLISH_TOKEN=t0ken\n',
    );
  });

  it('an app host: a firewall that lets the front and the publishing host alone reach the instance', () => {
    expect(instanceFirewall(hosts)).toContain(
      '    tcp dport 3000 ip saddr { 10.0.0.2, 10.0.0.4 } accept\n    tcp dport 3000 reject with tcp reset\n',
    );
  });

  it('the front: the app hosts that serve the publication, each also as a backup', () => {
    const nginx = frontConfig(['10.0.0.11', '10.0.0.12'], 'b1');
    expect(nginx).toContain(
      [
        '    server 10.0.0.11:3000 max_fails=1 fail_timeout=10s;',
        '    server 10.0.0.12:3000 max_fails=1 fail_timeout=10s;',
        '    server 10.0.0.11:3000 max_fails=0 backup;',
        '    server 10.0.0.12:3000 max_fails=0 backup;',
      ].join('\n'),
    );
    expect(nginx).toMatch(/^\s*listen 80;$/m);
    expect(nginx).toContain('default "b1";');
    expect(() => frontConfig([], 'b1')).toThrow('no app host serves the site’s publication');
  });

  it('Redis: its internal address only, and the password as its hash', () => {
    const redis = redisHostConfig(hosts, secrets);
    expect(redis).toMatch(/^bind 10\.0\.0\.3$/m);
    expect(redis).not.toContain('pa55');
  });
});
