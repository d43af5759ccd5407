import { bigIntToCell } from '@matthan/geo';
import type { BBox } from '../contracts/common.js';
import type { ReportFilter } from '../contracts/report.js';
import type { Queryable } from '../db/pool.js';
import { filterSql, whereClause } from '../reports/filter.repository.js';
import { TILE_EXTENT, type TileAddress } from './tile-math.js';

/** Who encodes tiles: PostGIS ST_AsMVT, or Node from the same rows where PostGIS lacks protobuf. */
export type TileEncoding = 'postgis' | 'node';

/**
 * Asked once at start-up. The embedded engine's PostGIS declares ST_AsMVT but was built without
 * protobuf-c, so the function exists and fails when called; postgis_libprotobuf_version() tells.
 */
export async function detectTileEncoding(db: Queryable): Promise<TileEncoding> {
  const { rows } = await db.query<{ ok: boolean }>('SELECT postgis_libprotobuf_version() IS NOT NULL AS ok');
  return rows[0]?.ok ? 'postgis' : 'node';
}

export interface PointRow {
  id: string;
  category: string;
  status: string;
  lng: number;
  lat: number;
}

export interface CellRow {
  cell: string;
  count: number;
  topCategory: string;
}

/** The one FROM … WHERE both point encoders read: the list's filters plus the tile's box. */
function pointsFrom(filter: ReportFilter, bbox: BBox, params: unknown[]): string {
  return `FROM reports r ${whereClause(filterSql({ ...filter, bbox }, params))}`;
}

export async function pointRows(db: Queryable, filter: ReportFilter, bbox: BBox): Promise<PointRow[]> {
  const params: unknown[] = [];
  const { rows } = await db.query<PointRow>(
    `SELECT r.id::text, r.category, r.status, ST_X(r.location) AS lng, ST_Y(r.location) AS lat
     ${pointsFrom(filter, bbox, params)} ORDER BY r.created_at DESC, r.id DESC`,
    params,
  );
  return rows;
}

// Points are cut to the tile box by the WHERE; the 64-unit buffer only keeps edge points PostGIS
// would round a hair outside.
export async function pointTileMvt(db: Queryable, filter: ReportFilter, bbox: BBox, t: TileAddress): Promise<Buffer> {
  const params: unknown[] = [t.z, t.x, t.y];
  const { rows } = await db.query<{ mvt: Buffer }>(
    `SELECT ST_AsMVT(q, 'reports', ${TILE_EXTENT}, 'geom') AS mvt FROM (
       SELECT r.id::text, r.category, r.status,
              ST_AsMVTGeom(ST_Transform(r.location, 3857), ST_TileEnvelope($1, $2, $3), ${TILE_EXTENT}, 64, true) AS geom
       ${pointsFrom(filter, bbox, params)} ORDER BY r.created_at DESC, r.id DESC) q`,
    params,
  );
  return rows[0]?.mvt ?? Buffer.alloc(0);
}

/** Report count and most frequent category (ties: lowest code) per H3 cell at `res`, within `bbox`. */
export async function cellRows(db: Queryable, filter: ReportFilter, bbox: BBox, res: number): Promise<CellRow[]> {
  const params: unknown[] = [res];
  const { rows } = await db.query<{ cell: string; count: number; top: string }>(
    `SELECT cell::text, sum(n)::int AS count, (array_agg(category ORDER BY n DESC, category))[1] AS top FROM (
       SELECT h3_parent(r.h3, $1) AS cell, r.category, count(*)::int AS n
       FROM reports r ${whereClause(filterSql({ ...filter, bbox }, params))} GROUP BY 1, 2
     ) c GROUP BY cell ORDER BY cell`,
    params,
  );
  return rows.map((r) => ({ cell: bigIntToCell(r.cell), count: r.count, topCategory: r.top }));
}

/** Cell polygons (computed in Node from geo/) encoded by ST_AsMVT, with a buffer wide enough for a whole cell. */
export async function cellTileMvt(
  db: Queryable,
  cells: (CellRow & { wkt: string })[],
  t: TileAddress,
): Promise<Buffer> {
  const { rows } = await db.query<{ mvt: Buffer }>(
    `SELECT ST_AsMVT(q, 'cells', ${TILE_EXTENT}, 'geom') AS mvt FROM (
       SELECT c.cell, c.count, c.top AS "topCategory",
              ST_AsMVTGeom(ST_Transform(ST_GeomFromText(c.wkt, 4326), 3857), ST_TileEnvelope($1, $2, $3),
                           ${TILE_EXTENT}, ${TILE_EXTENT / 2}, true) AS geom
       FROM unnest($4::text[], $5::int[], $6::text[], $7::text[]) WITH ORDINALITY AS c(cell, count, top, wkt, n)
       ORDER BY c.n) q`,
    [
      t.z,
      t.x,
      t.y,
      cells.map((c) => c.cell),
      cells.map((c) => c.count),
      cells.map((c) => c.topCategory),
      cells.map((c) => c.wkt),
    ],
  );
  return rows[0]?.mvt ?? Buffer.alloc(0);
}
