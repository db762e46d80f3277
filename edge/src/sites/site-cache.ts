/**
 * A per-isolate cache of site lookups with a short time to live: shopper requests read a site on
 * every call, and its config changes rarely. A PUT in this isolate clears it at once; other
 * isolates see a change within `ttlMs`.
 */
export const siteCacheTtlMs = 30_000;

export function ttlCache<K, V>(ttlMs: number = siteCacheTtlMs, now: () => number = Date.now) {
  const entries = new Map<K, { value: V; until: number }>();
  return {
    async get(key: K, load: () => Promise<V>): Promise<V> {
      const hit = entries.get(key);
      if (hit !== undefined && hit.until > now()) return hit.value;
      const value = await load();
      entries.set(key, { value, until: now() + ttlMs });
      return value;
    },
    clear(): void {
      entries.clear();
    },
  };
}
