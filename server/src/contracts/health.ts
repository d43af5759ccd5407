import { z } from 'zod';

/** GET /api/health. Example: `{ status: 'ok', engine: 'postgres', database: 'reachable', pendingMigrations: [] }`. */
export const Health = z
  .object({
    status: z.enum(['ok', 'degraded', 'down']).describe('ok: serving; degraded: migrations pending; down: no database'),
    engine: z.enum(['embedded', 'postgres']).describe('Embedded PGlite engine or a real PostgreSQL'),
    database: z.enum(['reachable', 'unreachable']),
    pendingMigrations: z.array(z.string()).optional().describe('Migration files not yet applied'),
    message: z.string().optional().describe('Why the database is unreachable'),
  })
  .describe('Health of the server and its database');
export type Health = z.infer<typeof Health>;
