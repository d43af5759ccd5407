import type { Config } from '../config.js';
import { lockDataDir } from './data-dir-lock.js';
import { startEmbedded } from './embedded.js';
import { migrate } from './migrate.js';
import { createPool, EMBEDDED_POOL_SIZE, type Db } from './pool.js';
import { ensureReferenceData } from '../seed/reference.js';

export interface OpenDatabase {
  db: Db;
  engine: 'embedded' | 'postgres';
  close(): Promise<void>;
}

/**
 * DATABASE_URL → that PostgreSQL + PostGIS; otherwise the embedded engine in the data folder.
 * Either way: migrations applied and the wards and categories loaded before anything is served.
 */
export async function openDatabase(
  config: Config,
  log: (line: string) => void,
  owner = 'the server',
): Promise<OpenDatabase> {
  let close = async () => {};
  let url = config.databaseUrl;
  const engine = url ? 'postgres' : 'embedded';
  if (!url) {
    const lock = await lockDataDir(config.dataDir, owner);
    log(`[matthan] starting the embedded PostgreSQL + PostGIS in ${config.dataDir} (the first start takes ~20 s)`);
    const embedded = await startEmbedded(`${config.dataDir}/pg`, config.embeddedPort).catch(async (err: unknown) => {
      await lock.release();
      throw err;
    });
    url = embedded.url;
    close = async () => {
      await embedded.close();
      await lock.release();
    };
  }
  const db = createPool(url, engine === 'embedded' ? EMBEDDED_POOL_SIZE : config.dbPoolSize);
  try {
    const applied = await migrate(db);
    if (applied.length) log(`[matthan] applied migrations: ${applied.join(', ')}`);
    const loaded = await ensureReferenceData(db);
    if (loaded) log(`[matthan] loaded ${loaded.wards} wards and ${loaded.categories} categories`);
  } catch (err) {
    await db.end().catch(() => {});
    await close();
    throw explain(err as Error, engine);
  }
  return {
    db,
    engine,
    async close() {
      await db.end();
      await close();
    },
  };
}

function explain(err: Error, engine: string): Error {
  const m = err.message;
  if (/ECONNREFUSED|ENOTFOUND|timeout/i.test(m)) {
    return new Error(`cannot reach the database (${m}). Check DATABASE_URL, or unset it to use the embedded engine.`);
  }
  if (/postgis/i.test(m) && engine === 'postgres') {
    return new Error(
      `${m}. Install PostGIS 3.3+ on that server (Debian: apt-get install postgresql-15-postgis-3) or use docker compose up.`,
    );
  }
  return err;
}
