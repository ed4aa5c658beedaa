/** The example of lib/cli/command.ts as a script, run by command.test.ts. */
import { command, fail, usageError } from '@/lib/cli';

const cli = command({
  usage: 'usage: greet <name> [--times N] [--loud]',
  options: { times: { type: 'string', default: '1' }, loud: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const name = cli.positionals[0] ?? usageError('give a name');
const times = cli.positiveInteger('times');
if (name === 'nobody') fail('nobody to greet; give a name');
const line = `hello ${name}`;
for (let n = 0; n < times; n++) console.log(cli.values.loud ? line.toUpperCase() : line);
