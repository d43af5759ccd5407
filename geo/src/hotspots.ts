// Statistical hotspots: the local Getis-Ord statistics Gi and Gi* (Getis & Ord 1992; Ord & Getis
// 1995) with binary weights, and their H3 form, where a cell's neighbourhood is its k-ring.
import { cellDisk, cellLocalIj, cellResolution, isCell, onPentagonBaseCell } from './h3-cells.js';
import { benjaminiHochberg, normalTwoSidedP } from './stats.js';

/** Options of {@link getisOrdGiStar}. */
export interface GiOptions {
  /** Gi* (true, the default): i counts as its own neighbour, w_ii = 1. Gi (false): it never does. */
  star?: boolean;
}

/** Per-observation z-scores and two-sided normal p-values, in input order. */
export interface GiResult {
  z: Float64Array;
  p: Float64Array;
}

/**
 * Local Getis-Ord Gi* (or Gi) z-scores with binary weights, as PySAL esda `G_Local` and R spdep
 * `localG` compute them: E[Gi*] = W_i/n and the variance uses the population variance of y.
 * With S_i = Σ_j w_ij y_j, W_i = Σ_j w_ij, N = n (Gi*) or n − 1 (Gi, where ȳ_i and s_i² also leave
 * y_i out): z_i = (S_i − W_i ȳ_i) / (s_i · √(W_i (N − W_i) / (N − 1))). This is esda's ratio form
 * multiplied through by ȳ_i, so it also holds when Σy = 0.
 *
 * `neighbours[i]` lists the indices j with w_ij = 1, each at most once. Whether it contains i
 * itself does not matter: `star` alone decides w_ii, so a k-ring (which holds its centre) serves
 * both statistics.
 *
 * Edge cases, chosen so the result is never NaN or ±Infinity: no observations → empty arrays;
 * one observation, all values equal, or a neighbourhood that is empty or covers everything →
 * z = 0, p = 1 (no evidence either way). Throws a RangeError on non-finite values, a
 * neighbour index out of range, or a duplicated neighbour.
 * @example
 * const { z } = getisOrdGiStar([1, 1, 9, 9], [[0, 1], [0, 1, 2], [1, 2, 3], [2, 3]]);
 * z[3] > 0 && z[0] < 0 // true: high values next to high values, low next to low
 */
export function getisOrdGiStar(
  values: ArrayLike<number>,
  neighbours: ArrayLike<ArrayLike<number>>,
  opts: GiOptions = {},
): GiResult {
  const n = values.length;
  if (neighbours.length !== n) throw new RangeError(`neighbours has ${neighbours.length} lists for ${n} values`);
  const z = new Float64Array(n);
  const p = new Float64Array(n);
  const y = standardised(values);
  const star = opts.star ?? true;
  const totals = sums(y);
  const seen = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const list = neighbours[i]!;
    let s = star ? y[i]! : 0;
    let w = star ? 1 : 0;
    for (let k = 0; k < list.length; k++) {
      const j = list[k]!;
      if (j === i) continue;
      if (!(j >= 0 && j < n && Number.isInteger(j)))
        throw new RangeError(`neighbour ${j} of ${i} is not in 0..${n - 1}`);
      if (seen[j] === i) throw new RangeError(`neighbour ${j} of ${i} is listed twice`);
      seen[j] = i;
      s += y[j]!;
      w++;
    }
    z[i] = giZ(s, w, y[i]!, totals, n, star);
    p[i] = normalTwoSidedP(z[i]!);
  }
  return { z, p };
}

/**
 * Values scaled by their largest magnitude and centred; all zeros when they are all equal,
 * which giZ then reads as zero variance. z is invariant under both operations; doing them first keeps the sums of
 * squares below from overflowing or cancelling when values are huge or sit on a large offset.
 */
function standardised(values: ArrayLike<number>): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) throw new RangeError(`value ${i} is ${v}: values must be finite`);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(min < max)) return new Float64Array(values.length);
  const scale = Math.max(Math.abs(min), Math.abs(max));
  const y = Float64Array.from(values, (v) => v / scale);
  let mean = 0;
  for (const v of y) mean += v;
  mean /= y.length;
  for (let i = 0; i < y.length; i++) y[i] = y[i]! - mean;
  return y;
}

function sums(y: Float64Array): { sum: number; sumSq: number } {
  let sum = 0;
  let sumSq = 0;
  for (const v of y) {
    sum += v;
    sumSq += v * v;
  }
  return { sum, sumSq };
}

// Below this fraction of the mean square, a leave-one-out variance is rounding noise (its
// error is about 1e-16 of the mean square), so it is treated as zero rather than divided by.
const VARIANCE_NOISE = 1e-12;

function giZ(s: number, w: number, yi: number, t: { sum: number; sumSq: number }, n: number, star: boolean): number {
  const removed = star ? 0 : 1;
  const N = n - removed;
  if (N < 2) return 0;
  const mean = (t.sum - removed * yi) / N;
  const meanSquare = (t.sumSq - removed * yi * yi) / N;
  const variance = meanSquare - mean * mean;
  const spread = (w * (N - w)) / (N - 1);
  if (!(variance > VARIANCE_NOISE * meanSquare) || !(spread > 0)) return 0;
  const z = (s - w * mean) / Math.sqrt(variance * spread);
  return Number.isFinite(z) ? z : 0;
}

/** Confidence class of a cell after FDR correction; ArcGIS's Gi_Bin ±3/±2/±1/0 in words. */
export type HotspotClass = 'hot-99' | 'hot-95' | 'hot-90' | 'cold-99' | 'cold-95' | 'cold-90' | 'not-significant';

/** A cell's report count, as the aggregation step produces it. */
export interface CellCount {
  cell: string;
  count: number;
}

/** One study-area cell: its count, Gi* z-score, raw and BH-adjusted p-values, and class. */
export interface CellHotspot extends CellCount {
  z: number;
  /** Two-sided normal p of z, not corrected for multiple testing (as ArcGIS's GiPValue). */
  p: number;
  /** Benjamini–Hochberg adjusted p across all cells of the study area; the class uses this. */
  pAdjusted: number;
  classification: HotspotClass;
}

/** Options of {@link hotspotsForCells}. */
export interface HotspotOptions {
  /** Neighbourhood radius in grid steps: the cell and its k-ring. Default 1 (7 cells). */
  k?: number;
}

/**
 * Gi* hotspots over H3 cells. Each study-area cell's neighbourhood is its k-ring (the cell
 * included) intersected with the study area, with binary weights; study-area cells without
 * reports count 0 and counts of cells outside the study area are ignored, so the caller's
 * study area (e.g. all res-r cells covering the served wards) defines the null hypothesis.
 * Counts given as an array are summed per cell. Results follow the study area's order (first
 * occurrence of each cell).
 *
 * Classes use the False Discovery Rate correction as ArcGIS's Hot Spot Analysis applies it to
 * Gi_Bin ("Apply False Discovery Rate (FDR) Correction",
 * https://pro.arcgis.com/en/pro-app/latest/tool-reference/spatial-statistics/hot-spot-analysis.htm):
 * Benjamini–Hochberg (1995) over the p-values of all cells, then hot/cold by the sign of z at
 * 99/95/90 % confidence, i.e. adjusted p ≤ 0.01/0.05/0.10. See {@link benjaminiHochberg}.
 *
 * Edge cases: an empty study area gives []; one cell, or all counts equal, gives z = 0, p = 1,
 * 'not-significant' everywhere. Throws a RangeError on an invalid cell, mixed resolutions,
 * a non-finite count, or k that is not a non-negative integer.
 * @example
 * const area = cellDisk(lngLatToCell([105.8542, 21.0285], 9), 8);
 * const counts = new Map(cellDisk(area[0], 2).map((c) => [c, 10]));
 * hotspotsForCells(counts, area, { k: 1 })[0].classification // 'hot-99'
 */
export function hotspotsForCells(
  counts: ReadonlyMap<string, number> | readonly CellCount[],
  studyArea: Iterable<string>,
  opts: HotspotOptions = {},
): CellHotspot[] {
  const k = opts.k ?? 1;
  if (!(Number.isInteger(k) && k >= 0)) throw new RangeError(`k must be a non-negative integer, got ${k}`);
  const cells = [...new Set(studyArea)];
  const index = indexCells(cells);
  const values = countsByIndex(counts, index, cells.length);
  const neighbours = latticeKRings(cells, k) ?? cells.map((cell) => diskIndices(cell, k, index));
  const { z, p } = getisOrdGiStar(values, neighbours, { star: true });
  const q = benjaminiHochberg(p);
  return cells.map((cell, i) => ({
    cell,
    count: values[i]!,
    z: z[i]!,
    p: p[i]!,
    pAdjusted: q[i]!,
    classification: classifyHotspot(z[i]!, q[i]!),
  }));
}

/**
 * Class of a z-score given its (FDR-adjusted) p-value: 99/95/90 % confidence means p ≤ 0.01,
 * 0.05, 0.10; the sign of z says hot or cold.
 * @example classifyHotspot(-2.3, 0.03) // 'cold-95'
 */
export function classifyHotspot(z: number, p: number): HotspotClass {
  const side = z > 0 ? 'hot' : 'cold';
  if (z === 0 || !(p <= 0.1)) return 'not-significant';
  if (p <= 0.01) return `${side}-99`;
  if (p <= 0.05) return `${side}-95`;
  return `${side}-90`;
}

function indexCells(cells: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  const res = cells.length > 0 && isCell(cells[0]!) ? cellResolution(cells[0]!) : -1;
  cells.forEach((cell, i) => {
    if (!isCell(cell)) throw new RangeError(`study area holds ${JSON.stringify(cell)}, not an H3 cell`);
    // k-rings stay at one resolution: a cell of another one would never be anyone's neighbour.
    if (cellResolution(cell) !== res)
      throw new RangeError(`study area mixes resolutions ${res} and ${cellResolution(cell)}`);
    index.set(cell, i);
  });
  return index;
}

function countsByIndex(
  counts: ReadonlyMap<string, number> | readonly CellCount[],
  index: ReadonlyMap<string, number>,
  n: number,
): Float64Array {
  const values = new Float64Array(n);
  const add = (cell: string, count: number) => {
    if (!Number.isFinite(count)) throw new RangeError(`count of ${cell} is ${count}: counts must be finite`);
    const i = index.get(cell);
    if (i !== undefined) values[i] = values[i]! + count;
  };
  if (Array.isArray(counts)) for (const c of counts as readonly CellCount[]) add(c.cell, c.count);
  else for (const [cell, count] of counts as ReadonlyMap<string, number>) add(cell, count);
  return values;
}

function diskIndices(cell: string, k: number, index: ReadonlyMap<string, number>): number[] {
  const out: number[] = [];
  for (const other of cellDisk(cell, k)) {
    const j = index.get(other);
    if (j !== undefined) out.push(j);
  }
  return out;
}

// Packs a lattice position into one safe-integer key; positions are kept below a quarter of it
// so that a looked-up position a few steps outside still cannot alias a stored one.
const LANE = 2 ** 26;

/**
 * Every cell's k-ring as indices into `cells`, by lattice arithmetic: about 3× faster than a
 * gridDisk call per cell (whose string results dominate the run time), and the same answer when
 * the whole area unfolds into one IJ lattice. Null otherwise (pentagon base cell, too spread out),
 * and the caller then uses gridDisk. hotspots.test.ts checks both give the same rings.
 */
function latticeKRings(cells: readonly string[], k: number): number[][] | null {
  const n = cells.length;
  const ii = new Int32Array(n);
  const jj = new Int32Array(n);
  const at = new Map<number, number>();
  for (let c = 0; c < n; c++) {
    const ij = onPentagonBaseCell(cells[c]!) ? null : cellLocalIj(cells[0]!, cells[c]!);
    if (!ij || Math.abs(ij[0]) >= LANE / 4 || Math.abs(ij[1]) >= LANE / 4 || k >= LANE / 4) return null;
    [ii[c], jj[c]] = ij;
    at.set(ij[0] * LANE + ij[1], c);
  }
  const offsets = latticeOffsets(k);
  return cells.map((_, c) => {
    const out: number[] = [];
    for (let o = 0; o < offsets.length; o += 2) {
      const found = at.get((ii[c]! + offsets[o]!) * LANE + jj[c]! + offsets[o + 1]!);
      if (found !== undefined) out.push(found);
    }
    return out;
  });
}

/**
 * Offsets (di, dj) within k grid steps, flattened. H3's I and J axes are 120° apart, so the
 * grid distance of (a, b) is max(|a|, |b|) when a and b share a sign and |a| + |b| otherwise.
 */
function latticeOffsets(k: number): Int32Array {
  const out: number[] = [];
  for (let a = -k; a <= k; a++) {
    for (let b = -k; b <= k; b++) {
      const distance = a * b >= 0 ? Math.max(Math.abs(a), Math.abs(b)) : Math.abs(a) + Math.abs(b);
      if (distance <= k) out.push(a, b);
    }
  }
  return Int32Array.from(out);
}
