import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * Measuring instruments shared by the steps: memory of a whole process tree (read from /proc, Linux only), wall
 * time, `/usr/bin/time -v` reports, free ports and a few statistics.
 */

/** Linux x86-64 and arm64 use 4 KiB pages; /proc/<pid>/statm counts in pages. */
const PAGE_BYTES = 4096;

/**
 * One process of a tree at one moment: its id, a short name (`node next build`), its resident memory (RSS) and its
 * proportional set size (PSS: each page shared by n processes counts 1/n), in bytes. Summed over a tree, PSS counts
 * shared pages (node's own code, libraries, copy-on-write after fork) once; RSS counts them in every process.
 */
export interface ProcessRss {
  pid: number;
  name: string;
  rss: number;
  pss: number;
}

/**
 * The `Pss:` line of a `/proc/<pid>/smaps_rollup`, in bytes.
 * @example pssOf('Rss:  2048 kB\nPss:  1024 kB\nPss_Anon:  512 kB') // 1048576
 */
export function pssOf(smapsRollup: string): number {
  const kb = /^Pss:\s+(\d+) kB$/m.exec(smapsRollup)?.[1];
  return kb === undefined ? 0 : Number(kb) * 1024;
}

/** Parent of every live process, from /proc/<pid>/stat (the field after the `(comm)`, which may hold spaces). */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  return children;
}

/** Options of node whose value is a file that is not the script (`node --require preflight.cjs script.ts`). */
const NODE_FILE_OPTIONS = new Set(['-r', '--require', '--import', '--loader']);

/** `next-build (v16.4.6)`, `node build-search-index.ts`, `sh`: the program and, for node, its script's base name. */
function processName(pid: number): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const base = (arg: string | undefined) => (arg ?? '').split('/').pop() ?? '';
    const program = base(argv[0]);
    if (program !== 'node') return program;
    const script = argv.slice(1).find((arg, i, rest) => !arg.startsWith('-') && !NODE_FILE_OPTIONS.has(rest[i - 1] ?? ''));
    return `node ${base(script)}`;
  } catch {
    return '?';
  }
}

/**
 * Every process of the tree rooted at `root` (itself included) with its resident and proportional memory.
 * @example processTree(process.pid) // [{ pid: 4242, name: 'node bench.ts', rss: 81_264_640, pss: 70_115_328 }, …]
 */
export function processTree(root: number): ProcessRss[] {
  const children = parents();
  const found: ProcessRss[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    try {
      const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      const pss = pssOf(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      found.push({ pid, name: processName(pid), rss: pages * PAGE_BYTES, pss });
    } catch {
      continue; // gone
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** What a {@link TreeSampler} saw: each sample's time (s since start) and tree totals, the peaks, per process too. */
export interface TreeMemory {
  samples: { t: number; rss: number; pss: number }[];
  /** The largest summed RSS of one sample. */
  peakTotal: number;
  /** The largest summed PSS of one sample: the tree's real peak footprint. */
  peakPss: number;
  /** The largest PSS each process reached, biggest first (a process is keyed by pid; its name is kept). */
  peakByProcess: ProcessRss[];
}

/** Samples the summed RSS and PSS of a process tree every `intervalMs` until stopped. */
export class TreeSampler {
  private readonly started = performance.now();
  private readonly samples: { t: number; rss: number; pss: number }[] = [];
  private readonly peaks = new Map<number, ProcessRss>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly root: number,
    intervalMs: number,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  private sample(): void {
    const tree = processTree(this.root);
    if (!tree.length) return;
    const t = (performance.now() - this.started) / 1000;
    this.samples.push({ t, rss: tree.reduce((sum, p) => sum + p.rss, 0), pss: tree.reduce((sum, p) => sum + p.pss, 0) });
    for (const proc of tree) {
      const known = this.peaks.get(proc.pid);
      if (!known || known.pss < proc.pss) this.peaks.set(proc.pid, proc);
    }
  }

  stop(): TreeMemory {
    clearInterval(this.timer);
    this.sample();
    return {
      samples: this.samples,
      peakTotal: Math.max(0, ...this.samples.map((s) => s.rss)),
      peakPss: Math.max(0, ...this.samples.map((s) => s.pss)),
      peakByProcess: [...this.peaks.values()].sort((a, b) => b.pss - a.pss),
    };
  }
}

/** The two figures of a `/usr/bin/time -v` report that the benchmark uses. */
export interface TimeReport {
  wallSeconds: number;
  /** User + system CPU time of the command and every descendant it waited for: less swayed by other work than wall time. */
  cpuSeconds: number;
  /** The largest RSS of any single process of the tree (not their sum), in bytes. */
  maxRssBytes: number;
  exitStatus: number;
}

/**
 * Reads a `/usr/bin/time -v` report.
 * @example parseTimeReport('\tUser time (seconds): 80.25\n\tSystem time (seconds): 9.5\n\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50\n\tMaximum resident set size (kbytes): 2048\n\tExit status: 0')
 * // { wallSeconds: 62.5, cpuSeconds: 89.75, maxRssBytes: 2097152, exitStatus: 0 }
 */
export function parseTimeReport(text: string): TimeReport {
  const field = (label: string) => {
    const line = text.split('\n').find((l) => l.trim().startsWith(label));
    if (!line) throw new Error(`no "${label}" in the /usr/bin/time report:\n${text}`);
    return line.slice(line.lastIndexOf(': ') + 2).trim();
  };
  const clock = field('Elapsed (wall clock) time').split(':').map(Number);
  return {
    wallSeconds: clock.reduce((total, part) => total * 60 + part, 0),
    cpuSeconds: Math.round((Number(field('User time (seconds)')) + Number(field('System time (seconds)'))) * 100) / 100,
    maxRssBytes: Number(field('Maximum resident set size (kbytes)')) * 1024,
    exitStatus: Number(field('Exit status')),
  };
}

/**
 * Least-squares slope of `y` over `x`.
 * @example slope([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }]) // 2
 */
export function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx === 0 ? 0 : points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
}

/**
 * The `q`-quantile (0…1) of some numbers, by the nearest-rank method.
 * @example quantile([5, 1, 4, 2, 3], 0.5) // 3
 */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * A TCP port nobody listens on right now, on 127.0.0.1, drawn below the kernel's ephemeral range.
 * A port from `listen(0)` is an ephemeral one: between this check and the moment nginx or Next binds it
 * (seconds later, after the instances start), any outgoing connection may take it as its local port —
 * CI saw nginx fail with "Address already in use" so. Ports below the range are never handed out that way.
 */
export async function freePort(): Promise<number> {
  const [low] = ephemeralRange();
  const from = Math.min(20000, low - 2000);
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = from + Math.floor(Math.random() * (low - from));
    if (!(await portInUse(port))) return port;
  }
  throw new Error(`no free port between ${from} and ${low - 1} on 127.0.0.1 after 100 tries`);
}

/** The kernel's ephemeral port range (Linux's default when it cannot be read). */
function ephemeralRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (low! > 3000 && high! > low!) return [low!, high!];
  } catch {
    // not Linux: the default below
  }
  return [32768, 60999];
}

/** Whether something already listens on `port` of 127.0.0.1. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}

/** Bytes as MB (10^6), one decimal: the unit of every memory figure in the table. */
export const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
/** Seconds, one decimal. */
export const secondsOf = (ms: number) => Math.round(ms / 100) / 10;
