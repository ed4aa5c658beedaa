import { closeSync, openSync, readSync } from 'node:fs';

/** Where a release file's bytes are: a slice of a pack. */
export interface BodyLocation {
  /** Absolute path of the pack. */
  path: string;
  offset: number;
  length: number;
  /** SHA-1 (base64) of the bytes, as the parse cache recorded them when the file was checked. */
  hash: string;
}

/** The bytes of a slice of a pack, as text. */
export function readBodyText(at: Pick<BodyLocation, 'path' | 'offset' | 'length'>): string {
  const bytes = Buffer.alloc(at.length);
  const fd = openSync(at.path, 'r');
  try {
    for (let done = 0; done < at.length; ) {
      const read = readSync(fd, bytes, done, at.length - done, at.offset + done);
      if (read === 0) throw new Error(`${at.path}: ends before byte ${at.offset + at.length}; the publication is damaged, publish again`);
      done += read;
    }
  } finally {
    closeSync(fd);
  }
  return bytes.toString('utf8');
}
