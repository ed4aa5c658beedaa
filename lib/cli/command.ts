import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a script declares: its usage text, its options in `node:util` `parseArgs` form, whether it takes positionals. */
export interface CommandSpec extends Pick<ParseArgsConfig, 'options' | 'allowPositionals'> {
  /** Printed by `--help` (stdout) and after every usage error (stderr): `usage: npm run x -- …`, then the options. */
  usage: string;
}

type Options<S extends CommandSpec> = NonNullable<S['options']>;

/** A script's parsed command line. */
export interface Command<S extends CommandSpec> {
  /** The options given, with their defaults (as `parseArgs` returns them; `--help` is handled and absent). */
  values: ReturnType<typeof parseArgs<S>>['values'];
  positionals: string[];
  /**
   * The string option `name` as a positive whole number (undefined when it is absent and has no default); anything
   * else is a usage error `--<name> takes a positive whole number, not "<value>"`.
   */
  positiveInteger<K extends keyof Options<S> & string>(name: K): Options<S>[K] extends { default: string } ? number : number | undefined;
}

/** Exit status of a bad command line: 2, so that a caller can tell it from a run that failed (1). */
export const USAGE_EXIT = 2;

/** The usage of the command this process runs (a process runs one), for {@link usageError}. */
let currentUsage: string | undefined;

/**
 * Reads a script's command line (`process.argv`, or `args`): every script of `scripts/` starts with it, so that
 * `--help`, unknown options and bad values behave the same everywhere.
 * - `--help` or `-h`: prints the usage to stdout and exits 0;
 * - an option `parseArgs` rejects (unknown, missing value, positional where none is taken): a usage error;
 * - then the script checks its own values, calling {@link usageError} (exit 2) or {@link fail} (exit 1).
 * @example
 * const cli = command({
 *   usage: 'usage: npm run greet -- <name> [--times N]',
 *   options: { times: { type: 'string', default: '1' } },
 *   allowPositionals: true,
 * });
 * const name = cli.positionals[0] ?? usageError('give a name'); // exit 2: the message, a blank line, the usage
 * const times = cli.positiveInteger('times');                    // "--times x": exit 2, the same way
 * if (name === 'nobody') fail('nobody to greet; give a name');  // exit 1: the message alone
 */
export function command<S extends CommandSpec>(spec: S, args: string[] = process.argv.slice(2)): Command<S> {
  currentUsage = spec.usage;
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...spec.options, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: spec.allowPositionals ?? false,
      strict: true,
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (parsed.values.help) {
    console.log(spec.usage);
    process.exit(0);
  }
  const { help: _help, ...values } = parsed.values as Record<string, unknown>;
  return {
    values: values as Command<S>['values'],
    positionals: parsed.positionals,
    positiveInteger: ((name: string) => {
      const value = values[name];
      if (value === undefined) return undefined;
      const number = Number(value);
      if (!Number.isInteger(number) || number <= 0) usageError(`--${name} takes a positive whole number, not "${String(value)}"`);
      return number;
    }) as Command<S>['positiveInteger'],
  };
}

/**
 * Stops a script on a bad command line: prints `message`, a blank line and the usage given to {@link command} to
 * stderr, exits 2. Say what is wrong and what to give instead.
 * @example usageError(`unknown step "${step}"`)
 */
export function usageError(message: string): never {
  console.error(currentUsage === undefined ? message : `${message}\n\n${currentUsage}`);
  process.exit(USAGE_EXIT);
}

/**
 * Stops a script that could not do its work: prints `message` to stderr, exits 1. Say what failed and what to do.
 * @example fail(`serve:stack: no build in ${dir}/.next; run npm run build first`)
 */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
