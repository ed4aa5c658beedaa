import { PublishError } from './errors';
import { meets, type Expectation } from './expectations';

/** What a server answered to `POST /api/publish`. */
export interface ReloadAnswer {
  /** Stories it serves now. */
  stories: number;
  /** How long its reload took. */
  ms: number;
}

/** A server refused or missed a step of the publication; the message says which server and what to check. */
export class ServerError extends PublishError {}

/**
 * Asks one server to reload the archive and mark its pages stale (`POST <server>/api/publish`, with the publication
 * token as a bearer token).
 * @throws ServerError when the server cannot be reached or does not answer 2xx (a wrong token is 401, bad content 422)
 * @example await reloadServer('http://127.0.0.1:3000', token) // { stories: 325, ms: 41 }
 */
export async function reloadServer(server: string, token: string): Promise<ReloadAnswer> {
  const answer = await fetch(`${server}/api/publish`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch((error: Error) => error);
  if (answer instanceof Error || !answer.ok) {
    const why = answer instanceof Error ? answer.message : `${answer.status} ${await answer.text()}`;
    throw new ServerError(`${server}: the server did not take the publication (${why}). Is it running, from this folder or with the same PUBLISH_TOKEN?`);
  }
  return (await answer.json()) as ReloadAnswer;
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
