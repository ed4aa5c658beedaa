import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { Files } from '../format';

const inflate = promisify(gunzip);

/** Index files read from a folder on disk (tests, benchmarks). */
export function diskFiles(root: string): Files {
  return {
    read: async (path) => new Uint8Array(await readFile(join(root, path))),
    gunzip: async (data) => new Uint8Array(await inflate(data)),
  };
}
