// `npm run bench:data`: bulk import, exports and vector tiles on a real PostgreSQL, each figure
// beside a baseline measured in the same run (see bench/README.md, "Data phases").
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool } from '../server/src/db/pool.js';
import { installSignalHandlers, interruptedBy, onCleanup, runCleanup } from './cleanup.js';
import { nowMs } from './clock.js';
import { exportPhase, type ExportResult } from './data-export.js';
import { importRatePhase, type ImportRate } from './data-import.js';
import { seedReports } from './data-seed.js';
import { tilePhase, type TileResult } from './data-tiles.js';
import { prepareDatabase } from './database.js';
import { startListening } from './processes.js';

const log = (line: string) => console.error(`[bench:data] ${line}`);
const f0 = (n: number) => Math.round(n).toLocaleString('en-US');
const f1 = (n: number) => n.toFixed(1);

async function main(): Promise<void> {
  installSignalHandlers();
  const adminUrl = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const target = Number(process.env.BENCH_EXPORT_REPORTS ?? 1_000_000);
  const db = await prepareDatabase(null, adminUrl);
  const dir = await mkdtemp(join(tmpdir(), 'matthan-bench-data-'));
  onCleanup('remove bench data dir', () => rm(dir, { recursive: true, force: true }));
  const serve = () =>
    startListening('Mắt Thần server', 'server/src/main.ts', { env: { DATABASE_URL: db.url, MATTHAN_DATA_DIR: dir } });
  let server = await serve(); // applies the migrations and loads the wards
  const pool = createPool(db.url, 2);
  onCleanup('close bench pool', () => pool.end());
  try {
    log('(a) importing the three 311 samples, then COPY of the same rows');
    console.log(renderImport(await importRatePhase(pool, db.url, join(dir, 'rows.csv'))));
    // Seeded with the server stopped: a running server's live stream would replay every seeded
    // event, and its memory would not be idle any more. A new server starts tailing at the end.
    await server.stop();
    log(`seeding up to ${f0(target)} reports`);
    const t0 = nowMs();
    const reports = await seedReports(pool, target, new Date(), log);
    log(`${f0(reports)} reports in ${f1((nowMs() - t0) / 1000)} s; (b) exports`);
    server = await serve();
    console.log(renderExport(await exportPhase(server.url, server.pid, pool, reports)));
    log('(c) tiles');
    console.log(renderTiles(await tilePhase(server.url, pool)));
  } finally {
    await server.stop();
  }
}

function renderImport(a: ImportRate): string {
  return [
    '(a) Bulk import vs raw COPY (PostgreSQL, same rows, same indexed reports table)',
    `    importFile: ${f0(a.imported)} of ${f0(a.read)} rows in ${f1(a.importSeconds)} s = ${f0(a.importRowsPerSecond)} rows/s (incl. read, map, ward lookup, events)`,
    `    COPY:       ${f0(a.imported)} rows in ${a.copySeconds.toFixed(2)} s = ${f0(a.copyRowsPerSecond)} rows/s`,
    `    ratio:      ${a.ratio.toFixed(2)}× (bar ≥ 0.5×)`,
    '',
  ].join('\n');
}

function renderExport(b: ExportResult): string {
  return [
    `(b) Export of ${f0(b.reports)} reports (whole table, one request each)`,
    `    server idle RSS: ${f1(b.idleRssMb)} MB`,
    ...b.runs.map(
      (r) =>
        `    ${r.format.padEnd(7)} ${f0(r.rows)} rows, ${f1(r.megabytes)} MB in ${f1(r.seconds)} s = ${f0(r.rowsPerSecond)} rows/s, server peak RSS ${f1(r.peakRssMb)} MB (first half ${f1(r.halvesPeakRssMb[0])}, second half ${f1(r.halvesPeakRssMb[1])})`,
    ),
    `    baseline: raw keyset pages through pg, no encoding: ${f0(b.baselineRowsPerSecond)} rows/s`,
    '',
  ].join('\n');
}

function renderTiles(c: TileResult): string {
  const ms = (s: { p50: number; p95: number }) => `p50 ${f1(s.p50)} ms, p95 ${f1(s.p95)} ms`;
  return [
    '(c) Vector tiles: endpoint vs raw ST_AsMVT of the same tile’s points (30 alternating requests)',
    ...c.timings.map(
      (t) =>
        `    ${t.tile.padEnd(14)} ${String(t.bytes).padStart(7)} B  endpoint ${ms(t.ours)} | raw ${ms(t.raw)} | p50 ratio ${(t.ours.p50 / t.raw.p50).toFixed(2)}× (bar ≤ 1.5× for point tiles)`,
    ),
    `    zoom 12 around Hoàn Kiếm: cell tile ${f0(c.z12CellBytes)} B vs raw point tile ${f0(c.z12PointBytes)} B (${(c.z12PointBytes / Math.max(c.z12CellBytes, 1)).toFixed(1)}× smaller)`,
  ].join('\n');
}

main()
  .catch((err: unknown) => {
    if (interruptedBy()) return;
    console.error(`[bench:data] failed: ${(err as Error).stack ?? String(err)}`);
    process.exitCode = 1;
  })
  .finally(() => runCleanup());
