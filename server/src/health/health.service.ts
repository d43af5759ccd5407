import type { Health } from '../contracts/health.js';
import { pendingMigrations } from '../db/migrate.js';
import type { Db } from '../db/pool.js';

export interface HealthService {
  /** Whether the database answers and its schema is current. */
  check(): Promise<Health>;
}

export function createHealthService(db: Db, engine: Health['engine']): HealthService {
  return {
    async check() {
      try {
        const pending = await pendingMigrations(db);
        const ok = pending.length === 0;
        return { status: ok ? 'ok' : 'degraded', engine, database: 'reachable', pendingMigrations: pending };
      } catch (err) {
        return { status: 'down', engine, database: 'unreachable', message: (err as Error).message };
      }
    },
  };
}
