import { describe, expect, it } from 'vitest';
import { buildPhases } from '../../scripts/bench/steps/build';
import { spreadPick } from '../../scripts/bench/support/workspace';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { freePort, parseTimeReport, pssOf, quantile, slope } from '../../scripts/bench/support/measure';
import { formatTable } from '../../scripts/bench/support/table';

// The benchmark itself never runs under `npm test`; these are its pure helpers.

describe('parseTimeReport', () => {
  it('reads wall time, max RSS and exit status of a /usr/bin/time -v report', () => {
    const report = [
      '\tCommand being timed: "npm run build"',
      '\tUser time (seconds): 80.25',
      '\tSystem time (seconds): 9.5',
      '\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50',
      '\tMaximum resident set size (kbytes): 2048',
      '\tExit status: 0',
    ].join('\n');
    expect(parseTimeReport(report)).toEqual({ wallSeconds: 62.5, cpuSeconds: 89.75, maxRssBytes: 2_097_152, exitStatus: 0 });
  });

  it('reads hours', () => {
    const report = '\tUser time (seconds): 1\n\tSystem time (seconds): 0\n\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:00:03\n\tMaximum resident set size (kbytes): 1\n\tExit status: 1';
    expect(parseTimeReport(report).wallSeconds).toBe(3603);
  });
});

describe('pssOf', () => {
  it('reads the proportional set size of a /proc/<pid>/smaps_rollup, in bytes', () => {
    const rollup = '55a0c0000000-7ffd8e1f2000 ---p 00000000 00:00 0    [rollup]\nRss:              215040 kB\nPss:              183297 kB\nPss_Dirty:        150000 kB\nPss_Anon:         140000 kB\n';
    expect(pssOf(rollup)).toBe(183_297 * 1024);
    expect(pssOf('')).toBe(0);
  });
});

describe('statistics', () => {
  it('slope is the least-squares rate', () => {
    expect(slope([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }])).toBe(2);
    expect(slope([{ x: 0, y: 7 }])).toBe(0);
  });

  it('quantile takes the nearest rank', () => {
    expect(quantile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.95)).toBe(100);
    expect(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(90);
  });
});

describe('freePort', () => {
  it('gives a port below the ephemeral range, which no outgoing connection can take before the server binds it', async () => {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    const port = await freePort();
    expect(port).toBeLessThan(low!);
    const server = createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
    await new Promise((resolve) => server.close(resolve));
  });
});

describe('spreadPick', () => {
  it('takes items spread evenly over the list', () => {
    expect(spreadPick(['a', 'b', 'c', 'd', 'e', 'f'], 3)).toEqual(['a', 'c', 'e']);
  });

  it('takes everything when asked for more than there is', () => {
    expect(spreadPick(['a', 'b'], 5)).toEqual(['a', 'b']);
  });
});

describe('buildPhases', () => {
  it('splits wall time at the lines where next build starts each phase', () => {
    const lines = [
      { t: 20, text: '▲ Next.js 16.4.6 (Turbopack)' },
      { t: 21, text: '  Creating an optimized production build ...' },
      { t: 70, text: '✓ Compiled successfully in 49s' },
      { t: 71, text: '  Running TypeScript ...' },
      { t: 90, text: '  Collecting page data using 1 worker ...' },
      { t: 95, text: '  Generating static pages using 1 worker (0/300) ...' },
      { t: 150, text: '✓ Generating static pages using 1 worker (300/300) in 55s' },
      { t: 151, text: '  Finalizing page optimization ...' },
      { t: 153, text: 'Route (app)' },
    ];
    expect(buildPhases(lines, 160)).toEqual([
      { phase: 'before next build', seconds: 20 },
      { phase: 'next build start-up', seconds: 1 },
      { phase: 'compile', seconds: 50 },
      { phase: 'typescript', seconds: 19 },
      { phase: 'collect page data', seconds: 5 },
      { phase: 'generate static pages', seconds: 56 },
      { phase: 'finalize', seconds: 2 },
      { phase: 'after next build (route table, postbuild)', seconds: 7 },
    ]);
  });
});

describe('formatTable', () => {
  it('aligns the columns', () => {
    const table = formatTable([
      { step: 'build', figure: 'cold build wall time', value: '80.0 s', target: '≤ 300 s', status: 'PASS' },
      { step: 'serve', figure: 'p99', value: '70 ms', target: '≤ 60 ms', status: 'FAIL' },
    ]);
    expect(table.split('\n')).toEqual([
      'step   figure                measured  target   result',
      '-----  --------------------  --------  -------  ------',
      'build  cold build wall time  80.0 s    ≤ 300 s  PASS',
      'serve  p99                   70 ms     ≤ 60 ms  FAIL',
    ]);
  });
});
