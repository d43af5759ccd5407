// Phase (c) of `npm run bench:data`: GET /tiles/reports/{z}/{x}/{y}.mvt beside the raw ST_AsMVT query
// of the same tile's points through pg, and the bytes of a zoom-12 cell tile beside a point tile.
import type pg from 'pg';
import { tileAt, tileBBox } from '../server/src/tiles/tile-math.js';
import type { TileAddress } from '../server/src/contracts/tiles.js';
import { nowMs } from './clock.js';
import { summarize, type Summary } from './stats.js';

const HOAN_KIEM: [number, number] = [105.8542, 21.0285];

// The bench's own copy of a raw point tile: ST_AsMVT over the reports in the tile's box.
const RAW_SQL = `SELECT ST_AsMVT(q, 'reports', 4096, 'geom') AS mvt FROM (
  SELECT r.id::text, r.category, r.status,
         ST_AsMVTGeom(ST_Transform(r.location, 3857), ST_TileEnvelope($1, $2, $3), 4096, 64, true) AS geom
  FROM reports r WHERE r.location && ST_MakeEnvelope($4, $5, $6, $7, 4326)) q`;

export interface TileTiming {
  tile: string;
  bytes: number;
  ours: Summary;
  raw: Summary;
}

export interface TileResult {
  timings: TileTiming[];
  z12CellBytes: number;
  z12PointBytes: number;
}

async function rawTile(pool: pg.Pool, t: TileAddress): Promise<{ ms: number; bytes: number }> {
  const t0 = nowMs();
  const { rows } = await pool.query<{ mvt: Buffer }>(RAW_SQL, [t.z, t.x, t.y, ...tileBBox(t)]);
  return { ms: nowMs() - t0, bytes: rows[0]?.mvt.length ?? 0 };
}

async function endpoint(serverUrl: string, t: TileAddress): Promise<{ ms: number; bytes: number }> {
  const t0 = nowMs();
  const res = await fetch(new URL(`/tiles/reports/${t.z}/${t.x}/${t.y}.mvt`, serverUrl), {
    headers: { 'accept-encoding': 'identity' },
  });
  const bytes = (await res.arrayBuffer()).byteLength;
  return { ms: nowMs() - t0, bytes };
}

/** Alternates endpoint and raw query, `n` each after one warm-up, so a busy machine slows both. */
async function timeTile(serverUrl: string, pool: pg.Pool, t: TileAddress, n: number): Promise<TileTiming> {
  await endpoint(serverUrl, t);
  await rawTile(pool, t);
  const ours: number[] = [];
  const raw: number[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const a = await endpoint(serverUrl, t);
    ours.push(a.ms);
    bytes = a.bytes;
    raw.push((await rawTile(pool, t)).ms);
  }
  return { tile: `${t.z}/${t.x}/${t.y}`, bytes, ours: summarize(ours), raw: summarize(raw) };
}

export async function tilePhase(serverUrl: string, pool: pg.Pool, n = 30): Promise<TileResult> {
  const z12 = tileAt(HOAN_KIEM, 12);
  const timings = [
    await timeTile(serverUrl, pool, tileAt(HOAN_KIEM, 14), n),
    await timeTile(serverUrl, pool, tileAt(HOAN_KIEM, 15), n),
    await timeTile(serverUrl, pool, z12, n),
  ];
  return {
    timings,
    z12CellBytes: (await endpoint(serverUrl, z12)).bytes,
    z12PointBytes: (await rawTile(pool, z12)).bytes,
  };
}
