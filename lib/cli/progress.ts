/**
 * A one-line progress bar for a terminal, redrawn at most ten times a second; silent when the stream is not a TTY
 * (CI logs and pipes get only the final summary). Used by the long steps: import, content parsing, index building.
 */
export interface ProgressBar {
  /** `label` follows the bar: what is being done (`12,000 pages read  thaigov-v1.tar.xz`). */
  update(done: number, total: number, label: string): void;
  /** Clears the line, so the summary starts on a clean one. */
  stop(): void;
}

const WIDTH = 30;

/** @example const bar = progressBar(process.stdout); bar.update(10, 20, 'parsing content'); bar.stop(); */
export function progressBar(stream: NodeJS.WriteStream): ProgressBar {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  let last = 0;
  return {
    update(done, total, label) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const fraction = total ? Math.min(done / total, 1) : 0;
      const filled = Math.round(fraction * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      stream.write(`\r${bar} ${String(Math.round(fraction * 100)).padStart(3)}%  ${label}\x1b[K`);
    },
    stop() {
      stream.write('\r\x1b[K');
    },
  };
}
