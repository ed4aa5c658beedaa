import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { contentPath } from '../content';

/** Where the publication token is kept when `PUBLISH_TOKEN` is not set: readable by the site's user only. */
export const tokenFile = () => contentPath(process.cwd(), '.cache', 'publish-token');

/**
 * The secret `npm run publish` shows the servers: `PUBLISH_TOKEN`, else `.cache/publish-token`, written (mode 600)
 * the first time it is needed. A server started from the same folder reads the same file.
 * @param create write a new token file when there is none (the publish command); servers never create one
 */
export function publishToken(create = false): string | undefined {
  const fromEnv = process.env.PUBLISH_TOKEN?.trim();
  if (fromEnv) return fromEnv;
  const file = tokenFile();
  if (existsSync(file)) return readFileSync(file, 'utf8').trim() || undefined;
  if (!create) return undefined;
  mkdirSync(dirname(file), { recursive: true });
  const token = randomBytes(24).toString('base64url');
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return token;
}

/** Whether an `Authorization: Bearer …` header carries the token, compared in constant time. */
export function authorized(header: string | null, token = publishToken()): boolean {
  if (!token || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length).trim());
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
