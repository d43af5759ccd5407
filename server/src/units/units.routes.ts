import { Hono } from 'hono';
import type { Db } from '../db/pool.js';
import { wardsGeoJson } from './units.repository.js';

/** GET /api/wards: the basemap's ward polygons. Computed once per process: wards change only by a seed. */
export function wardsRoutes(db: Db) {
  let cached: Promise<string> | null = null;
  return new Hono().get('/', async (c) => {
    cached ??= wardsGeoJson(db).catch((err: unknown) => {
      cached = null;
      throw err;
    });
    c.header('Content-Type', 'application/geo+json; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(await cached);
  });
}
