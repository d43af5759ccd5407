// `npx tsx bench/leaderboard.ts`: the unit leaderboard (GET /api/units/stats) over 1,000,000
// seeded reports on a real PostgreSQL, beside a bare count-per-unit of the same period measured
// in the same run. See bench/README.md ("Leaderboard").
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { migrate } from '../server/src/db/migrate.js';
import { createPool, type Db } from '../server/src/db/pool.js';
import { liveUnitStats } from '../server/src/leaderboard/stats-live.repository.js';
import { unitStats } from '../server/src/leaderboard/stats.repository.js';
import { loadReferenceData } from '../server/src/seed/reference.js';
import { seedDemoReports } from '../server/src/seed/seed.service.js';
import { signIn } from '../server/src/testing/auth.js';
import { installSignalHandlers, onCleanup, runCleanup } from './cleanup.js';
import { nowMs } from './clock.js';
import { prepareDatabase } from './database.js';
import { addLeaderboardActivity, BASELINE_SQL, forgetRollup, multiplyReports, periods } from './leaderboard-data.js';
import { ratio, summarize, type Summary } from './stats.js';

const log = (line: string) => console.error(`[bench] ${line}`);
const BAR_P95_MS = 200;

async function main(): Promise<void> {
  installSignalHandlers();
  const adminUrl = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const count = Number(process.env.BENCH_LEADERBOARD_REPORTS ?? 1_000_000);
  // Seeded one by one through the demo seeder, then copied in SQL up to `count` (see multiplyReports).
  const seeded = Math.min(count, Number(process.env.BENCH_LEADERBOARD_SEEDED ?? 200_000));
  const requests = Number(process.env.BENCH_LEADERBOARD_REQUESTS ?? 30);
  const db = await prepareDatabase(process.env.BENCH_LEADERBOARD_DATABASE_URL ?? null, adminUrl);
  const pool = createPool(db.url, 4);
  onCleanup('close leaderboard pool', () => pool.end().catch(() => {}));
  const now = new Date();
  const seedSeconds = await ensureSeeded(pool, seeded, Math.round(count / seeded), now);
  const stored = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM reports')).rows[0]!.n);
  const app = await appOn(pool, () => now);
  const planner = await signIn(pool, 'planner');
  const qs = periods(requests, now, 30);

  const query = async (p: (typeof qs)[number]) => time(() => unitStats(pool, p.from, p.to, now));
  const baseline = async (p: (typeof qs)[number]) => time(() => pool.query(BASELINE_SQL, [p.from, p.to]));
  const endpoint = async (p: (typeof qs)[number]) =>
    time(async () => {
      const url = `/api/units/stats?from=${p.from.toISOString()}&to=${p.to.toISOString()}`;
      const res = await app.request(url, { headers: planner.headers });
      if (res.status !== 200) throw new Error(`GET /api/units/stats: ${res.status} ${await res.text()}`);
      await res.json();
    });
  const live = async (p: (typeof qs)[number]) => time(() => liveUnitStats(pool, p.from, p.to, now));
  await forgetRollup(pool); // the first call rolls up the period's finished days: timed on its own
  const firstCall = await query(qs[0]!);
  await query(qs[0]!); // warm-up: plans and caches, not counted
  await baseline(qs[0]!);
  await endpoint(qs[0]!);
  await live(qs[0]!);
  const ours: number[] = [];
  const http: number[] = [];
  const base: number[] = [];
  const plain: number[] = [];
  for (const p of qs) {
    base.push(await baseline(p));
    ours.push(await query(p));
    http.push(await endpoint(p));
    plain.push(await live(p));
  }
  print(
    { stored, seeded, seedSeconds, periods: requests, firstCall },
    { ours: summarize(ours), http: summarize(http), base: summarize(base), plain: summarize(plain) },
  );
}

/** Seeds the demo reports (with deadlines) plus ratings and reopenings, unless the database has reports. */
async function ensureSeeded(pool: Db, count: number, factor: number, now: Date): Promise<number | null> {
  await migrate(pool);
  const exists = async (sql: string) =>
    (await pool.query<{ any: boolean }>(`SELECT EXISTS (${sql}) AS any`)).rows[0]!.any;
  const t0 = nowMs();
  const seeded = await exists('SELECT 1 FROM reports');
  if (!seeded) await seed(pool, count, now, t0);
  if (await exists(`SELECT 1 FROM reports WHERE tracking_code LIKE 'BENCH-%'`)) return seeded ? null : 0;
  log(`leaderboard: copying them ${factor}×`);
  await multiplyReports(pool, factor);
  await forgetRollup(pool);
  await addLeaderboardActivity(pool);
  // As autovacuum soon would: fresh statistics for the planner and a visibility map for index-only scans.
  await pool.query('VACUUM ANALYZE reports, report_holdings, report_ratings, report_events');
  return (nowMs() - t0) / 1000;
}

async function seed(pool: Db, count: number, now: Date, t0: number): Promise<void> {
  await loadReferenceData(pool);
  log(`leaderboard: seeding ${count.toLocaleString('en-US')} reports`);
  let next = 100_000;
  await seedDemoReports(pool, {
    count,
    now,
    seed: 11,
    onProgress: (done) => {
      if (done < next) return;
      log(`leaderboard: seeded ${done.toLocaleString('en-US')} (${((done * 1000) / (nowMs() - t0)).toFixed(0)}/s)`);
      next += 100_000;
    },
  });
}

async function appOn(pool: Db, clock: () => Date) {
  const mediaDir = await mkdtemp(join(tmpdir(), 'matthan-bench-leaderboard-'));
  onCleanup('remove leaderboard media dir', () => rm(mediaDir, { recursive: true, force: true }));
  const config = loadConfig({ MATTHAN_MEDIA_DIR: mediaDir, MATTHAN_DASHBOARD_DIR: join(mediaDir, 'none') });
  return createApp({
    db: pool,
    broadcaster: { announce: () => {}, teamMoved: () => {} },
    tileEncoding: 'node',
    config,
    engine: 'postgres',
    clock,
  }).app;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = nowMs();
  await fn();
  return nowMs() - t0;
}

interface Figures {
  stored: number;
  seeded: number;
  seedSeconds: number | null;
  periods: number;
  /** The first call on an empty rollup, which rolls up the period's finished days (ms). */
  firstCall: number;
}

function print(
  { stored, seeded, seedSeconds, periods: n, firstCall }: Figures,
  { ours, http, base, plain }: Record<'ours' | 'http' | 'base' | 'plain', Summary>,
) {
  const f = (x: number) => x.toFixed(1).padStart(8);
  const row = (name: string, s: Summary) => `${name.padEnd(34)}${f(s.p50)}${f(s.p95)}${f(s.p99)}${f(s.max)}`;
  console.log(
    [
      `Leaderboard over ${stored.toLocaleString('en-US')} reports (${seeded.toLocaleString('en-US')} seeded, the rest copies)` +
        (seedSeconds === null ? ' (existing database)' : ` (seeded in ${seedSeconds.toFixed(0)} s)`) +
        `, ${n} periods of 30 days, one at a time`,
      `${''.padEnd(34)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}  (ms)`,
      row('unitStats SQL (the leaderboard)', ours),
      row('GET /api/units/stats (in-process)', http),
      row('baseline: count(*) GROUP BY unit', base),
      row('live SQL, no rollup (as before)', plain),
      `first call on an empty rollup (rolls up ~30 days): ${firstCall.toFixed(1)} ms`,
      `p95 ratio to baseline: query ${ratio(ours.p95, base.p95).toFixed(2)}×, endpoint ${ratio(http.p95, base.p95).toFixed(2)}×`,
      `bar: p95 < ${BAR_P95_MS} ms — query ${ours.p95 < BAR_P95_MS ? 'PASS' : 'FAIL'}, endpoint ${http.p95 < BAR_P95_MS ? 'PASS' : 'FAIL'}`,
    ].join('\n'),
  );
}

main()
  .catch((err: unknown) => {
    console.error(`[bench] leaderboard failed: ${(err as Error).stack ?? String(err)}`);
    process.exitCode = 1;
  })
  .finally(() => runCleanup());
