import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  MATTHAN_DATA_DIR: z.string().default(resolve(ROOT, '.data')),
  MATTHAN_MEDIA_DIR: z.string().optional(),
  MATTHAN_BASEMAP_STYLE_URL: z.string().url().optional(),
  MATTHAN_DEMO_REPORTS: z.coerce.number().int().min(0).default(5000),
  MATTHAN_DASHBOARD_DIR: z.string().default(resolve(ROOT, 'dashboard/dist')),
  MATTHAN_DB_POOL: z.coerce.number().int().min(1).max(200).default(20),
  MATTHAN_EMBEDDED_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  MATTHAN_DEMO_PASSWORD: z.string().min(10).default('matthan-demo'),
});

export interface Config {
  port: number;
  host: string;
  /** A real PostgreSQL + PostGIS; undefined starts the embedded engine in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  mediaDir: string;
  basemapStyleUrl: string | null;
  demoReports: number;
  dashboardDir: string;
  dbPoolSize: number;
  /** Port of the embedded engine's Postgres wire server on 127.0.0.1 (0: any free port). */
  embeddedPort: number;
  /** Password of the embedded engine's demo accounts (never used with a real database). */
  demoPassword: string;
  upload: { maxFiles: number; maxFileBytes: number; maxJsonBytes: number };
  map: { center: [number, number]; zoom: number };
}

/** Reads the configuration from environment variables; secrets come only from there. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = Env.parse(env);
  const dataDir = resolve(e.MATTHAN_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    mediaDir: resolve(e.MATTHAN_MEDIA_DIR ?? resolve(dataDir, 'media')),
    basemapStyleUrl: e.MATTHAN_BASEMAP_STYLE_URL ?? null,
    demoReports: e.MATTHAN_DEMO_REPORTS,
    dashboardDir: e.MATTHAN_DASHBOARD_DIR,
    dbPoolSize: e.MATTHAN_DB_POOL,
    embeddedPort: e.MATTHAN_EMBEDDED_PORT,
    demoPassword: e.MATTHAN_DEMO_PASSWORD,
    upload: { maxFiles: 5, maxFileBytes: 10 * 1024 * 1024, maxJsonBytes: 64 * 1024 },
    map: { center: [105.8542, 21.0285], zoom: 11 },
  };
}
