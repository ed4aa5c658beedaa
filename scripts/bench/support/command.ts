import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** How a command ended, with its output lines (stdout and stderr interleaved) and when each arrived (s). */
export interface CommandResult {
  code: number | null;
  lines: { t: number; text: string }[];
}

/**
 * Runs a command to its end without blocking the event loop (the progress line and memory samplers keep going).
 * @param onStart called with the child's pid as soon as it runs (to sample its process tree)
 * @param onLine called with every output line as it arrives
 */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; onStart?: (pid: number) => void; onLine?: (line: string) => void },
): Promise<CommandResult> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid !== undefined) options.onStart?.(child.pid);
  const lines: CommandResult['lines'] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => {
      lines.push({ t: (performance.now() - started) / 1000, text });
      options.onLine?.(text);
    });
  }
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, lines }));
  });
}
