// Dispatch phase: GET /api/reports/:id/recommendations with 500 field teams, beside the bare KNN
// query it is built on, through pg, in the same run. `npx tsx bench/dispatch.ts` runs it alone.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApp } from '../server/src/app.js';
import { createAuthService } from '../server/src/auth/auth.service.js';
import { loadConfig } from '../server/src/config.js';
import { createLoginLimiter } from '../server/src/auth/login-limiter.js';
import { Recommendations } from '../server/src/contracts/dispatch.js';
import { createPool, type Db } from '../server/src/db/pool.js';
import { seedDemoReports } from '../server/src/seed/seed.service.js';
import { installSignalHandlers, interruptedBy, onCleanup, runCleanup } from './cleanup.js';
import { nowMs } from './clock.js';
import { prepareDatabase } from './database.js';
import { KNN_SQL, openReports, seedTeams, spreadWorkload } from './dispatch-data.js';
import { fmtMs, fmtRatio, renderTable } from './format.js';
import { ROOT, startListening } from './processes.js';
import { ratio, summarize, type Summary } from './stats.js';

const log = (line: string) => console.error(`[bench] ${line}`);

export interface DispatchResult {
  teams: number;
  reports: number;
  requests: number;
  /** GET /api/reports/:id/recommendations?n=5 over HTTP to the server process, one at a time, milliseconds. */
  ours: Summary;
  /** The same request to the app in the bench process (`app.request`): no socket, no second process. */
  inProcess: Summary;
  /** The bare KNN query (the 25 nearest available teams — the server’s candidate pool for n = 5 — with their distance) through pg. */
  baseline: Summary;
  failures: number;
  barP95Ms: number;
}

export async function dispatchPhase(
  adminUrl: string,
  teams = 500,
  reports = 20_000,
  requests = 300,
): Promise<DispatchResult> {
  const db = await prepareDatabase(null, adminUrl);
  const dataDir = await mkdtemp(join(tmpdir(), 'matthan-bench-dispatch-'));
  onCleanup('remove dispatch server data dir', () => rm(dataDir, { recursive: true, force: true }));
  const server = await startListening('dispatch server', 'server/src/main.ts', {
    env: { DATABASE_URL: db.url, MATTHAN_DATA_DIR: dataDir },
  });
  const pool = createPool(db.url, 4);
  try {
    log(`dispatch: seeding ${reports.toLocaleString('en-US')} reports and ${teams} teams`);
    await seedDemoReports(pool, { count: reports, now: new Date(), seed: 11 });
    await seedTeams(pool, teams, 17);
    const held = await spreadWorkload(pool, 0.2);
    log(`dispatch: ${held} open reports held by teams; ${requests} requests and KNN queries, alternating`);
    const headers = await dispatcherHeaders(pool);
    const targets = await openReports(pool, requests);
    const path = (id: string) => `/api/reports/${id}/recommendations?n=5`;
    const get = (id: string) => timed(() => fetch(new URL(path(id), server.url), { headers }));
    const app = await appOn(pool, dataDir);
    const local = (id: string) => timed(async () => app.request(path(id), { headers }));
    const sql = async ([lng, lat]: readonly number[]) => {
      const t0 = nowMs();
      await pool.query(KNN_SQL, [lng, lat]);
      return nowMs() - t0;
    };
    // Warm-up (connections, plans, JIT), one after another.
    for (const t of targets.slice(0, 10)) {
      await get(t.id);
      await local(t.id);
      await sql(t.location);
    }
    const ours: number[] = [];
    const inProcess: number[] = [];
    const baseline: number[] = [];
    let failures = 0;
    for (const t of targets) {
      baseline.push(await sql(t.location));
      const r = await get(t.id);
      const l = await local(t.id);
      ours.push(r.ms);
      inProcess.push(l.ms);
      if (!r.ok || !l.ok) failures++;
    }
    return {
      teams,
      reports,
      requests: targets.length,
      ours: summarize(ours),
      inProcess: summarize(inProcess),
      baseline: summarize(baseline),
      failures,
      barP95Ms: 50,
    };
  } finally {
    await pool.end().catch(() => {});
    await server.stop();
  }
}

async function dispatcherHeaders(db: Db): Promise<Record<string, string>> {
  const auth = createAuthService(db, createLoginLimiter(), () => new Date());
  const user = await auth.createUser({
    username: 'bench-dispatcher',
    displayName: 'Bench dispatcher',
    role: 'dispatcher',
    unitCode: null,
    teamId: null,
    password: 'bench password, not secret',
  });
  const { token } = await auth.openSession(user.id, 'bearer');
  return { authorization: `Bearer ${token}` };
}

async function appOn(pool: Db, dir: string) {
  const config = loadConfig({ MATTHAN_MEDIA_DIR: join(dir, 'media'), MATTHAN_DASHBOARD_DIR: join(dir, 'none') });
  return createApp({
    db: pool,
    broadcaster: { announce: () => {}, teamMoved: () => {} },
    config,
    engine: 'postgres',
    tileEncoding: 'node',
  }).app;
}

/** Time to the parsed body; ok when it is a full answer of 5 teams. */
async function timed(request: () => Promise<Response>): Promise<{ ms: number; ok: boolean }> {
  const t0 = nowMs();
  const res = await request();
  const body: unknown = await res.json();
  const ms = nowMs() - t0;
  return { ms, ok: res.status === 200 && Recommendations.safeParse(body).data?.items.length === 5 };
}

export function renderDispatch(r: DispatchResult): string {
  const row = (name: string, pick: (s: Summary) => number, bar = '') => [
    name,
    fmtMs(pick(r.ours)),
    fmtMs(pick(r.inProcess)),
    fmtMs(pick(r.baseline)),
    fmtRatio(ratio(pick(r.ours), pick(r.baseline))),
    bar,
  ];
  const verdict = r.ours.p95 < r.barP95Ms && r.failures === 0 ? 'PASS' : 'FAIL';
  return [
    `Dispatch: recommendations for ${r.requests} reports, ${r.teams} teams, ${r.reports.toLocaleString('en-US')} reports (${r.failures} failed)`,
    renderTable(
      ['Latency', 'GET /recommendations?n=5 (HTTP)', 'Same, in-process', 'Bare KNN SQL (pg)', 'HTTP/baseline', 'Bar'],
      [
        row('p50', (s) => s.p50),
        row('p95', (s) => s.p95, `< ${r.barP95Ms} ms: ${verdict}`),
        row('p99', (s) => s.p99),
        row('max', (s) => s.max),
      ],
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  installSignalHandlers();
  const adminUrl = process.env.BENCH_ADMIN_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
  const result = await dispatchPhase(adminUrl);
  const dir = join(ROOT, 'bench/results');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'dispatch.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(renderDispatch(result));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main()
    .catch((err: unknown) => {
      if (interruptedBy()) return;
      console.error(`[bench] failed: ${(err as Error).stack ?? String(err)}`);
      process.exitCode = 1;
    })
    .finally(() => runCleanup());
}
