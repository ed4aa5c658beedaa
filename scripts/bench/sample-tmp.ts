import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadavg } from 'node:os';
import { startNext } from './server';
import { Progress } from './progress';
import { runServeStack, serveStackRows } from './stack';
import { formatTable } from './table';
const ROOT = process.cwd();
const logDir = `/tmp/stack-bench-${Date.now()}`;
mkdirSync(logDir, { recursive: true });
console.log('load at start', loadavg());
const site = await startNext(ROOT, {}, join(logDir, 'site.log'));
const manifest = JSON.parse(readFileSync(join(ROOT, '.next/prerender-manifest.json'), 'utf8'));
const prerendered = new Set(Object.keys(manifest.routes));
const articles = readdirSync(join(ROOT, 'content/news'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.th.md')).map((f) => `/th/news/${basename(f, '.th.md')}`).sort().reverse();
const reference = articles.find((p) => prerendered.has(p))!;
const targets = { data: { name: 'shipped', content: join(ROOT, 'content') }, record: { siteUrl: 'http://localhost:3000' }, site, bare: site, articles, prerendered, reference } as never;
try {
  const r = await runServeStack(targets, { loadSeconds: Number(process.argv[2] ?? 30), connections: 50, firstRenders: 50, soakSeconds: 0, soakUrls: 0 }, logDir, new Progress(), ROOT);
  console.log(formatTable(serveStackRows(r)));
  writeFileSync(join(logDir, 'result.json'), JSON.stringify(r, null, 2));
} finally {
  await site.stop();
}
console.log('load at end', loadavg(), logDir);
