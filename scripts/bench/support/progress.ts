/**
 * The benchmark's progress display. On a terminal, one status line at the bottom names the running step and its
 * elapsed time, redrawn every second, with log lines scrolling above it; elsewhere (a log file, CI) it prints a
 * line when a step starts and one when it ends.
 */
export class Progress {
  private step: string | undefined;
  private started = 0;
  private timer: NodeJS.Timeout | undefined;
  private paused = false;

  constructor(private readonly out: NodeJS.WriteStream = process.stdout) {}

  private get live(): boolean {
    return this.out.isTTY === true && !this.paused;
  }

  private clear(): void {
    if (this.live && this.step) this.out.write('\r\x1b[K');
  }

  private draw(): void {
    if (!this.live || !this.step) return;
    this.out.write(`\x1b[2m▸ ${this.step}  ${clock(performance.now() - this.started)}\x1b[0m`);
  }

  /** Starts showing a step: `progress.begin('build (cold)')`. */
  begin(step: string): void {
    this.end();
    this.step = step;
    this.started = performance.now();
    if (this.out.isTTY) this.timer = setInterval(() => (this.clear(), this.draw()), 1000);
    else this.out.write(`▸ ${step}\n`);
    this.draw();
  }

  /** Ends the current step, printing how long it took and an optional summary; `failed` marks it ✗. */
  end(summary = '', failed = false): void {
    if (!this.step) return;
    clearInterval(this.timer);
    this.clear();
    this.out.write(`${failed ? '✗' : '✓'} ${this.step}  ${clock(performance.now() - this.started)}${summary ? `  ${summary}` : ''}\n`);
    this.step = undefined;
  }

  /** Prints a line above the status line. */
  log(line: string): void {
    this.clear();
    this.out.write(`${line}\n`);
    this.draw();
  }

  /** Hides the status line while a child process draws its own progress on the terminal (the importer). */
  async hidden<T>(run: () => Promise<T>): Promise<T> {
    this.clear();
    this.paused = true;
    try {
      return await run();
    } finally {
      this.paused = false;
      this.draw();
    }
  }
}

/** Elapsed time as `m:ss`. */
function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
