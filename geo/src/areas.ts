// Point → ward lookup in memory, agreeing with the server's PostGIS query
// (`ST_Covers(geom, pt) ORDER BY code LIMIT 1`): a point on a shared border goes to the lowest code.
import type { LngLat } from './h3-cells.js';

/** `[minLng, minLat, maxLng, maxLat]` in degrees. */
export type BBox = [number, number, number, number];

type Position = readonly number[];
/** The (Multi)Polygon geometries an area may have; rings may wind either way. */
export type AreaGeometry =
  | { type: 'Polygon'; coordinates: readonly (readonly Position[])[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly (readonly Position[])[])[] };
/** A GeoJSON Feature whose `properties.code` names the area (a ward's GSO code). */
export interface AreaFeature {
  type: 'Feature';
  geometry: AreaGeometry;
  properties: { code: string };
}
/** A GeoJSON FeatureCollection of areas with distinct codes. */
export interface AreaCollection {
  type: 'FeatureCollection';
  features: readonly AreaFeature[];
}

/** Point → area lookups over one FeatureCollection; see {@link createAreaIndex}. */
export interface AreaIndex {
  /** The codes of the indexed areas, ascending. */
  readonly codes: readonly string[];
  /** Code of the lowest-coded area covering the point (boundary included), or null. */
  areaAt(point: LngLat): string | null;
  /** Great-circle metres from the point to the boundary of the area `areaAt` gives; null outside every area. */
  distanceToBoundaryMeters(point: LngLat): number | null;
}

export interface AreaIndexOptions {
  /** Grid cells along the longer side of the areas' bbox (default 512: ~160 m cells over Hanoi). */
  gridCells?: number;
}

// Padding, in degrees (~0.1 mm), for every "could this segment touch that cell/band" test, so
// floating-point rounding of an index never puts a point in a cell it is not really in.
const PAD = 1e-9;
const RAD = Math.PI / 180;
/** Mean Earth radius (IUGG), the sphere of our great-circle distances. */
const EARTH_RADIUS_METERS = 6_371_008.8;
const METERS_PER_DEGREE = EARTH_RADIUS_METERS * RAD;
// Sentinels in the grid: no area covers the cell / the cell needs a point-in-polygon test.
const NONE = -1;
const MIXED = -2;

/** One area's ring segments, bucketed into horizontal bands so a ray cast reads only its band. */
interface Area {
  code: string;
  bbox: BBox;
  segs: Float64Array; // ax, ay, bx, by per segment
  bandHeight: number;
  bandStart: Int32Array; // CSR offsets into bandSegs, one more than the band count
  bandSegs: Int32Array;
}

interface Grid {
  bbox: BBox;
  nx: number;
  ny: number;
  cellW: number;
  cellH: number;
  state: Int32Array; // area index when the whole cell is in one answer, else NONE or MIXED
  candStart: Int32Array; // CSR: areas whose bbox touches the cell, in code order
  cand: Int32Array;
}
type GridShape = Omit<Grid, 'candStart' | 'cand'>;

/**
 * Builds an in-memory index of areas for fast point lookups (millions per second). A uniform
 * grid over the areas' bbox answers most cells outright ("fully inside" or empty); the rest test
 * the few areas whose bbox touches the cell, by ray casting against one horizontal band of
 * segments, lowest code first.
 * @example
 * const wards = createAreaIndex(hanoiWards);
 * wards.areaAt([105.8542, 21.0285]); // '00070' (Hoàn Kiếm)
 * wards.distanceToBoundaryMeters([105.8542, 21.0285]); // ≈ 300
 */
export function createAreaIndex(fc: AreaCollection, options: AreaIndexOptions = {}): AreaIndex {
  const areas = fc.features.map(buildArea).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (let i = 1; i < areas.length; i++) {
    if (areas[i]!.code === areas[i - 1]!.code) throw new Error(`duplicate area code ${areas[i]!.code}`);
  }
  const grid = buildGrid(areas, options.gridCells ?? 512);
  const indexAt = (point: LngLat): number => lookup(grid, areas, point[0], point[1]);
  return {
    codes: areas.map((a) => a.code),
    areaAt(point) {
      const i = indexAt(point);
      return i < 0 ? null : areas[i]!.code;
    },
    distanceToBoundaryMeters(point) {
      const i = indexAt(point);
      return i < 0 ? null : distanceToAreaBoundary(areas[i]!, point[0], point[1]);
    },
  };
}

function buildArea(feature: AreaFeature): Area {
  const code = feature.properties?.code;
  if (typeof code !== 'string') throw new Error('every area needs a string properties.code');
  const g = feature.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  const flat: number[] = [];
  for (const ring of polygons.flat()) {
    const n = ring.length;
    const closed = n > 1 && ring[0]![0] === ring[n - 1]![0] && ring[0]![1] === ring[n - 1]![1];
    const last = closed ? n - 1 : n;
    for (let i = 0; i < last; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % n]!;
      flat.push(a[0]!, a[1]!, b[0]!, b[1]!);
    }
  }
  const segs = Float64Array.from(flat);
  const bbox = segsBBox(segs);
  return { code, bbox, segs, ...buildBands(segs, bbox) };
}

function segsBBox(segs: Float64Array): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < segs.length; i += 2) extend(box, segs[i]!, segs[i + 1]!);
  return box;
}

function extend(box: BBox, x: number, y: number): void {
  if (x < box[0]) box[0] = x;
  if (y < box[1]) box[1] = y;
  if (x > box[2]) box[2] = x;
  if (y > box[3]) box[3] = y;
}

/** About 8 segments per band: a ward's ray then meets a few dozen segments, not a thousand. */
function buildBands(segs: Float64Array, bbox: BBox) {
  const count = segs.length / 4;
  const bands = Math.max(1, Math.ceil(count / 8));
  const bandHeight = (bbox[3] - bbox[1]) / bands || 1;
  const bandOf = (y: number) => Math.min(bands - 1, Math.max(0, Math.floor((y - bbox[1]) / bandHeight)));
  const ranges = (s: number): [number, number] => {
    const ay = segs[s * 4 + 1]!;
    const by = segs[s * 4 + 3]!;
    return [bandOf(Math.min(ay, by) - PAD), bandOf(Math.max(ay, by) + PAD)];
  };
  const bandStart = new Int32Array(bands + 1);
  for (let s = 0; s < count; s++) {
    const [lo, hi] = ranges(s);
    for (let b = lo; b <= hi; b++) bandStart[b + 1]!++;
  }
  for (let b = 0; b < bands; b++) bandStart[b + 1]! += bandStart[b]!;
  const fill = bandStart.slice(0, bands);
  const bandSegs = new Int32Array(bandStart[bands]!);
  for (let s = 0; s < count; s++) {
    const [lo, hi] = ranges(s);
    for (let b = lo; b <= hi; b++) bandSegs[fill[b]!++] = s;
  }
  return { bandHeight, bandStart, bandSegs };
}

function bandIndex(area: Area, y: number): number {
  const bands = area.bandStart.length - 1;
  return Math.min(bands - 1, Math.max(0, Math.floor((y - area.bbox[1]) / area.bandHeight)));
}

/** Even-odd ray cast towards +x; a point on any segment is covered (ST_Covers, not ST_Contains). */
function covers(area: Area, x: number, y: number): boolean {
  const { segs, bandStart, bandSegs } = area;
  const b = bandIndex(area, y);
  let inside = false;
  for (let k = bandStart[b]!, end = bandStart[b + 1]!; k < end; k++) {
    const o = bandSegs[k]! * 4;
    const ax = segs[o]!;
    const ay = segs[o + 1]!;
    const bx = segs[o + 2]!;
    const by = segs[o + 3]!;
    if (onSegment(ax, ay, bx, by, x, y)) return true;
    if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
  }
  return inside;
}

function onSegment(ax: number, ay: number, bx: number, by: number, x: number, y: number): boolean {
  if (x < Math.min(ax, bx) || x > Math.max(ax, bx) || y < Math.min(ay, by) || y > Math.max(ay, by)) return false;
  return (bx - ax) * (y - ay) === (by - ay) * (x - ax);
}

function buildGrid(areas: Area[], cells: number): Grid {
  const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { bbox: b } of areas) {
    extend(bbox, b[0], b[1]);
    extend(bbox, b[2], b[3]);
  }
  const w = Math.max(bbox[2] - bbox[0], 1e-9);
  const h = Math.max(bbox[3] - bbox[1], 1e-9);
  const nx = Math.max(1, Math.round((cells * w) / Math.max(w, h)));
  const ny = Math.max(1, Math.round((cells * h) / Math.max(w, h)));
  const grid: GridShape = { bbox, nx, ny, cellW: w / nx, cellH: h / ny, state: new Int32Array(nx * ny) };
  const touched = new Uint8Array(nx * ny);
  for (const a of areas) {
    for (let o = 0; o < a.segs.length; o += 4) {
      const [x0, y0, x1, y1] = [a.segs[o]!, a.segs[o + 1]!, a.segs[o + 2]!, a.segs[o + 3]!];
      forCells(grid, Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1), (c) => (touched[c] = 1));
    }
  }
  const [candStart, cand] = candidates(grid, areas);
  for (let c = 0; c < nx * ny; c++) grid.state[c] = touched[c] ? MIXED : cellAnswer(grid, areas, candStart, cand, c);
  return { ...grid, candStart, cand };
}

/** Calls `fn` for every grid cell that the padded box touches. */
function forCells(g: GridShape, x0: number, y0: number, x1: number, y1: number, fn: (cell: number) => void) {
  const i0 = cellX(g, x0 - PAD);
  const i1 = cellX(g, x1 + PAD);
  const j1 = cellY(g, y1 + PAD);
  for (let j = cellY(g, y0 - PAD); j <= j1; j++) for (let i = i0; i <= i1; i++) fn(j * g.nx + i);
}

const cellX = (g: Pick<Grid, 'bbox' | 'cellW' | 'nx'>, x: number) =>
  Math.min(g.nx - 1, Math.max(0, Math.floor((x - g.bbox[0]) / g.cellW)));
const cellY = (g: Pick<Grid, 'bbox' | 'cellH' | 'ny'>, y: number) =>
  Math.min(g.ny - 1, Math.max(0, Math.floor((y - g.bbox[1]) / g.cellH)));

/** Per cell, the areas whose bbox touches it, in code order (CSR arrays). */
function candidates(g: GridShape, areas: Area[]): [Int32Array, Int32Array] {
  const start = new Int32Array(g.nx * g.ny + 1);
  const each = (fn: (cell: number, area: number) => void) =>
    areas.forEach((a, i) => forCells(g, a.bbox[0], a.bbox[1], a.bbox[2], a.bbox[3], (c) => fn(c, i)));
  each((c) => start[c + 1]!++);
  for (let c = 0; c < g.nx * g.ny; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, g.nx * g.ny);
  const cand = new Int32Array(start[g.nx * g.ny]!);
  each((c, i) => (cand[fill[c]!++] = i));
  return [start, cand];
}

/** No segment comes near the cell, so each area holds all of it or none: its centre decides. */
function cellAnswer(g: GridShape, areas: Area[], start: Int32Array, cand: Int32Array, c: number) {
  const x = g.bbox[0] + ((c % g.nx) + 0.5) * g.cellW;
  const y = g.bbox[1] + (Math.floor(c / g.nx) + 0.5) * g.cellH;
  return firstCovering(areas, start, cand, c, x, y);
}

function firstCovering(areas: Area[], start: Int32Array, cand: Int32Array, c: number, x: number, y: number): number {
  for (let k = start[c]!, end = start[c + 1]!; k < end; k++) {
    const a = areas[cand[k]!]!;
    if (x >= a.bbox[0] && x <= a.bbox[2] && y >= a.bbox[1] && y <= a.bbox[3] && covers(a, x, y)) return cand[k]!;
  }
  return NONE;
}

function lookup(g: Grid, areas: Area[], x: number, y: number): number {
  // Written so that NaN falls outside.
  if (!(x >= g.bbox[0] && x <= g.bbox[2] && y >= g.bbox[1] && y <= g.bbox[3])) return NONE;
  const c = cellY(g, y) * g.nx + cellX(g, x);
  const s = g.state[c]!;
  return s === MIXED ? firstCovering(areas, g.candStart, g.cand, c, x, y) : s;
}

/**
 * Finds the nearest segment in a local equirectangular plane (band by band outwards from the
 * point's band), then measures the haversine distance to the nearest point on it: great-circle
 * metres on the mean-radius sphere, within a few centimetres at a ward's scale; the sphere
 * differs from the WGS84 ellipsoid by < 0.5 %, i.e. < 0.15 m at the 30 m border flag.
 */
function distanceToAreaBoundary(area: Area, x: number, y: number): number {
  const kx = Math.cos(y * RAD) * METERS_PER_DEGREE;
  const ky = METERS_PER_DEGREE;
  const bands = area.bandStart.length - 1;
  const b0 = bandIndex(area, y);
  let best = Infinity;
  let bestSeg = -1;
  let bestT = 0;
  for (let r = 0; b0 - r >= 0 || b0 + r < bands; r++) {
    if (((r - 1) * area.bandHeight - PAD) * ky > best) break;
    for (const b of r === 0 ? [b0] : [b0 - r, b0 + r]) {
      if (b < 0 || b >= bands) continue;
      for (let k = area.bandStart[b]!, end = area.bandStart[b + 1]!; k < end; k++) {
        const o = area.bandSegs[k]! * 4;
        const [d, t] = pointSegment(area.segs, o, x, y, kx, ky);
        if (d < best) [best, bestSeg, bestT] = [d, o, t];
      }
    }
  }
  if (bestSeg < 0) return Infinity;
  const s = area.segs;
  const qx = s[bestSeg]! + bestT * (s[bestSeg + 2]! - s[bestSeg]!);
  const qy = s[bestSeg + 1]! + bestT * (s[bestSeg + 3]! - s[bestSeg + 1]!);
  return haversineMeters([x, y], [qx, qy]);
}

/** Planar distance (metres) from (x, y) to a segment, and the parameter t of the nearest point. */
function pointSegment(s: Float64Array, o: number, x: number, y: number, kx: number, ky: number): [number, number] {
  const ax = (s[o]! - x) * kx;
  const ay = (s[o + 1]! - y) * ky;
  const dx = (s[o + 2]! - s[o]!) * kx;
  const dy = (s[o + 3]! - s[o + 1]!) * ky;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2));
  return [Math.hypot(ax + t * dx, ay + t * dy), t];
}

/**
 * Great-circle distance in metres between two `[lng, lat]` points (haversine, mean-radius sphere).
 * @example haversineMeters([105.8542, 21.0285], [105.8542, 21.0295]) // ≈ 111.2
 */
export function haversineMeters([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const s = Math.sin(((lat2 - lat1) * RAD) / 2) ** 2;
  const t = Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lng2 - lng1) * RAD) / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(s + t)));
}

/**
 * Bounding box of a feature, a FeatureCollection or a (Multi)Polygon geometry.
 * @example bboxOf({ type: 'Polygon', coordinates: [[[105.8, 21], [105.9, 21], [105.9, 21.1], [105.8, 21]]] })
 * // [105.8, 21, 105.9, 21.1]
 */
export function bboxOf(item: AreaGeometry | AreaFeature | AreaCollection): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const geometries =
    item.type === 'FeatureCollection'
      ? item.features.map((f) => f.geometry)
      : [item.type === 'Feature' ? item.geometry : item];
  for (const g of geometries) {
    const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
    for (const ring of rings) for (const p of ring) extend(box, p[0]!, p[1]!);
  }
  return box;
}

/**
 * Whether a bbox contains a point or another bbox, edges included.
 * @example bboxContains([105.285, 20.564, 106.02, 21.385], [105.8542, 21.0285]) // true
 * @example bboxContains([105, 20, 106, 21], [105.5, 20.5, 106.5, 20.6]) // false
 */
export function bboxContains(box: BBox, target: LngLat | BBox): boolean {
  const [x0, y0, x1, y1] = target.length === 4 ? target : [target[0], target[1], target[0], target[1]];
  return x0 >= box[0] && y0 >= box[1] && x1 <= box[2] && y1 <= box[3];
}

/**
 * Whether two bboxes share at least one point (touching edges count), e.g. a ward and the viewport.
 * @example bboxIntersects([105, 20, 106, 21], [105.9, 20.9, 107, 22]) // true
 * @example bboxIntersects([105, 20, 106, 21], [106.1, 20, 107, 21]) // false
 */
export function bboxIntersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
