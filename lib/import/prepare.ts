import { formatContentError, parseReleaseFile, type KnownIds, type Registry } from '../content';
import { agencyFinder, type AgencyFinder } from './agencies';
import { parseThaigov, type RejectReason, type ThaigovRelease } from './parse-thaigov';
import type { Locale } from '../i18n/locales';
import { releaseLanguage } from './language';
import { cabinetMeetingDate, pairFeatures, type PairFeatures } from './pairs';
import { releaseFileText, releasePath } from './release-file';
import type { SourceFile } from './sources';

/**
 * One page's whole journey from bytes to a validated release file, with no side effect, so that pages can be
 * prepared on worker threads (lib/import/pool.ts) while the main thread reads the archive and writes files.
 */

/** Why a page was not imported: the reader's reasons, plus bytes that are not UTF-8 and output that fails validation. */
export type ImportRejectReason = RejectReason | 'not-text' | 'invalid';

export type Prepared =
  | { ok: false; name: string; reason: ImportRejectReason; message: string }
  | {
      ok: true;
      name: string;
      /** Path of the release file inside the content root: `news/2018/2018-12-07-17391.th.md`. */
      target: string;
      /** The language its text is written in (see `releaseLanguage`). */
      lang: Locale;
      /** A cabinet synopsis: the meeting's date, by which it is paired with its translation. */
      meeting?: string;
      /** What a likely translation is matched by (see `likelyPairs`). */
      features: PairFeatures;
      /** The release itself, for rewriting it as the English version of a pair. */
      release: ThaigovRelease;
      /** The file's full text, already checked by lib/content's parseReleaseFile. */
      text: string;
      legacyId: number;
      date: string;
      category?: string;
      agency?: string;
      tagged: boolean;
    };

/** What preparing needs to know: the registries (for agency names and valid ids) and the content root's name. */
export interface PrepareContext {
  agencies: Registry;
  known: KnownIds;
  /** The content root, for the file names in validation messages (`content/news/…`). */
  out: string;
}

/** Builds the page preparer for a context (the agency finder is built once). */
export function pagePreparer(context: PrepareContext): (page: SourceFile) => Prepared {
  const finder = agencyFinder(context.agencies);
  return (page) => preparePage(page, finder, context);
}

/**
 * Decodes, reads and renders one page, then validates the file exactly as the site's loader will.
 * @example preparePage({ path: '23/ด้านสังคม_215.txt', name: 'v1:23/ด้านสังคม_215.txt', bytes }, finder, context).target
 * // 'news/2018/2018-12-07-17391.th.md'
 */
export function preparePage(page: SourceFile, finder: AgencyFinder, context: PrepareContext): Prepared {
  const { name } = page;
  const text = decodeUtf8(page.bytes);
  if (text === null) return { ok: false, name, reason: 'not-text', message: 'not UTF-8 text; save the file as UTF-8 and import it again' };
  const result = parseThaigov(text, page.path, finder);
  if (!result.ok) return { ok: false, name, reason: result.reason, message: result.message };
  const { release } = result;
  const lang = releaseLanguage(release.paragraphs);
  const target = releasePath(release, lang);
  const fileText = releaseFileText(release);
  const checked = parseReleaseFile(`${context.out}/${target}`, fileText, context.known);
  if (checked.errors.length) return { ok: false, name, reason: 'invalid', message: checked.errors.map(formatContentError).join('; ') };
  const { legacyId, date, category, agency } = release;
  const meeting = cabinetMeetingDate(release.title, release.paragraphs, lang) ?? undefined;
  const features = pairFeatures(`${release.title}\n${release.paragraphs.join('\n')}`);
  return { ok: true, name, target, text: fileText, lang, ...(meeting && { meeting }), features, release, legacyId, date, category, agency, tagged: release.tags.length > 0 };
}

const utf8 = new TextDecoder('utf-8');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes as UTF-8 text, or null when they are not UTF-8 (a U+FFFD from the fast decoder sends them to the strict one). */
function decodeUtf8(bytes: Uint8Array): string | null {
  const text = utf8.decode(bytes);
  if (!text.includes('\uFFFD')) return text;
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}
