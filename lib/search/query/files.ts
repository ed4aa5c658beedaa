import type { Files } from './engine';

/** One gzip file of the index, read through `files` and unzipped. */
export function unzipped(files: Files, path: string): Promise<Uint8Array> {
  return files.read(path).then((data) => files.gunzip(data));
}

/**
 * What `key` stands for in `cache`, made by `make` the first time it is asked for. `make` returns a promise, so
 * two queries asking at once share one fetch.
 */
export function once<K, V>(cache: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
