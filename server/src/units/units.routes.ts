import { Hono } from 'hono';
import type { Db } from '../db/pool.js';
import { createCache } from '../lib/cache.js';
import { wardsGeoJson } from './units.repository.js';

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
