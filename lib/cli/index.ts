/**
 * What every script of `scripts/` shares: `command` reads its command line (usage text, `node:util` `parseArgs`,
 * `--help`), `usageError` stops it on a bad one (exit 2, with the usage) and `fail` stops it when it could not do
 * its work (exit 1). The example is in `command.ts`; `tests/cli/greet.ts` runs it.
 */
export { command, fail, usageError, USAGE_EXIT, type Command, type CommandSpec } from './command';
