/**
 * Readers for the stack's fault tests (tests/stack/faults.test.ts): `connections` loops, each asking for the next
 * address of a list in turn, as a browser would (gzip), reading every answer to its end. Unlike a load tool's
 * counters, each answer is kept: its wait, its status, nginx's X-Cache, and whether it came whole.
 */

export interface Answer {
  path: string;
  /** When it was asked (ms since the epoch) and how long it took, to the last byte. */
  at: number;
  ms: number;
  /** 0 when no answer came (refused, reset, cut short, or no answer within the reader's patience). */
  status: number;
  /** nginx's X-Cache: MISS, HIT, STALE, … */
  cache: string;
  /** Why it failed, when it did. */
  error?: string;
  /** Sent a second time, as a browser would, because the kept-alive connection it went on closed before any answer. */
  resent?: boolean;
  /** Its status and headers came, the rest of it did not: the server (or the host behind it) stopped mid-answer. */
  cutShort?: boolean;
}

export interface ReadersOptions {
  connections: number;
  seconds: number;
  /** How long a reader waits for one answer before it gives up (and the answer counts as failed). */
  patienceMs: number;
  /** Runs beside the readers (a fault injected and lifted); the readers go on for `seconds` at least. */
  during?: () => Promise<void>;
}

/**
 * `fetch`, sending the request once more when the kept-alive connection it went on was closed before any byte of the
 * answer, as browsers do (a server may close an idle connection at the moment a request is sent on it: nginx does
 * so to every idle connection on a reload). The close comes as a FIN (undici's "other side closed", on a connection
 * that had carried earlier answers) or, when the request's bytes had already reached the closing server, as a reset
 * (ECONNRESET: the kernel's answer to a close with unread data). Chromium resends on both (net::ERR_CONNECTION_CLOSED,
 * net::ERR_CONNECTION_RESET on a reused socket). A reset of a fresh connection is resent too (undici does not say
 * whether the connection was reused); a server that is really down refuses or resets the second one as well, so it
 * still counts. Whether it was sent again is in `resent`.
 */
export async function fetchAsBrowser(url: string, init: RequestInit = {}): Promise<{ response: Response; resent: boolean }> {
  try {
    return { response: await fetch(url, init), resent: false };
  } catch (error) {
    const cause = (error as Error).cause as { code?: string; socket?: { bytesRead?: number } } | undefined;
    // bytesRead: the connection carried earlier answers (it was reused); none of this one came, or fetch would have resolved.
    const closedWhenReused = cause?.code === 'UND_ERR_SOCKET' && Boolean(cause.socket?.bytesRead);
    if (!(closedWhenReused || cause?.code === 'ECONNRESET') || init.signal?.aborted) throw error;
    return { response: await fetch(url, init), resent: true };
  }
}

/** A page's HTML ends so; an answer cut short does not. */
const COMPLETE_PAGE = /<\/html>\s*$/;

/** Reads `paths` from `origin` in turn, with `connections` readers at once, for `seconds` (and while `during` runs). */
export async function readers(origin: string, paths: string[], options: ReadersOptions): Promise<Answer[]> {
  if (!paths.length) throw new Error('readers: no addresses to read');
  const answers: Answer[] = [];
  let next = 0;
  let running = true;
  const reader = async () => {
    while (running) {
      const path = paths[next++ % paths.length]!;
      const at = Date.now();
      const started = performance.now();
      const failed = (error: unknown, more: Partial<Answer> = {}) =>
        answers.push({ path, at, ms: performance.now() - started, status: 0, cache: '', error: (error as Error).cause ? String((error as Error).cause) : (error as Error).message, ...more });
      let sent: Awaited<ReturnType<typeof fetchAsBrowser>>;
      try {
        sent = await fetchAsBrowser(origin + path, { headers: { 'accept-encoding': 'gzip' }, signal: AbortSignal.timeout(options.patienceMs) });
      } catch (error) {
        failed(error);
        continue;
      }
      const { response, resent } = sent;
      const cache = response.headers.get('x-cache') ?? '';
      const more = { cache, ...(resent ? { resent } : {}) };
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        failed(error, { ...more, cutShort: true });
        continue;
      }
      const whole = response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html') || COMPLETE_PAGE.test(text);
      if (!whole) failed(new Error(`cut short after ${text.length} characters`), { ...more, cutShort: true });
      else answers.push({ path, at, ms: performance.now() - started, status: response.status, ...more });
    }
  };
  const started = Date.now();
  const loops = Array.from({ length: options.connections }, reader);
  try {
    await options.during?.();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, options.seconds * 1000 - (Date.now() - started))));
  } finally {
    running = false;
    await Promise.all(loops);
  }
  return answers;
}

/** What readers got, in figures: counts by status and by X-Cache, p99 and the longest wait (ms). */
export function summary(answers: Answer[]) {
  const times = answers.map((a) => a.ms).sort((a, b) => a - b);
  const count = (key: (a: Answer) => string) => {
    const counts: Record<string, number> = {};
    for (const answer of answers) counts[key(answer)] = (counts[key(answer)] ?? 0) + 1;
    return counts;
  };
  return {
    requests: answers.length,
    failed: answers.filter((a) => a.status === 0 || a.status >= 500),
    resent: answers.filter((a) => a.resent).length,
    statuses: count((a) => String(a.status)),
    cache: count((a) => a.cache),
    p99Ms: Math.round(times[Math.min(times.length - 1, Math.floor(times.length * 0.99))] ?? 0),
    maxMs: Math.round(times.at(-1) ?? 0),
  };
}
