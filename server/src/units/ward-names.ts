import type { Db } from '../db/pool.js';
import { createCache } from '../lib/cache.js';
import { wardNames } from './units.repository.js';

export interface WardNames {
  name(code: string): Promise<string | undefined>;
}

// Wards change only when the reference data is reloaded; a minute of staleness is harmless.
const TTL_MS = 60_000;

/** Ward names from memory, refreshed at most once a minute. */
export function createWardNames(db: Db, now: () => number = Date.now): WardNames {
  const cache = createCache<Map<string, string>>({ ttlMs: TTL_MS, now });
  return {
    name: async (code) => (await cache.get('all', () => wardNames(db))).get(code),
  };
}
