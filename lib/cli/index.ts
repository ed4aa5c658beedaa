/**
 * What the scripts of `scripts/` share: `command` reads a script's command line (usage text, `node:util`
 * `parseArgs`, `--help`), `usageError` stops it on a bad one (exit 2, with the usage) and `fail` when it could not do
 * its work (exit 1), see the example in `command.ts` (`tests/cli/greet.ts` runs it); `progressBar` draws a long
 * step's progress on a terminal. Node only.
 */
export { command, fail, usageError, USAGE_EXIT, type Command, type CommandSpec } from './command';
export { progressBar, type ProgressBar } from './progress';
