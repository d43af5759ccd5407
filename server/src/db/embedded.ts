import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  /** A connection string for the `pg` driver. */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts PostgreSQL + PostGIS in this process (PGlite) and serves it over the Postgres wire
 * protocol on 127.0.0.1, so the same `pg` code runs on it and on a real server.
 * `dataDir` undefined keeps the database in memory. It listens on loopback only.
 */
export async function startEmbedded(dataDir: string | undefined, port = 0): Promise<EmbeddedDatabase> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { postgis } });
  // maxConnections above 1 lets a pool connect; PGlite still runs one query at a time.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 64 });
  await server.start();
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return {
    url,
    async close() {
      await server.stop();
      // pglite-socket handles each connection's close on a later turn (setImmediate) and then asks
      // PGlite whether a transaction is open; asked after PGlite has closed, that throws an
      // unhandled TypeError. Let those turns run, and answer "no" to any that come later: a
      // closing database has no transaction to roll back.
      await new Promise((resolve) => setTimeout(resolve, 20));
      (db as unknown as { isInTransaction(): boolean }).isInTransaction = () => false;
      await db.close();
    },
  };
}
