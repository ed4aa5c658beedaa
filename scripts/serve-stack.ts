/**
 * `npm run serve:stack -- [--port N] [--instances N]`: serves the built site (`npm run build` first) as production
 * runs it: redis-server, two `next start` instances sharing their page cache through it, and nginx in front, all on
 * 127.0.0.1 with configs generated from deploy/ into a temp folder. Prints the address; Ctrl-C or SIGTERM stops them
 * all. Exits 1 when the site is not built or a server does not start, 2 on bad arguments.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { command, fail } from '../lib/cli';
import { startStack } from './stack/stack';

const cli = command({ usage: 'usage: npm run serve:stack -- [--port N] [--instances N]', options: { port: { type: 'string' }, instances: { type: 'string', default: '2' } } });
const port = cli.positiveInteger('port');
const instances = cli.positiveInteger('instances');
const release = process.cwd();
if (!existsSync(join(release, '.next/BUILD_ID'))) fail(`serve:stack: no build in ${release}/.next; run npm run build first`);
const runDir = mkdtempSync(join(tmpdir(), 'thaigov-stack-'));
let stack;
try {
  stack = await startStack({ release, runDir, instances, port });
} catch (error) {
  rmSync(runDir, { recursive: true, force: true });
  fail(`serve:stack: ${(error as Error).message}`);
}
console.log(`Redis ${stack.redisUrl}; Next.js ${stack.instances.map((i) => i.origin).join(', ')}; configs and logs in ${runDir}`);
console.log(`Serving ${release} on ${stack.origin}  (Ctrl-C stops everything)`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping nginx, the instances and Redis…');
    await stack.stop();
    rmSync(runDir, { recursive: true, force: true });
    process.exit(0);
  });
}
