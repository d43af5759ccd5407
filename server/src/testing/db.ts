import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { inject } from 'vitest';
import { startEmbedded } from '../db/embedded.js';
import { createPool, EMBEDDED_POOL_SIZE, type Db } from '../db/pool.js';
import { DEFAULT_TEST_DATABASE_URL } from './global-setup.js';

export type Engine = 'embedded' | 'postgres';

export interface TestDatabase {
  engine: Engine;
  url: string;
  db: Db;
  close(): Promise<void>;
}

/** The engine this test run targets (one vitest project per engine). */
export function testEngine(): Engine {
  return process.env.MATTHAN_TEST_ENGINE === 'postgres' ? 'postgres' : 'embedded';
}

/**
 * A fresh database for one test file, copied from the migrated template with the 126 wards
 * and the categories loaded: a real PostGIS, on the engine of this run.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  return testEngine() === 'postgres' ? postgresCopy() : embeddedCopy();
}

async function embeddedCopy(): Promise<TestDatabase> {
  const dir = await mkdtemp(`${tmpdir()}/matthan-db-`);
  await cp(inject('dbTemplate'), dir, { recursive: true });
  const embedded = await startEmbedded(dir);
  const db = createPool(embedded.url, EMBEDDED_POOL_SIZE);
  return {
    engine: 'embedded',
    url: embedded.url,
    db,
    async close() {
      await db.end();
      await embedded.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function postgresCopy(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const name = `matthan_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('dbTemplate')}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = createPool(url.toString(), 10);
  return {
    engine: 'postgres',
    url: url.toString(),
    db,
    async close() {
      await db.end();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
