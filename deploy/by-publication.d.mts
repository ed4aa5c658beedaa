// Types of by-publication.mjs (a plain ES module that Next.js loads at run time) for the TypeScript that imports it.
import type { Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types';

export function servedPublication(): string | undefined;

export function byPublication<H extends Handler>(handler: H, publication?: () => string | undefined): H;
