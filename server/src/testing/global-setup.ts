import { cp, mkdir, rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbedded } from '../db/embedded.js';
import { migrate } from '../db/migrate.js';
import { createPool } from '../db/pool.js';
import { loadReferenceData } from '../seed/reference.js';
import { templateFingerprint } from './template.js';

const CACHE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/matthan/', import.meta.url));
export const DEFAULT_TEST_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: string;
  }
}

/** Builds (once, cached) a migrated, reference-loaded template for the engine under test. */
export default async function setup(project: TestProject): Promise<void> {
  const engine = project.name === 'db:postgres' ? 'postgres' : 'embedded';
  const fp = await templateFingerprint();
  const template = engine === 'postgres' ? await postgresTemplate(fp) : await embeddedTemplate(fp);
  project.provide('dbTemplate', template);
}

async function prepare(url: string): Promise<void> {
  const pool = createPool(url, 1);
  try {
    await migrate(pool);
    await loadReferenceData(pool);
  } finally {
    await pool.end();
  }
}

async function embeddedTemplate(fp: string): Promise<string> {
  const dir = `${CACHE_DIR}pglite-template-${fp}`;
  if (await stat(`${dir}/PG_VERSION`).catch(() => null)) return dir;
  const building = `${dir}.building-${process.pid}`;
  await mkdir(CACHE_DIR, { recursive: true });
  const embedded = await startEmbedded(building);
  try {
    await prepare(embedded.url);
  } finally {
    await embedded.close();
  }
  await rm(dir, { recursive: true, force: true });
  await cp(building, dir, { recursive: true });
  await rm(building, { recursive: true, force: true });
  return dir;
}

async function postgresTemplate(fp: string): Promise<string> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const name = `matthan_tpl_${fp}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount) return name;
    const building = `${name}_b${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS ${building}`);
    await admin.query(`CREATE DATABASE ${building}`);
    const url = new URL(adminUrl);
    url.pathname = `/${building}`;
    await prepare(url.toString());
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    return name;
  } finally {
    await admin.end();
  }
}
