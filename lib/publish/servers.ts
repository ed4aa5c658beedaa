import type { StepRequest } from './serving';
import { PublishError } from './errors';
import { meets, type Expectation } from './expectations';

/** What a server answered to a step of `POST /api/publish`. */
export interface StepResult {
  publication: string;
  /** Stories in the publication. */
  stories: number;
  /** How long the step took on the server. */
  ms: number;
}

/** A server refused or missed a step of the publication; the message says which server, what happened and what to do. */
export class ServerError extends PublishError {}

/**
 * Asks one server to carry out a step of publication `publication` (`POST <server>/api/publish`, with the
 * publication token as a bearer token; see `serving.ts`).
 * @returns what the server answered
 * @throws Error with the reason (`fetch failed`, `401 {"error":…}`) when it cannot be reached or does not answer 2xx
 * @example await askServer('http://127.0.0.1:3000', token, { publication: 'p1a2b3c4d5', step: 'stage' }) // { publication: 'p1a2b3c4d5', stories: 325, ms: 41 }
 */
export async function askServer(server: string, token: string, request: StepRequest): Promise<StepResult> {
  const answer = await fetch(`${server}/api/publish`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  }).catch((error: Error) => error);
  if (answer instanceof Error) throw new Error(answer.message);
  if (!answer.ok) throw new Error(`${answer.status} ${await answer.text()}`);
  return (await answer.json()) as StepResult;
}

/**
 * Asks each server in turn for each expected address until it answers as expected (`meets`), every `pollMs`.
 * @throws ServerError naming the first address still not served as expected when `timeoutMs` has passed
 */
export async function waitUntilServed(servers: string[], expectations: Expectation[], { timeoutMs, pollMs = 200 }: { timeoutMs: number; pollMs?: number }): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const server of servers) {
    for (const expectation of expectations) {
      for (;;) {
        const answer = await fetch(`${server}${expectation.path}`, { redirect: 'manual' }).catch(() => undefined);
        const body = answer ? await answer.text() : '';
        if (meets(expectation, answer?.status, body)) break;
        if (Date.now() > deadline) {
          const seconds = Math.round(timeoutMs / 1000);
          throw new ServerError(`${server}${expectation.path}: still ${answer?.status ?? 'no answer'}${expectation.holds ? ' without the new text' : ''} after ${seconds} s`);
        }
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    }
  }
}
