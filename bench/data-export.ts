// Phase (b) of `npm run bench:data`: the whole reports table streamed from the server as NDJSON,
// CSV and GeoJSON, sampling the server's resident memory, beside the same keyset pages read raw through pg.
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import type { ExportFormat } from '../server/src/contracts/exports.js';
import { nowMs } from './clock.js';

export interface ExportRun {
  format: string;
  rows: number;
  megabytes: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  /** Peaks while the first and the second half of the rows were sent: memory that grew with rows shows here. */
  halvesPeakRssMb: [number, number];
}

export interface ExportResult {
  reports: number;
  idleRssMb: number;
  runs: ExportRun[];
  baselineRowsPerSecond: number;
}

/** Resident memory of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

async function exportOnce(serverUrl: string, pid: number, format: ExportFormat, expected: number): Promise<ExportRun> {
  const halves: [number, number] = [rssMb(pid), 0];
  let newlines = 0;
  const sample = () => {
    const half = newlines < expected / 2 ? 0 : 1;
    halves[half] = Math.max(halves[half], rssMb(pid));
  };
  const sampler = setInterval(sample, 25);
  const t0 = nowMs();
  // Uncompressed: the figure is the export's, not gzip's.
  const res = await fetch(new URL(`/api/exports/reports.${format}`, serverUrl), {
    headers: { 'accept-encoding': 'identity' },
  });
  let bytes = 0;
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
  }
  const seconds = (nowMs() - t0) / 1000;
  clearInterval(sampler);
  sample();
  // CSV: minus the header; GeoJSON: a feature a line between the opening and closing lines (demo
  // descriptions have no newlines, and JSON escapes any).
  const rows = format === 'ndjson' ? newlines : format === 'csv' ? newlines - 1 : newlines - 2;
  return {
    format,
    rows,
    megabytes: bytes / 1e6,
    seconds,
    rowsPerSecond: rows / seconds,
    peakRssMb: Math.max(...halves),
    halvesPeakRssMb: halves,
  };
}

// The bench's own copy of the list's keyset page: what reading the rows costs without encoding or HTTP.
const PAGE_SQL = `SELECT r.id, r.category, r.description, ST_X(r.location) AS lng, ST_Y(r.location) AS lat, r.h3::text, r.ward_code,
  r.status, r.priority, r.media_count, r.created_at, r.updated_at FROM reports r JOIN units u ON u.code = r.ward_code
  WHERE ($1::timestamptz IS NULL OR (r.created_at, r.id) < ($1::timestamptz, $2::uuid))
  ORDER BY r.created_at DESC, r.id DESC LIMIT 5001`;

async function rawPages(pool: pg.Pool): Promise<number> {
  const t0 = nowMs();
  let rows = 0;
  let after: [Date | null, string | null] = [null, null];
  for (;;) {
    const { rows: page } = await pool.query<{ id: string; created_at: Date }>(PAGE_SQL, after);
    const kept = page.slice(0, 5000);
    rows += kept.length;
    if (page.length <= 5000) break;
    after = [kept[kept.length - 1]!.created_at, kept[kept.length - 1]!.id];
  }
  return rows / ((nowMs() - t0) / 1000);
}

export async function exportPhase(
  serverUrl: string,
  pid: number,
  pool: pg.Pool,
  reports: number,
): Promise<ExportResult> {
  await new Promise((r) => setTimeout(r, 1000));
  const idleRssMb = rssMb(pid);
  const baselineRowsPerSecond = await rawPages(pool);
  const runs: ExportRun[] = [];
  for (const format of ['ndjson', 'csv', 'geojson'] as const)
    runs.push(await exportOnce(serverUrl, pid, format, reports));
  return { reports, idleRssMb, runs, baselineRowsPerSecond };
}
