import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandOf, environmentOf, parseEnvironmentFile, readUnit, splitWords } from '@/scripts/stack/hosts-systemctl';

/**
 * The test hosts' stand-in for systemctl reads deploy/systemd's units as systemd would: what it runs is what a server
 * runs (scripts/stack/hosts-systemctl.ts).
 */
const UNITS = 'deploy/systemd';
const dir = mkdtempSync(join(tmpdir(), 'hosts-systemctl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the units of deploy/systemd, as the stand-in reads them', () => {
  it('starts an instance with the release’s Node.js, on its port and the address site.env gives', () => {
    const unit = readUnit('thaigov-next@3000', UNITS);
    const siteEnv = join(dir, 'site.env');
    writeFileSync(siteEnv, '# the site\nSITE_URL=https://www.example.go.th\nNEXT_HOST=10.0.0.11\nREDIS_URL="redis://thaigov:pw@10.0.0.3:6379"\n');
    const env = environmentOf({ ...unit, environmentFiles: [siteEnv] });
    expect(unit.workingDirectory).toBe('/srv/thaigov/current');
    expect(commandOf(unit.execStart, env)).toEqual(['/srv/thaigov/current/node_modules/.bin/node', 'node_modules/next/dist/bin/next', 'start', '-p', '3000', '-H', '10.0.0.11']);
    expect(env).toMatchObject({ NODE_ENV: 'production', NEXT_HOST: '10.0.0.11', REDIS_URL: 'redis://thaigov:pw@10.0.0.3:6379', PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' });
    expect(unit.killSignal).toBe('SIGTERM');
  });

  it('without site.env, names it', () => {
    expect(() => environmentOf(readUnit('thaigov-next@3000', UNITS))).toThrow('thaigov-next@3000: EnvironmentFile /etc/thaigov/site.env is missing');
  });

  it('checks and starts nginx in the foreground, and reloads it with a HUP to its main process', () => {
    const unit = readUnit('thaigov-nginx.service', UNITS);
    expect(unit.stateDirectories).toEqual(['thaigov-nginx']);
    expect(commandOf(unit.execStartPre[0]!, {})).toEqual(['/usr/sbin/nginx', '-t', '-q', '-p', '/var/lib/thaigov-nginx', '-c', '/etc/thaigov/nginx.conf']);
    expect(commandOf(unit.execStart, {})).toEqual(['/usr/sbin/nginx', '-p', '/var/lib/thaigov-nginx', '-c', '/etc/thaigov/nginx.conf', '-g', 'daemon off;']);
    expect(unit.execReload.map((line) => commandOf(line, { MAINPID: '42' }))).toEqual([
      ['/usr/sbin/nginx', '-t', '-q', '-p', '/var/lib/thaigov-nginx', '-c', '/etc/thaigov/nginx.conf'],
      ['/bin/kill', '-HUP', '42'],
    ]);
    expect(unit.killSignal).toBe('SIGQUIT');
  });

  it('starts Redis on the configuration filled in for it', () => {
    expect(commandOf(readUnit('thaigov-redis', UNITS).execStart, {})).toEqual(['/usr/bin/redis-server', '/etc/thaigov/redis.conf']);
  });

  it('names a unit that is not installed', () => {
    expect(() => readUnit('thaigov-cdn', UNITS)).toThrow(`Unit thaigov-cdn.service not found (no ${UNITS}/thaigov-cdn.service).`);
  });
});

describe('systemd’s syntax', () => {
  it('splits words, keeping quoted ones whole; ${NAME} is one word, $NAME its words', () => {
    expect(splitWords(`nginx -g 'daemon off;' "a b"`)).toEqual(['nginx', '-g', 'daemon off;', 'a b']);
    expect(commandOf('run ${ONE} $MANY', { ONE: 'x y', MANY: 'p q' })).toEqual(['run', 'x y', 'p', 'q']);
  });

  it('reads an EnvironmentFile: comments skipped, one level of quotes removed', () => {
    expect(parseEnvironmentFile("# c\nA=1\n  B='two words'\nbad line\nC=\"x=y\"\n")).toEqual({ A: '1', B: 'two words', C: 'x=y' });
  });
});
