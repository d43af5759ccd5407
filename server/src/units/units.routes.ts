import { Hono } from 'hono';
import type { Db } from '../db/pool.js';
import { createCache } from '../lib/cache.js';
import { listUnits, wardsGeoJson } from './units.repository.js';

/** GET /api/wards: the basemap's ward polygons. Computed once per process: wards change only by a seed. */
export function wardsRoutes(db: Db) {
  const cache = createCache<string>();
  return new Hono().get('/', async (c) => {
    const body = await cache.get('wards', () => wardsGeoJson(db));
    c.header('Content-Type', 'application/geo+json; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(body);
  });
}

/** GET /api/units: every unit (wards and departments), e.g. to pick where to transfer a report. */
export function unitsRoutes(db: Db) {
  const cache = createCache<Awaited<ReturnType<typeof listUnits>>>({ ttlMs: 60_000 });
  return new Hono().get('/', async (c) => c.json({ items: await cache.get('units', () => listUnits(db)) }));
}
