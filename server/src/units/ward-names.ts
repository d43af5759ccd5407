import type { Db } from '../db/pool.js';
import { wardNames } from './units.repository.js';

export interface WardNames {
  name(code: string): Promise<string | undefined>;
}

// Wards change only when the reference data is reloaded; a minute of staleness is harmless.
const TTL_MS = 60_000;

/** Ward names from memory, refreshed at most once a minute. */
export function createWardNames(db: Db, now: () => number = Date.now): WardNames {
  let cache: { at: number; names: Promise<Map<string, string>> } | null = null;
  return {
    async name(code) {
      if (!cache || now() - cache.at > TTL_MS) {
        const names = wardNames(db);
        cache = { at: now(), names };
        names.catch(() => (cache = null));
      }
      return (await cache.names).get(code);
    },
  };
}
