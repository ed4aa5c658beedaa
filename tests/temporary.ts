import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: every temporary folder a test makes (`mkdtemp` under `os.tmpdir()`, here and in the processes
 * it starts) goes into one folder of the run, removed when the run ends, so a run leaves nothing in /tmp.
 */
export default function setup(): () => void {
  if (process.env.THAIGOV_TEST_TMPDIR) return () => {};
  const folder = mkdtempSync(join(tmpdir(), 'thaigov-test-'));
  process.env.THAIGOV_TEST_TMPDIR = folder;
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
