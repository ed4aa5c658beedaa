/**
 * What `key` stands for in `cache`, made by `make` the first time it is asked for. `make` returns a promise, so
 * two queries asking at once share one fetch.
 * @example once(shards, 7, () => fetchShard(7)) // the same promise for every later call with 7
 */
export function once<K, V>(cache: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
