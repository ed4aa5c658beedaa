/**
 * `systemctl start|stop|restart|reload|is-active UNIT…` for the test hosts of tests/hosts, which have no systemd:
 * it runs the units of deploy/systemd as installed on the host (`/etc/systemd/system/`), reading what systemd would
 * read of them (Environment=, EnvironmentFile=, WorkingDirectory=, StateDirectory=, ExecStartPre=, ExecStart=,
 * ExecReload=, KillSignal=, TimeoutStopSec=, the `%i` of a template) and starting ExecStart with systemd's PATH, so
 * that the units' command lines are what the tests run. It does not supervise: `Restart=` is the test's to play, and
 * `User=` is ignored (the test hosts run everything as root). `daemon-reload` and `enable` do nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const UNITS = '/etc/systemd/system';
const STATE = '/var/lib/systemctl-standin';
const LOGS = '/var/log/systemctl-standin';
/** systemd's PATH for services. */
const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface Unit {
  name: string;
  environment: Record<string, string>;
  environmentFiles: string[];
  workingDirectory?: string;
  stateDirectories: string[];
  execStartPre: string[];
  execStart: string;
  execReload: string[];
  killSignal: NodeJS.Signals;
  timeoutStopSec: number;
}

/**
 * Splits a command line or an Environment= value as systemd does: words separated by spaces, "…" and '…' quoted.
 * @example splitWords(`nginx -g 'daemon off;'`) // ['nginx', '-g', 'daemon off;']
 */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const match of line.matchAll(pattern)) words.push(match[1] ?? match[2] ?? match[3]!);
  return words;
}

/** An EnvironmentFile's KEY=value lines (comments and blank lines skipped, one level of quotes removed). */
export function parseEnvironmentFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match || line.trim().startsWith('#')) continue;
    values[match[1]!] = match[2]!.trim().replace(/^"(.*)"$|^'(.*)'$/, '$1$2');
  }
  return values;
}

/**
 * Reads unit `name` (`thaigov-next@3000`, `thaigov-nginx.service`) from its file, `%i` filled in.
 * @throws when the unit file is missing or has no ExecStart=
 */
export function readUnit(name: string, dir = UNITS): Unit {
  const base = name.replace(/\.service$/, '');
  const at = base.indexOf('@');
  const instance = at >= 0 ? base.slice(at + 1) : '';
  const file = join(dir, `${at >= 0 ? base.slice(0, at + 1) : base}.service`);
  if (!existsSync(file)) throw new Error(`Unit ${base}.service not found (no ${file}).`);
  const unit: Unit = { name: base, environment: {}, environmentFiles: [], stateDirectories: [], execStartPre: [], execStart: '', execReload: [], killSignal: 'SIGTERM', timeoutStopSec: 90 };
  let section = '';
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      section = line;
      continue;
    }
    if (section !== '[Service]') continue;
    const eq = line.indexOf('=');
    const key = line.slice(0, eq);
    const value = line.slice(eq + 1).replace(/%i/g, instance).replace(/%%/g, '%');
    if (key === 'Environment') for (const word of splitWords(value)) unit.environment[word.slice(0, word.indexOf('='))] = word.slice(word.indexOf('=') + 1);
    else if (key === 'EnvironmentFile') unit.environmentFiles.push(value);
    else if (key === 'WorkingDirectory') unit.workingDirectory = value;
    else if (key === 'StateDirectory') unit.stateDirectories.push(...splitWords(value));
    else if (key === 'ExecStartPre') unit.execStartPre.push(value);
    else if (key === 'ExecStart') unit.execStart = value;
    else if (key === 'ExecReload') unit.execReload.push(value);
    else if (key === 'KillSignal') unit.killSignal = value as NodeJS.Signals;
    else if (key === 'TimeoutStopSec') unit.timeoutStopSec = Number(value);
  }
  if (!unit.execStart) throw new Error(`${file} has no ExecStart=`);
  return unit;
}

/** The unit's environment: Environment=, then each EnvironmentFile= (a `-` before its path: it may be missing). */
export function environmentOf(unit: Unit): Record<string, string> {
  const env: Record<string, string> = { PATH, ...unit.environment };
  for (const entry of unit.environmentFiles) {
    const optional = entry.startsWith('-');
    const file = optional ? entry.slice(1) : entry;
    if (!existsSync(file)) {
      if (optional) continue;
      throw new Error(`${unit.name}: EnvironmentFile ${file} is missing`);
    }
    Object.assign(env, parseEnvironmentFile(readFileSync(file, 'utf8')));
  }
  return env;
}

/**
 * A command line of the unit as the argument vector systemd runs: `${NAME}` becomes one word, `$NAME` its words.
 * @example commandOf('/usr/bin/node next start -H ${NEXT_HOST}', { NEXT_HOST: '10.0.0.11' }) // ['/usr/bin/node', 'next', 'start', '-H', '10.0.0.11']
 */
export function commandOf(line: string, env: Record<string, string>): string[] {
  return splitWords(line).flatMap((word) => {
    const whole = /^\$(?:\{(\w+)\}|(\w+))$/.exec(word);
    if (whole && !word.startsWith('${')) return splitWords(env[whole[2]!] ?? '');
    return [word.replace(/\$\{(\w+)\}/g, (_, name: string) => env[name] ?? '')];
  });
}

const pidFile = (unit: Unit) => join(STATE, `${unit.name}.pid`);

function mainPid(unit: Unit): number | undefined {
  if (!existsSync(pidFile(unit))) return undefined;
  const pid = Number(readFileSync(pidFile(unit), 'utf8'));
  return existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ') ? pid : undefined;
}

function runSync(unit: Unit, line: string, env: Record<string, string>): void {
  const [command, ...args] = commandOf(line, env);
  const result = spawnSync(command!, args, { cwd: unit.workingDirectory ?? '/', env: env as NodeJS.ProcessEnv, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${unit.name}: ${line} failed (${result.status ?? result.error?.message}):\n${result.stderr}${result.stdout}`);
}

function start(unit: Unit): void {
  if (mainPid(unit)) return;
  const env = environmentOf(unit);
  for (const dir of unit.stateDirectories) mkdirSync(join('/var/lib', dir), { recursive: true });
  for (const line of unit.execStartPre) runSync(unit, line, env);
  mkdirSync(STATE, { recursive: true });
  mkdirSync(LOGS, { recursive: true });
  const out = openSync(join(LOGS, `${unit.name}.log`), 'a');
  const [command, ...args] = commandOf(unit.execStart, env);
  const child = spawn(command!, args, { cwd: unit.workingDirectory ?? '/', env: env as NodeJS.ProcessEnv, stdio: ['ignore', out, out], detached: true });
  writeFileSync(pidFile(unit), String(child.pid));
  child.unref();
}

async function stop(unit: Unit): Promise<void> {
  const pid = mainPid(unit);
  if (!pid) return;
  process.kill(-pid, unit.killSignal);
  const deadline = Date.now() + unit.timeoutStopSec * 1000;
  while (mainPid(unit) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (mainPid(unit)) process.kill(-pid, 'SIGKILL');
  while (mainPid(unit)) await new Promise((resolve) => setTimeout(resolve, 50));
  rmSync(pidFile(unit), { force: true });
}

function reload(unit: Unit): void {
  const pid = mainPid(unit);
  if (!pid) throw new Error(`${unit.name} is not active, cannot reload.`);
  const env = { ...environmentOf(unit), MAINPID: String(pid) };
  for (const line of unit.execReload) runSync(unit, line, env);
}

async function main(args: string[]): Promise<number> {
  const words = args.filter((arg) => !arg.startsWith('-'));
  const [verb, ...names] = words;
  if (verb === 'daemon-reload') return 0;
  const now = args.includes('--now');
  for (const name of names) {
    const unit = readUnit(name);
    if (verb === 'start' || (verb === 'enable' && now)) start(unit);
    else if (verb === 'stop') await stop(unit);
    else if (verb === 'restart') {
      await stop(unit);
      start(unit);
    } else if (verb === 'reload') reload(unit);
    else if (verb === 'is-active') {
      const active = mainPid(unit) !== undefined;
      if (!args.includes('--quiet') && !args.includes('-q')) console.log(active ? 'active' : 'inactive');
      if (!active) return 3;
    } else if (verb !== 'enable') throw new Error(`systemctl (the test hosts' stand-in): ${verb ?? 'no command'} is not supported`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
