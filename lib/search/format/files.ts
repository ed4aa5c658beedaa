/**
 * How a reader gets the files of an index: the one contract between the engine (`query/`), which reads them, and
 * what serves them, over `fetch` in the browser (`query/browser.ts`) or from a folder in Node (`index/disk.ts`).
 */
export interface Files {
  /** The raw bytes of one file, by its path relative to the index root (`indexFiles`); rejects when it is missing. */
  read: (path: string) => Promise<Uint8Array>;
  /** The bytes a gzip file holds (every `.bin` file of an index is gzip). */
  gunzip: (data: Uint8Array) => Promise<Uint8Array>;
}

/** One gzip file of the index, read through `files` and unzipped. */
export function unzipped(files: Files, path: string): Promise<Uint8Array> {
  return files.read(path).then((data) => files.gunzip(data));
}
