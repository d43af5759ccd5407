// `npx tsx bench/planning-series.ts`: the planning time slider's data on a real PostgreSQL —
// one GET /api/cells/series for a year of weekly (and daily) frames, beside the alternative it
// replaces measured in the same run: one GET /api/cells per frame. Also a hexagon's drill-down
// (the `cell` filter). Prints the load average beside the figures.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import type { CellSeriesResponse } from '../server/src/contracts/planning.js';
import { migrate } from '../server/src/db/migrate.js';
import { createPool, type Db } from '../server/src/db/pool.js';
import { loadReferenceData } from '../server/src/seed/reference.js';
import { seedDemoReports } from '../server/src/seed/seed.service.js';
import { installSignalHandlers, onCleanup, runCleanup } from './cleanup.js';
import { nowMs } from './clock.js';
import { prepareDatabase } from './database.js';
import { ratio, summarize, type Summary } from './stats.js';

const log = (line: string) => console.error(`[bench] ${line}`);
const DAY_MS = 86_400_000;

async function main(): Promise<void> {
  installSignalHandlers();
  const adminUrl = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const count = Number(process.env.BENCH_PLANNING_REPORTS ?? 100_000);
  const rounds = Number(process.env.BENCH_PLANNING_ROUNDS ?? 7);
  const db = await prepareDatabase(process.env.BENCH_PLANNING_DATABASE_URL ?? null, adminUrl);
  const pool = createPool(db.url, 4);
  onCleanup('close planning pool', () => pool.end().catch(() => {}));
  const now = new Date();
  const seedSeconds = await ensureSeeded(pool, count, now);
  const app = await appOn(pool, () => now);
  const get = async (url: string) => {
    const res = await app.request(url);
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    return res.text();
  };
  const to = new Date(now.getTime() - (now.getTime() % DAY_MS));
  const from = new Date(to.getTime() - 364 * DAY_MS);
  const period = `from=${from.toISOString()}&to=${to.toISOString()}`;
  const week = await get(`/api/cells/series?res=8&bucket=week&${period}`);
  const frames = (JSON.parse(week) as CellSeriesResponse).frames;
  const day = await get(`/api/cells/series?res=8&bucket=day&${period}`);
  const perFrame = async () => {
    for (let i = 0; i < frames.length; i++) {
      const end = frames[i + 1]?.start ?? to.toISOString();
      await get(`/api/cells?res=8&from=${new Date(frames[i]!.start).toISOString()}&to=${end}`);
    }
  };
  const cell = busiestCell(JSON.parse(week) as CellSeriesResponse);
  const drill = async () => {
    await get(`/api/reports/breakdown?cell=${cell}&${period}`);
    await get(`/api/reports?cell=${cell}&limit=20&${period}`);
  };
  const measured = { weekly: [] as number[], daily: [] as number[], perFrame: [] as number[], drill: [] as number[] };
  for (let r = 0; r <= rounds; r++) {
    const round = {
      weekly: await time(() => get(`/api/cells/series?res=8&bucket=week&${period}`)),
      daily: await time(() => get(`/api/cells/series?res=8&bucket=day&${period}`)),
      perFrame: await time(perFrame),
      drill: await time(drill),
    };
    if (r === 0) continue; // warm-up: plans and caches, not counted
    for (const k of Object.keys(measured) as (keyof typeof measured)[]) measured[k].push(round[k]);
  }
  const stored = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM reports')).rows[0]!.n);
  const s = (k: keyof typeof measured) => summarize(measured[k]);
  print(
    { stored, seedSeconds, rounds, frames: frames.length, weekBytes: week.length, dayBytes: day.length, cell },
    { weekly: s('weekly'), daily: s('daily'), perFrame: s('perFrame'), drill: s('drill') },
  );
}

function busiestCell(series: CellSeriesResponse): string {
  const totals = new Map<string, number>();
  for (const f of series.frames) for (const c of f.cells) totals.set(c.cell, (totals.get(c.cell) ?? 0) + c.count);
  return [...totals].sort((a, b) => b[1] - a[1])[0]![0];
}

async function ensureSeeded(pool: Db, count: number, now: Date): Promise<number | null> {
  await migrate(pool);
  const { rows } = await pool.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM reports) AS any');
  if (rows[0]!.any) return null;
  const t0 = nowMs();
  await loadReferenceData(pool);
  log(`planning: seeding ${count.toLocaleString('en-US')} reports over a year`);
  await seedDemoReports(pool, { count, now, days: 365, seed: 5 });
  await pool.query('VACUUM ANALYZE reports');
  return (nowMs() - t0) / 1000;
}

async function appOn(pool: Db, clock: () => Date) {
  const mediaDir = await mkdtemp(join(tmpdir(), 'matthan-bench-planning-'));
  onCleanup('remove planning media dir', () => rm(mediaDir, { recursive: true, force: true }));
  const config = loadConfig({ MATTHAN_MEDIA_DIR: mediaDir, MATTHAN_DASHBOARD_DIR: join(mediaDir, 'none') });
  const broadcaster = { announce: () => {}, teamMoved: () => {} };
  return createApp({ db: pool, broadcaster, tileEncoding: 'node', config, engine: 'postgres', clock }).app;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = nowMs();
  await fn();
  return nowMs() - t0;
}

interface Figures {
  stored: number;
  seedSeconds: number | null;
  rounds: number;
  frames: number;
  weekBytes: number;
  dayBytes: number;
  cell: string;
}

function print(f: Figures, s: { weekly: Summary; daily: Summary; perFrame: Summary; drill: Summary }) {
  const n = (x: number) => x.toFixed(1).padStart(9);
  const row = (name: string, x: Summary) => `${name.padEnd(52)}${n(x.p50)}${n(x.p95)}${n(x.max)}`;
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KiB`;
  console.log(
    [
      `Planning series over ${f.stored.toLocaleString('en-US')} reports in a year` +
        (f.seedSeconds === null ? ' (existing database)' : ` (seeded in ${f.seedSeconds.toFixed(0)} s)`) +
        `, res 8, ${f.rounds} rounds, in-process HTTP`,
      `${''.padEnd(52)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'max'.padStart(9)}  (ms)`,
      row(`GET /api/cells/series, ${f.frames} weekly frames (${kb(f.weekBytes)})`, s.weekly),
      row(`GET /api/cells/series, daily frames (${kb(f.dayBytes)})`, s.daily),
      row(`baseline: ${f.frames} × GET /api/cells, one per week`, s.perFrame),
      row(`drill-down of ${f.cell}: breakdown + a page of reports`, s.drill),
      `p50 ratio, weekly series to one /api/cells per frame: ${ratio(s.weekly.p50, s.perFrame.p50).toFixed(2)}×`,
      `load average (1, 5, 15 min) after: ${loadavg()
        .map((x) => x.toFixed(2))
        .join(', ')}`,
    ].join('\n'),
  );
}

main()
  .catch((err: unknown) => {
    console.error(`[bench] planning failed: ${(err as Error).stack ?? String(err)}`);
    process.exitCode = 1;
  })
  .finally(() => runCleanup());
