import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { LOCKS } from './locks.js';
import type { Db } from './pool.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const MIGRATION_FILE = /^(\d{4})-[a-z0-9-]+\.sql$/;
const MIGRATION_LOCK = LOCKS.MIGRATE; // one migrator at a time across instances

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The `NNNN-verb-object.sql` files in version order, without reading them. */
async function migrationFiles(dir: string): Promise<Omit<Migration, 'sql'>[]> {
  const files = (await readdir(dir)).filter((f) => MIGRATION_FILE.test(f)).sort();
  return files.map((name) => ({ version: Number(name.slice(0, 4)), name }));
}

/** Reads `NNNN-verb-object.sql` files in version order. */
async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  return Promise.all(
    (await migrationFiles(dir)).map(async (m) => ({ ...m, sql: await readFile(dir + m.name, 'utf8') })),
  );
}

/** Applies every migration not yet in schema_migrations, each in its own transaction. */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await loadMigrations(dir);
  const client = await db.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const doneSet = new Set(done.rows.map((r) => r.version));
    for (const m of migrations.filter((m) => !doneSet.has(m.version))) {
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
        applied.push(m.name);
      } catch (err) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${m.name} failed: ${(err as Error).message}`, { cause: err });
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
  return applied;
}

/** Versions present on disk but not applied; empty when the schema is current. */
export async function pendingMigrations(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await migrationFiles(dir); // the health check needs names, not the SQL
  const exists = await db.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
  if (!exists.rows[0]?.t) return migrations.map((m) => m.name);
  const done = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
  const doneSet = new Set(done.rows.map((r) => r.version));
  return migrations.filter((m) => !doneSet.has(m.version)).map((m) => m.name);
}
