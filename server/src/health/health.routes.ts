import { Hono } from 'hono';
import type { Db } from '../db/pool.js';
import type { Health } from '../contracts/health.js';
import { pendingMigrations } from '../db/migrate.js';

/** GET /api/health: 200 when the database answers and the schema is current, 503 otherwise. */
export function healthRoutes(db: Db, engine: 'embedded' | 'postgres') {
  return new Hono().get('/', async (c) => {
    try {
      const pending = await pendingMigrations(db);
      const ok = pending.length === 0;
      const body: Health = {
        status: ok ? 'ok' : 'degraded',
        engine,
        database: 'reachable',
        pendingMigrations: pending,
      };
      return c.json(body, ok ? 200 : 503);
    } catch (err) {
      const body: Health = { status: 'down', engine, database: 'unreachable', message: (err as Error).message };
      return c.json(body, 503);
    }
  });
}
