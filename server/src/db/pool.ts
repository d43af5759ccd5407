import pg from 'pg';

export type Db = pg.Pool;
export type Tx = pg.PoolClient;
/** Anything that runs a query: the pool, or a client inside a transaction. */
export type Queryable = Db | Tx;

// BIGINT (int8) comes back as a string by default; our BIGINTs are H3 cells and seqs, which
// repositories convert explicitly (BigInt for cells, Number for seqs), so keep the default.

/**
 * The embedded engine is one PostgreSQL session shared by every socket connection, and
 * pglite-socket interleaves the messages of concurrent extended-protocol queries (Parse, Bind,
 * Execute…) from different connections, which breaks them ("unnamed prepared statement does
 * not exist"). One pooled connection serialises queries in Node instead; PGlite runs one query
 * at a time anyway, so nothing is lost.
 */
export const EMBEDDED_POOL_SIZE = 1;

/** Opens a pool. `max` stays small on the embedded engine, where queries run one at a time anyway. */
export function createPool(connectionString: string, max = 20): Db {
  // A server that never answers must fail with a message, not hang a CLI or the start-up forever.
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 30_000 });
  // An idle client's error (the server went away) must not crash the process; the next
  // query on a fresh client reports it instead.
  pool.on('error', () => {});
  return pool;
}

/**
 * Runs `fn` inside one transaction on one client. Never await another pool client inside
 * `fn`: on the embedded engine every other connection waits for this transaction to end.
 */
export async function withTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
