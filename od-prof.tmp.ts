import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { contentCacheFile, loadArchive } from './lib/content';
import { segmentRows, csvRecords, jsonLine } from './lib/data/segment';
const root = '/work/full/content';
const { archive } = loadArchive(root, { cacheFile: contentCacheFile(root) });
const stories = archive.stories.filter((s) => s.date.startsWith('2023-0'));
const days = new Map<string, typeof stories>();
for (const s of stories) days.set(s.date, [...(days.get(s.date) ?? []), s]);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const totals: Record<string, number> = {};
const add = (k: string, f: () => unknown) => { const t = cpu(); const r = f(); totals[k] = (totals[k] ?? 0) + cpu() - t; return r; };
let raw = 0;
for (const day of days.values()) {
  const job = { key: '', root: archive.root, stories: day, context: { agencies: archive.agencies, categories: archive.categories } };
  const rows = add('rows', () => segmentRows(job)) as ReturnType<typeof segmentRows>;
  const jsonl = add('jsonl', () => rows.map(jsonLine).join('')) as string;
  const buf = add('utf8', () => Buffer.from(jsonl)) as Buffer;
  raw += buf.length;
  add('gzip1', () => gzipSync(buf, { level: 1 }));
  add('gzip3', () => gzipSync(buf, { level: 3 }));
  const csv = add('csv', () => Buffer.from(csvRecords(rows))) as Buffer;
  add('sha256', () => createHash('sha256').update(csv).update(buf).digest());
}
console.log(stories.length, 'stories', (raw / 1e6).toFixed(0), 'MB jsonl raw', Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v.toFixed(2)])));
