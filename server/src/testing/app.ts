import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { Broadcaster } from '../realtime/broadcaster.js';
import { detectTileEncoding } from '../tiles/tiles.repository.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export interface TestApp {
  app: ReturnType<typeof createApp>['app'];
  mediaDir: string;
  announced: () => number;
  /** Every file under the media folder (relative paths). */
  mediaFiles(): Promise<string[]>;
  close(): Promise<void>;
}

/** The real HTTP app on a test database, with a temporary media folder and a counting broadcaster. */
export async function createTestApp(t: TestDatabase, broadcaster?: Broadcaster, clock?: () => Date): Promise<TestApp> {
  const mediaDir = await mkdtemp(`${tmpdir()}/matthan-media-`);
  let count = 0;
  const b: Broadcaster = broadcaster ?? { announce: () => void count++, teamMoved: () => {} };
  const config = loadConfig({ MATTHAN_MEDIA_DIR: mediaDir, MATTHAN_DASHBOARD_DIR: `${mediaDir}/no-dashboard` });
  const tileEncoding = await detectTileEncoding(t.db);
  const { app } = createApp({ db: t.db, broadcaster: b, config, engine: t.engine, tileEncoding, clock });
  return {
    app,
    mediaDir,
    announced: () => count,
    mediaFiles: async () =>
      (await readdir(mediaDir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name),
    close: () => rm(mediaDir, { recursive: true, force: true }),
  };
}

/** Row counts that a rejected request must leave unchanged. */
export interface RowCounts {
  reports: number;
  events: number;
  media: number;
  contacts: number;
}

export async function countRows(t: TestDatabase): Promise<RowCounts> {
  const { rows } = await t.db.query<RowCounts>(
    `SELECT (SELECT count(*)::int FROM reports) AS reports, (SELECT count(*)::int FROM report_events) AS events,
            (SELECT count(*)::int FROM report_media) AS media, (SELECT count(*)::int FROM report_contacts) AS contacts`,
  );
  return rows[0]!;
}

export const HOAN_KIEM: [number, number] = [105.8542, 21.0285];

export function jsonPost(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/**
 * For a test file: a fresh database and the app on it, made before the tests and removed after.
 * Read `ctx.t` and `ctx.a` inside tests (they exist once beforeAll has run).
 */
export function useTestApp(): { t: TestDatabase; a: TestApp } {
  const ctx = {} as { t: TestDatabase; a: TestApp };
  beforeAll(async () => {
    ctx.t = await createTestDatabase();
    ctx.a = await createTestApp(ctx.t);
  });
  afterAll(async () => {
    await ctx.a?.close();
    await ctx.t?.close();
  });
  return ctx;
}
