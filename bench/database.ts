// The bench's own SQL: creating and dropping its throwaway database, and reading back what the
// server stored. Everything else goes through the server's repositories or its HTTP API.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { findWardAt } from '../server/src/units/units.repository.js';
import type { LngLat } from '../server/src/contracts/common.js';
import { onCleanup } from './cleanup.js';
import type { DbWaits } from './results.js';

export interface BenchDatabase {
  url: string;
  /** true when the bench created it (and drops it at the end). */
  throwaway: boolean;
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** `existing`, or a new `matthan_bench_<random>` on `adminUrl`, dropped by the cleanup step. */
export async function prepareDatabase(existing: string | null, adminUrl: string): Promise<BenchDatabase> {
  if (existing) return { url: existing, throwaway: false };
  const name = `matthan_bench_${randomBytes(4).toString('hex')}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  onCleanup(`drop database ${name}`, () =>
    withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), throwaway: true };
}

export async function serverVersions(url: string): Promise<{ postgres: string; postgis: string }> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ v: string; g: string }>(
      "SELECT split_part(version(), ' on ', 1) AS v, coalesce((SELECT extversion FROM pg_extension WHERE extname = 'postgis'), '?') AS g",
    );
    return { postgres: rows[0]!.v, postgis: rows[0]!.g };
  });
}

/** The candidates that fall inside a ward (asked through the server's own repository), at most `max`. */
export async function locationsInsideWards(url: string, candidates: LngLat[], max: number): Promise<LngLat[]> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const inside: LngLat[] = [];
    for (const p of candidates) {
      if (inside.length >= max) break;
      if (await findWardAt(pool, p)) inside.push(p);
    }
    return inside;
  } finally {
    await pool.end();
  }
}

/** Descriptions of the stored reports that carry `marker` (a run tag and phase prefix). */
export async function storedDescriptions(url: string, marker: string): Promise<string[]> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ description: string }>(
      'SELECT description FROM reports WHERE strpos(description, $1) > 0',
      [marker],
    );
    return rows.map((r) => r.description);
  });
}

export async function countStored(url: string, marker: string): Promise<number> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM reports WHERE strpos(description, $1) > 0',
      [marker],
    );
    return rows[0]!.n;
  });
}

/**
 * Samples pg_stat_activity for the other connections to this database every `everyMs` until
 * stopped: where the server's transactions spend their time (running, waiting on a lock, or
 * waiting for the server to send the next statement).
 */
export function sampleDbWaits(url: string, everyMs = 100): { stop(): Promise<DbWaits> } {
  const client = new pg.Client({ connectionString: url });
  const counts = new Map<string, number>();
  let samples = 0;
  let stopped = false;
  const loop = (async () => {
    await client.connect();
    while (!stopped) {
      const { rows } = await client.query<{ what: string; n: number }>(
        `SELECT state || coalesce(' ' || wait_event_type || ':' || wait_event, '') AS what, count(*)::int AS n
         FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
         GROUP BY 1`,
      );
      samples++;
      for (const r of rows) counts.set(r.what, (counts.get(r.what) ?? 0) + r.n);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop.catch(() => {});
      await client.end().catch(() => {});
      const states = [...counts.entries()]
        .map(([what, n]) => ({ what, backends: n / Math.max(samples, 1) }))
        .sort((a, b) => b.backends - a.backends);
      return { samples, states };
    },
  };
}
