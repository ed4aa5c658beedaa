import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const greet = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/cli/greet.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};
const USAGE = 'usage: greet <name> [--times N] [--loud]\n';

describe('command', () => {
  it('gives the values and positionals, with defaults', () => {
    expect(greet('Somchai')).toEqual({ status: 0, stdout: 'hello Somchai\n', stderr: '' });
    expect(greet('Somchai', '--times', '2', '--loud')).toEqual({ status: 0, stdout: 'HELLO SOMCHAI\nHELLO SOMCHAI\n', stderr: '' });
  });

  it('prints the usage to stdout on --help and -h, and exits 0', () => {
    expect(greet('--help')).toEqual({ status: 0, stdout: USAGE, stderr: '' });
    expect(greet('Somchai', '-h')).toEqual({ status: 0, stdout: USAGE, stderr: '' });
  });

  it('exits 2 with the message, a blank line and the usage on a bad command line', () => {
    expect(greet()).toEqual({ status: 2, stdout: '', stderr: `give a name\n\n${USAGE}` });
    expect(greet('Somchai', '--times', 'twice')).toEqual({ status: 2, stdout: '', stderr: `--times takes a positive whole number, not "twice"\n\n${USAGE}` });
    expect(greet('Somchai', '--times', '0').stderr).toBe(`--times takes a positive whole number, not "0"\n\n${USAGE}`);
    const unknown = greet('Somchai', '--shout');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown option '--shout'\. .*\n\nusage: greet /);
  });

  it('fail prints the message alone and exits 1', () => {
    expect(greet('nobody')).toEqual({ status: 1, stdout: '', stderr: 'nobody to greet; give a name\n' });
  });
});
