/**
 * A one-line progress bar for a terminal, redrawn at most ten times a second; silent when the stream is not a TTY
 * (CI logs and pipes get only the final summary).
 */
export interface ProgressBar {
  update(label: string, done: number, total: number, read: number): void;
  /** Clears the line, so the summary starts on a clean one. */
  stop(): void;
}

const WIDTH = 30;

/** @example const bar = progressBar(process.stdout); bar.update('thaigov-v1.tar.xz', 10, 20, 14000); bar.stop(); */
export function progressBar(stream: NodeJS.WriteStream): ProgressBar {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  let last = 0;
  return {
    update(label, done, total, read) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const fraction = total ? Math.min(done / total, 1) : 0;
      const filled = Math.round(fraction * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      stream.write(`\r${bar} ${String(Math.round(fraction * 100)).padStart(3)}%  ${read.toLocaleString('en')} pages read  ${label}\x1b[K`);
    },
    stop() {
      stream.write('\r\x1b[K');
    },
  };
}
