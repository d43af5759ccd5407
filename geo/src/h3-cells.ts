// The only module that imports h3-js: everything else speaks [lng, lat] and these helpers.
import {
  cellToBoundary,
  cellToChildren,
  cellToLatLng,
  cellToLocalIj,
  cellToParent,
  getBaseCellNumber,
  getPentagons,
  getResolution,
  gridDisk,
  isValidCell,
  latLngToCell,
  polygonToCells,
} from 'h3-js';

/** `[lng, lat]` in EPSG:4326 degrees. */
export type LngLat = [number, number];

/** Resolution at which reports store their cell; coarser cells are derived from it. */
export const STORAGE_RESOLUTION = 15;

/**
 * The H3 cell (hex string) containing a position.
 * @example lngLatToCell([105.8542, 21.0285], 9) // '8941aa...'
 */
export function lngLatToCell([lng, lat]: LngLat, res: number): string {
  return latLngToCell(lat, lng, res);
}

/**
 * Hex string → the BIGINT the database stores (H3 indexes fit in a signed int64: bit 63 is 0).
 * @example cellToBigInt('8f2000000000000') // 0x8f2000000000000n
 */
export function cellToBigInt(cell: string): bigint {
  return BigInt(`0x${cell}`);
}

/**
 * BIGINT (or its decimal string from `pg`) → hex string.
 * @example bigIntToCell(644569809224376320n) // '8f2000000000000'
 */
export function bigIntToCell(value: bigint | string): string {
  return BigInt(value).toString(16);
}

/**
 * Parent at a coarser resolution by bit arithmetic, the same expression as SQL `h3_parent`:
 * set the 4-bit resolution field (bits 52–55) and fill the digits below `res` with 7.
 * @example h3ParentBigInt(cellToBigInt('8928342e20fffff'), 3) === cellToBigInt('832834fffffffff')
 */
export function h3ParentBigInt(cell: bigint, res: number): bigint {
  const r = BigInt(res);
  return (cell & ~(15n << 52n)) | (r << 52n) | ((1n << (3n * (15n - r))) - 1n);
}

/**
 * Parent cell (hex) at `res`, via h3-js.
 * @example cellParent('8928342e20fffff', 3) // '832834fffffffff'
 */
export function cellParent(cell: string, res: number): string {
  return cellToParent(cell, res);
}

/**
 * Centre of a cell as `[lng, lat]`.
 * @example cellToLngLat('8941aa...') // [105.85, 21.03]
 */
export function cellToLngLat(cell: string): LngLat {
  const [lat, lng] = cellToLatLng(cell);
  return [lng, lat];
}

/**
 * Boundary of a cell as a closed-less ring of `[lng, lat]`.
 * @example cellBoundary('8941aa...').length // 6
 */
export function cellBoundary(cell: string): LngLat[] {
  return cellToBoundary(cell).map(([lat, lng]) => [lng, lat] as LngLat);
}

/** Resolution of a cell. @example cellResolution('8928342e20fffff') // 9 */
export function cellResolution(cell: string): number {
  return getResolution(cell);
}

/** Whether a string is a valid H3 cell. @example isCell('zz') // false */
export function isCell(cell: string): boolean {
  return isValidCell(cell);
}

/**
 * The cell and every cell within `k` grid steps of it (H3 gridDisk, the "k-ring"): 1 + 3k(k+1)
 * cells, fewer only next to a pentagon. Order is h3-js's; the cell itself is included.
 * @example cellDisk('8941aa...', 1).length // 7
 */
export function cellDisk(cell: string, k: number): string[] {
  return gridDisk(cell, k);
}

/**
 * Position of `cell` in the flat IJ lattice unfolded around `anchor` (H3 local IJ coordinates),
 * or null where H3 cannot unfold one (too far from the anchor, or across a pentagon). Positions
 * are comparable only between cells of one anchor; in them, grid distance is lattice distance
 * (away from pentagons, see {@link onPentagonBaseCell}), which lets k-rings be found by integer
 * arithmetic instead of one gridDisk call per cell.
 * @example cellLocalIj(cell, cell) // [i, j] of the anchor itself
 */
export function cellLocalIj(anchor: string, cell: string): [number, number] | null {
  try {
    const { i, j } = cellToLocalIj(anchor, cell);
    return [i, j];
  } catch {
    return null;
  }
}

let pentagonBaseCells: Set<number> | undefined;

/**
 * Whether a cell descends from one of the 12 pentagonal base cells, where the lattice has a
 * missing wedge and local IJ distances stop matching grid distances.
 * @example onPentagonBaseCell(lngLatToCell([105.8542, 21.0285], 9)) // false
 */
export function onPentagonBaseCell(cell: string): boolean {
  pentagonBaseCells ??= new Set(getPentagons(0).map(getBaseCellNumber));
  return pentagonBaseCells.has(getBaseCellNumber(cell));
}

/**
 * The H3 resolution the map shows at a web-mercator zoom: about 40 px per hexagon edge.
 * @example resolutionForZoom(12) // 8
 */
export function resolutionForZoom(zoom: number): number {
  return Math.max(4, Math.min(11, Math.round(zoom * 0.72 - 0.6)));
}

/**
 * Cells whose centres lie inside a GeoJSON Polygon or MultiPolygon (`[lng, lat]` rings, any winding).
 * @example polygonCells({ type: 'Polygon', coordinates: [[[105.84, 21.02], [105.86, 21.02], [105.86, 21.04], [105.84, 21.02]]] }, 9).length // > 0
 */
export function polygonCells(
  geometry: { type: 'Polygon'; coordinates: LngLat[][] } | { type: 'MultiPolygon'; coordinates: LngLat[][][] },
  res: number,
): string[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => polygonToCells(rings, res, true));
}

/**
 * Parent (hex) at `res` by the same bit arithmetic as SQL `h3_parent`, for code that must agree
 * with the database's counts exactly (agrees with {@link cellParent} for valid cells).
 * @example cellParentBits('8928342e20fffff', 3) // '832834fffffffff'
 */
export function cellParentBits(cell: string, res: number): string {
  return bigIntToCell(h3ParentBigInt(cellToBigInt(cell), res));
}

/**
 * The children of a cell at a finer resolution, in h3-js order.
 * @example cellChildren('85283473fffffff', 6).length // 7
 */
export function cellChildren(cell: string, res: number): string[] {
  return cellToChildren(cell, res);
}

/**
 * The BIGINT range `[low, high]` holding exactly the res-15 descendants of `cell` (any resolution
 * ≤ 15): they share every bit above the digits finer than the cell's resolution, so one index
 * range scan on the stored res-15 cell finds them. Digits below `res` run from 0 (low) to 7 (high).
 * @example cellDescendantRange('8f2000000000000') // [0x8f2000000000000n, 0x8f2000000000000n]
 */
export function cellDescendantRange(cell: string): [bigint, bigint] {
  const value = cellToBigInt(cell);
  const res = BigInt(getResolution(cell));
  const digits = (1n << (3n * (15n - res))) - 1n;
  const at15 = (value & ~(15n << 52n)) | (15n << 52n);
  return [at15 & ~digits, at15 | digits];
}
