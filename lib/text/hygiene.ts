/**
 * The characters no published text may hold, and how to find, remove or describe them. The rule:
 * - control characters: C0 except tab, line feed and carriage return (U+0000–0008, U+000B, U+000C, U+000E–001F),
 *   DEL (U+007F) and C1 (U+0080–009F). They make feeds invalid XML and show as nothing or as boxes.
 * - bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069): they reorder the text that follows them,
 *   so a title can show something other than what it says.
 * - allowed: the direction marks LRM, RLM and ALM (U+200E, U+200F, U+061C), which reorder nothing and which real
 *   releases quoting Arabic or English carry.
 * `npm run check` rejects a release holding any of them (with `file:line`); the importer and the renderer remove them.
 */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

/** `text` without its control and bidi-override characters. @example stripUnsafeCharacters('a\u0000b\u202Ec') // 'abc' */
export function stripUnsafeCharacters(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, '') : text;
}

/**
 * The first control or bidi-override character of `text` and where it is, or null when there is none.
 * @returns its code point as `U+001B` and its 0-based index in `text`
 * @example unsafeCharacter('a\u001Bb') // { codePoint: 'U+001B', index: 1 }
 */
export function unsafeCharacter(text: string): { codePoint: string; index: number } | null {
  const match = UNSAFE.exec(text);
  if (!match) return null;
  return { codePoint: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, index: match.index };
}

/** True when `text` has a letter, digit, punctuation mark or symbol: something a reader can see. */
export function hasVisibleCharacter(text: string): boolean {
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(text);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8 bytes (a byte-order mark is kept as U+FEFF), refusing any invalid sequence instead of turning it
 * into U+FFFD.
 * @returns the text, or the 1-based line of the first invalid byte
 * @example decodeUtf8(Buffer.from([0x61, 0x0a, 0xff])) // { line: 2 }
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { line: number } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { line: lineOfFirstInvalidByte(bytes) };
  }
}

/** Binary search for the shortest prefix that does not decode (a cut-off trailing sequence is not an error). */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (decodes(bytes.subarray(0, middle + 1))) low = middle + 1;
    else high = middle;
  }
  let line = 1;
  for (let at = 0; at < low; at += 1) if (bytes[at] === 0x0a) line += 1;
  return line;
}

function decodes(prefix: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}
