// Phase 6 (opt-in, BENCH_HOTSPOTS=1): GET /api/hotspots on its own throwaway database of seeded
// reports, beside the raw count-per-cell SQL it is built on. Seeding 1,000,000 reports takes
// minutes, which is why the default run leaves it out.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { Category } from '../server/src/contracts/category.js';
import { createPool } from '../server/src/db/pool.js';
import { seedDemoReports } from '../server/src/seed/seed.service.js';
import { onCleanup } from './cleanup.js';
import { nowMs } from './clock.js';
import { prepareDatabase } from './database.js';
import { hotspotQueries, type EndpointResult } from './hotspot-endpoint-results.js';
import { startListening } from './processes.js';
import { summarize } from './stats.js';

const log = (line: string) => console.error(`[bench] ${line}`);
const RES = 8;
const K = 1;
const DAYS = 30;

// The bench's own copy of the server's count-per-cell query: the baseline is what the database alone costs.
const COUNT_SQL = `SELECT h3_parent(r.h3, $1)::text AS cell, count(*)::int AS n FROM reports r
  WHERE r.created_at >= $2::timestamptz AND r.created_at < $3::timestamptz
    AND ($4::text[] IS NULL OR r.category = ANY($4::text[]))
  GROUP BY 1 ORDER BY 1`;

export async function hotspotEndpointPhase(adminUrl: string, reports: number, requests = 30): Promise<EndpointResult> {
  const db = await prepareDatabase(null, adminUrl);
  const dataDir = await mkdtemp(join(tmpdir(), 'matthan-bench-hotspots-'));
  onCleanup('remove hotspot server data dir', () => rm(dataDir, { recursive: true, force: true }));
  const server = await startListening('hotspot server', 'server/src/main.ts', {
    env: { DATABASE_URL: db.url, MATTHAN_DATA_DIR: dataDir },
  });
  const pool = createPool(db.url, 2);
  try {
    const now = new Date();
    const seedSeconds = await seed(pool, reports, now);
    const categories = await categoryCodes(server.url);
    const queries = hotspotQueries(requests, now, DAYS, categories);
    const get = (q: (typeof queries)[number]) => timedGet(hotspotsUrl(server.url, q));
    const sql = async (q: (typeof queries)[number]) => {
      const t0 = nowMs();
      await pool.query(COUNT_SQL, [RES, q.from, q.to, q.category ? [q.category] : null]);
      return nowMs() - t0;
    };
    // Warm-up: the first request computes the study region's cells, which the server then keeps.
    const first = await get({ from: new Date(now.getTime() - 40 * 86_400_000).toISOString(), to: now.toISOString() });
    await sql(queries[0]!);
    log(`hotspots: ${requests} uncached requests and raw SQL queries, then ${requests} cached repeats`);
    const ours: number[] = [];
    const baseline: number[] = [];
    let failures = first.ok ? 0 : 1;
    for (const q of queries) {
      baseline.push(await sql(q));
      const r = await get(q);
      ours.push(r.ms);
      if (!r.ok) failures++;
    }
    const cached: number[] = [];
    for (let i = 0; i < requests; i++) cached.push((await get(queries[queries.length - 1]!)).ms);
    return {
      reports,
      seedSeconds,
      res: RES,
      k: K,
      studyRegionCells: first.studyRegionCells,
      ours: summarize(ours),
      cached: summarize(cached),
      baseline: summarize(baseline),
      failures,
      barP95Ms: 300,
    };
  } finally {
    await pool.end().catch(() => {});
    await server.stop();
  }
}

async function seed(pool: ReturnType<typeof createPool>, count: number, now: Date): Promise<number> {
  log(`hotspots: seeding ${count.toLocaleString('en-US')} reports`);
  const t0 = nowMs();
  let next = 100_000;
  await seedDemoReports(pool, {
    count,
    now,
    seed: 7,
    onProgress: (done) => {
      if (done < next) return;
      log(`hotspots: seeded ${done.toLocaleString('en-US')} (${((done * 1000) / (nowMs() - t0)).toFixed(0)}/s)`);
      next += 100_000;
    },
  });
  await pool.query('ANALYZE reports'); // the planner should see the table as it now is, as autovacuum soon would
  return (nowMs() - t0) / 1000;
}

async function categoryCodes(serverUrl: string): Promise<string[]> {
  const res = await fetch(new URL('/api/categories', serverUrl));
  return z
    .array(Category)
    .parse(await res.json())
    .map((c) => c.code);
}

function hotspotsUrl(serverUrl: string, q: { from: string; to: string; category?: string }): URL {
  const url = new URL('/api/hotspots', serverUrl);
  url.search = new URLSearchParams({ res: String(RES), k: String(K), ...q }).toString();
  return url;
}

async function timedGet(url: URL): Promise<{ ms: number; ok: boolean; studyRegionCells: number }> {
  const t0 = nowMs();
  const res = await fetch(url);
  const body = (await res.json()) as { studyRegionCells?: number };
  return { ms: nowMs() - t0, ok: res.status === 200, studyRegionCells: body.studyRegionCells ?? Number.NaN };
}
