import type { BBox } from '../contracts/common.js';
import type { TileAddress } from '../contracts/tiles.js';

/** Tile coordinates use 4096 units a side, as ST_AsMVT's default. */
export const TILE_EXTENT = 4096;

export type { TileAddress } from '../contracts/tiles.js';

const mercatorY = (lat: number) => {
  const r = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
};

const latitude = (my: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * my))) * 180) / Math.PI;

/** `[west, south, east, north]` in degrees of a web-mercator (XYZ, y down) tile. */
export function tileBBox({ z, x, y }: TileAddress): BBox {
  const n = 2 ** z;
  return [(x / n) * 360 - 180, latitude((y + 1) / n), ((x + 1) / n) * 360 - 180, latitude(y / n)];
}

/** A `[lng, lat]` position in the tile's integer coordinates (y down), as ST_AsMVTGeom snaps it. */
export function toTilePixel([lng, lat]: [number, number], { z, x, y }: TileAddress): [number, number] {
  const n = 2 ** z;
  return [Math.round((((lng + 180) / 360) * n - x) * TILE_EXTENT), Math.round((mercatorY(lat) * n - y) * TILE_EXTENT)];
}

/** The tile holding a `[lng, lat]` position at zoom `z`. */
export function tileAt([lng, lat]: [number, number], z: number): TileAddress {
  const n = 2 ** z;
  return { z, x: Math.floor(((lng + 180) / 360) * n), y: Math.floor(mercatorY(lat) * n) };
}
