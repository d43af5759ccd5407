import { cellBoundary, lngLatToCell, resolutionForZoom, type LngLat } from '@matthan/geo';
import type { BBox } from '../contracts/common.js';
import type { ReportFilter } from '../contracts/report.js';
import { CELL_TILE_MAX_ZOOM, type TileAddress } from '../contracts/tiles.js';
import type { Queryable } from '../db/pool.js';
import { encodeTile, tileRing, type TileFeature } from './mvt-encode.js';
import { TILE_EXTENT, tileBBox, toTilePixel } from './tile-math.js';
import { cellRows, cellTileMvt, pointRows, pointTileMvt, type CellRow, type TileEncoding } from './tiles.repository.js';

export interface TilesService {
  /** The tile's MVT bytes; empty when nothing matches. */
  render(t: TileAddress, filter: ReportFilter): Promise<Uint8Array>;
}

/**
 * Tiles of reports: H3 cells up to zoom 12, points deeper. The rows come from the same queries on
 * both engines; `encoding`, decided once at start-up, says whether ST_AsMVT or Node writes them.
 * Cell hexagons come from geo/ (SQL has only h3_parent, no boundaries), so on PostGIS the cells'
 * polygons go back into ST_AsMVT as parameters: one extra round trip, one source of geometry.
 */
export function createTilesService(db: Queryable, encoding: TileEncoding): TilesService {
  return {
    render: (t, filter) =>
      t.z <= CELL_TILE_MAX_ZOOM ? cellTile(db, encoding, t, filter) : pointTile(db, encoding, t, filter),
  };
}

async function pointTile(db: Queryable, encoding: TileEncoding, t: TileAddress, filter: ReportFilter) {
  const bbox = tileBBox(t);
  if (encoding === 'postgis') return pointTileMvt(db, filter, bbox, t);
  const features: TileFeature[] = (await pointRows(db, filter, bbox)).map((r) => ({
    type: 'point',
    geometry: [toTilePixel([r.lng, r.lat], t)],
    properties: { id: r.id, category: r.category, status: r.status },
  }));
  return encodeTile([{ name: 'reports', extent: TILE_EXTENT, features }]);
}

async function cellTile(db: Queryable, encoding: TileEncoding, t: TileAddress, filter: ReportFilter) {
  const res = resolutionForZoom(t.z);
  const bbox = tileBBox(t);
  // Reports of a cell that reaches into the tile may lie outside it: read a margin wider than
  // any cell, then keep the cells whose hexagon's box meets the tile, with their whole counts.
  const rows = await cellRows(db, filter, widen(bbox, cellMargin(bbox, res)), res);
  const cells = rows.map((r) => ({ ...r, ring: cellBoundary(r.cell) })).filter((c) => meets(c.ring, bbox));
  if (encoding === 'postgis')
    return cellTileMvt(
      db,
      cells.map((c) => ({ ...c, wkt: wkt(c.ring) })),
      t,
    );
  const features = cells.flatMap((c): TileFeature[] => {
    const ring = tileRing(c.ring.map((p) => toTilePixel(p, t)));
    return ring ? [{ type: 'polygon', geometry: ring, properties: cellProperties(c) }] : [];
  });
  return encodeTile([{ name: 'cells', extent: TILE_EXTENT, features }]);
}

const cellProperties = (c: CellRow) => ({ cell: c.cell, count: c.count, topCategory: c.topCategory });

/** Three times a cell's half-width near the tile's centre, in degrees: cells vary little within a tile. */
function cellMargin([w, s, e, n]: BBox, res: number): LngLat {
  const centre: LngLat = [(w + e) / 2, (s + n) / 2];
  const ring = cellBoundary(lngLatToCell(centre, res));
  const half = (i: 0 | 1) => Math.max(...ring.map((p) => Math.abs(p[i] - centre[i])));
  return [3 * half(0), 3 * half(1)];
}

function widen([w, s, e, n]: BBox, [dx, dy]: LngLat): BBox {
  return [w - dx, Math.max(-90, s - dy), e + dx, Math.min(90, n + dy)];
}

function meets(ring: LngLat[], [w, s, e, n]: BBox): boolean {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return Math.min(...xs) <= e && Math.max(...xs) >= w && Math.min(...ys) <= n && Math.max(...ys) >= s;
}

const wkt = (ring: LngLat[]) => `POLYGON((${[...ring, ring[0]!].map(([x, y]) => `${x} ${y}`).join(',')}))`;
