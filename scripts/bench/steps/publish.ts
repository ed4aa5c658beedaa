import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bangkokToday } from '../../../lib/content/scaffold';
import { runCommand } from '../support/command';
import type { Progress } from '../support/progress';
import { startLoad, type LoadFigures } from './serve';
import type { Row } from '../support/table';
import type { Targets } from '../support/targets';
import { SITE_DIR } from '../support/workspace';

/**
 * Step `publish`: an editor's day at full scale. Against the running `next start` of the last build (the
 * `npm run serve` a press office runs), `npm run publish -- --server <it>` is run three times from the working
 * copy: once with nothing new since the build, then after a new release
 * file is written into its `content/`, then after that file is deleted (its address must answer 410). Each run ends
 * when every affected page is served (scripts/publish.ts polls them). Meanwhile autocannon requests archive articles
 * over a few connections, from the first publication to the last: every failed or non-2xx answer is counted.
 */

export interface PublishResult {
  /** Wall time of each run of `npm run publish`, s. */
  recordSeconds: number;
  newReleaseSeconds: number;
  deletionSeconds: number;
  slug: string;
  /** The articles requested during the publications. */
  load: LoadFigures;
}

const CONNECTIONS = 10;
const ARTICLES = 200;

async function publish(targets: Targets, progress: Progress, label: string): Promise<number> {
  progress.begin(`npm run publish: ${label}`);
  const started = performance.now();
  const result = await runCommand('npm', ['run', 'publish', '--', '--server', targets.site.origin], { cwd: SITE_DIR, env: { SITE_URL: targets.record.siteUrl } });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  if (result.code !== 0) throw new Error(`npm run publish (${label}) exited ${result.code}:\n${result.lines.map((l) => l.text).join('\n')}`);
  progress.end(`${seconds} s: ${result.lines.at(-1)?.text ?? ''}`);
  return seconds;
}

export async function runPublish(targets: Targets, progress: Progress): Promise<PublishResult> {
  const today = bangkokToday();
  const slug = `${today}-bench-publish-${Date.now().toString(36)}`;
  const file = join(SITE_DIR, 'content', 'news', today.slice(0, 4), `${slug}.th.md`);
  const every = Math.max(1, Math.floor(targets.articles.length / ARTICLES));
  const requests = targets.articles.filter((_, i) => i % every === 0).slice(0, ARTICLES).map((path) => ({ method: 'GET' as const, path }));

  progress.log(`publish: requesting ${requests.length} archive articles over ${CONNECTIONS} connections until the last publication ends`);
  const run = startLoad({ url: targets.site.origin, connections: CONNECTIONS, requests });
  let stopped: Promise<LoadFigures> | undefined;
  const stopLoad = () => (stopped ??= run.stop());
  try {
    const recordSeconds = await publish(targets, progress, 'nothing new since the build');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(
      file,
      `---\ntitle: "ทดสอบการเผยแพร่ข่าวใหม่ระหว่างมีผู้อ่าน ${slug}"\ndate: ${today}\n---\n\nข่าวทดสอบที่ชุดวัดผลเพิ่มเข้าไปในคลังข่าวที่เปิดให้บริการอยู่ แล้วนำออกอีกครั้ง เพื่อวัดเวลาการเผยแพร่และตรวจว่าไม่มีผู้อ่านคนใดพบข้อผิดพลาดระหว่างนั้น\n`,
    );
    const newReleaseSeconds = await publish(targets, progress, `a new release (${slug})`);
    rmSync(file);
    const deletionSeconds = await publish(targets, progress, 'its deletion (410 Gone)');
    return { recordSeconds, newReleaseSeconds, deletionSeconds, slug, load: await stopLoad() };
  } finally {
    await stopLoad();
    rmSync(file, { force: true });
  }
}

/**
 * The step's rows in the bench table: a new or a deleted release served as it now is within 30 s, and no article
 * request failing meanwhile.
 */
export function publishRows(r: PublishResult): Row[] {
  const step = 'publish';
  const failed = r.load.errors + r.load.timeouts + r.load.non2xx;
  return [
    { step, figure: 'npm run publish, nothing new since the build', value: `${r.recordSeconds} s`, target: '', status: 'INFO' },
    { step, figure: 'npm run publish, one new release, until served', value: `${r.newReleaseSeconds} s`, target: '≤ 30 s', status: r.newReleaseSeconds <= 30 ? 'PASS' : 'FAIL' },
    { step, figure: 'npm run publish, that release deleted, until 410', value: `${r.deletionSeconds} s`, target: '≤ 30 s', status: r.deletionSeconds <= 30 ? 'PASS' : 'FAIL' },
    {
      step,
      figure: `articles requested meanwhile (${CONNECTIONS} connections)`,
      value: `${r.load.requests} requests, ${r.load.requestsPerSecond} req/s, p99 ${r.load.p99Ms} ms; ${failed} failed or non-2xx`,
      target: '0 failed',
      status: failed === 0 ? 'PASS' : 'FAIL',
    },
  ];
}
