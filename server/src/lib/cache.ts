export interface CacheOptions {
  /** How long a loaded value is served; Infinity (default) keeps it for the life of the process. */
  ttlMs?: number;
  /** At most this many keys; the oldest is dropped first. */
  max?: number;
  now?: () => number;
}

export interface Cache<T> {
  /** The value for `key`, loading it when missing, expired or `fresh` is asked for. */
  get(key: string, load: () => Promise<T>, fresh?: boolean): Promise<T>;
}

/**
 * Values kept in memory as promises, so concurrent callers share one load; a load that fails is
 * forgotten, so the next caller tries again. Used for reference data (categories, wards) and
 * for computed answers (hotspots), which all change rarely compared with how often they are read.
 * @example const wards = createCache<string>(); await wards.get('all', () => wardsGeoJson(db));
 */
export function createCache<T>(opts: CacheOptions = {}): Cache<T> {
  const { ttlMs = Infinity, max = Infinity, now = Date.now } = opts;
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(key, load, fresh = false) {
      const hit = entries.get(key);
      if (hit && !fresh && now() - hit.at < ttlMs) return hit.value;
      const entry = { at: now(), value: load() };
      entries.delete(key); // re-inserted last, so the oldest key stays first
      entries.set(key, entry);
      entry.value.catch(() => entries.get(key) === entry && entries.delete(key));
      if (entries.size > max) entries.delete(entries.keys().next().value!);
      return entry.value;
    },
  };
}
