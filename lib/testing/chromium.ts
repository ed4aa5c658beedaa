import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, as the browser tests and the benchmarks drive it (never a browser build of playwright's own:
 * this machine cannot download one).
 */
export const CHROMIUM = '/usr/bin/chromium';

/** The flags Chromium needs as root on this closed network: no sandbox, no GPU, nothing that calls home. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** @throws Error with the install command when Debian's Chromium is missing */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is needed at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
}

/** A headless Chromium with {@link CHROMIUM_FLAGS}; the caller closes it. */
export function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}
