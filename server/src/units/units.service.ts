import { createHash } from 'node:crypto';
import type { Unit } from '../contracts/unit.js';
import type { Db } from '../db/pool.js';
import { createCache } from '../lib/cache.js';
import { listUnits, wardsGeoJson } from './units.repository.js';

/** The wards' GeoJSON text and a strong ETag of it. */
export interface WardsDocument {
  body: string;
  etag: string;
}

export interface UnitsService {
  /** Every unit (wards and departments); kept a minute. */
  list(): Promise<Unit[]>;
  /** The basemap's ward polygons: built once per process (wards change only by a seed). */
  wards(): Promise<WardsDocument>;
}

export function createUnitsService(db: Db): UnitsService {
  const units = createCache<Unit[]>({ ttlMs: 60_000 });
  const wards = createCache<WardsDocument>();
  return {
    list: () => units.get('all', () => listUnits(db)),
    wards: () =>
      wards.get('all', async () => {
        const body = await wardsGeoJson(db);
        return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
      }),
  };
}
