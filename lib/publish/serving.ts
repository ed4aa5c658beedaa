import { contentRoot, holdPublication, publicationsDir, readPublicationInfo, readPublishedArchiveWhileServing, serveArchive, servedArchive, type Archive } from '../content';

/**
 * The servers' side of a publication (`POST /api/publish`, `app/api/publish/route.ts`), in two steps so that a
 * publication is served by every server or by none:
 *
 * - `stage`: the server reads the publication into memory beside the archive it serves (a thousand stories at a
 *   time, serving requests in between), and answers once it can serve it. A server that cannot (not running, another content root, a damaged publication) stops the
 *   publication before anything changed.
 * - `switch`: once the publication is the site's (`published/current.json`), the server serves it, swapped in with
 *   one assignment (`serveArchive`); the route then marks every page stale.
 */

/** What `npm run publish` sends: `{ "publication": "p…", "step": "stage" | "switch" }`. */
export interface StepRequest {
  publication: string;
  step: 'stage' | 'switch';
}

/** The answer to a step: its HTTP status and JSON body; `switched` when the server now serves another archive. */
export interface StepAnswer {
  status: number;
  body: { publication: string; stories: number } | { error: string };
  switched: boolean;
}

const stagedSlot = Symbol.for('thaigov-news-archive.staged-publication');
const slot = globalThis as typeof globalThis & { [stagedSlot]?: Archive };

/**
 * Carries out one step for this server's content root.
 * @param options.root the content root this server serves (`contentRoot()` by default)
 * @param options.dir its publications (`publicationsDir(root)`)
 * @example await answerStep({ publication: 'p1a2b3c4d5', step: 'stage' }) // { status: 200, body: { publication: 'p1a2b3c4d5', stories: 325 }, switched: false }
 */
export async function answerStep(request: unknown, { root = contentRoot(), dir = publicationsDir(root) } = {}): Promise<StepAnswer> {
  const refuse = (status: number, error: string): StepAnswer => ({ status, body: { error }, switched: false });
  const { publication: id, step } = (request ?? {}) as Partial<StepRequest>;
  if (typeof id !== 'string' || !/^p[0-9a-z]+$/.test(id) || (step !== 'stage' && step !== 'switch')) {
    return refuse(400, 'send {"publication": "p…", "step": "stage" | "switch"}');
  }
  const serving = servedArchive();
  let archive = serving?.publication?.id === id ? serving : slot[stagedSlot]?.publication?.id === id ? slot[stagedSlot] : undefined;
  if (!archive) {
    let made: string;
    try {
      made = readPublicationInfo(dir, id).root;
    } catch (error) {
      return refuse(404, (error as Error).message);
    }
    if (made !== root) return refuse(409, `publication ${id} is of ${made}; this server serves ${root}`);
    try {
      archive = await readPublishedArchiveWhileServing(dir, id, serving);
    } catch (error) {
      return refuse(422, `publication ${id} could not be read: ${(error as Error).message}`);
    }
  }
  const answer = { status: 200, body: { publication: id, stories: archive.stories.length } };
  if (step === 'stage') {
    if (archive !== serving) slot[stagedSlot] = archive;
    return { ...answer, switched: false };
  }
  delete slot[stagedSlot];
  if (archive === serving) return { ...answer, switched: false };
  serveArchive(archive);
  holdPublication(dir, id);
  return { ...answer, switched: true };
}
