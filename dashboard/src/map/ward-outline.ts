import { simplify } from '@turf/turf';
import type { Wards } from '../api/types.js';

/**
 * Ward outlines are the map's most expensive layer to draw (a path of every border, each vertex
 * expanded on the GPU, or on the CPU under software WebGL). At city zoom a pixel is ~60 m, so
 * the server's 10 m geometry carries vertices nobody can see: each zoom band gets a coarser copy,
 * made once. Tolerances in degrees (1e-4° ≈ 11 m); below a pixel at the band's lowest zoom.
 */
const BANDS: readonly { maxZoom: number; tolerance: number }[] = [
  { maxZoom: 12, tolerance: 0.0005 },
  { maxZoom: 14, tolerance: 0.0002 },
];

const cache = new WeakMap<Wards, Map<number, Wards>>();

/** The outlines to draw at `zoom`: the served geometry from zoom 14 on, a simplified copy below. */
export function wardOutlinesAt(wards: Wards, zoom: number): Wards {
  const band = BANDS.find((b) => zoom < b.maxZoom);
  if (!band) return wards;
  let byTolerance = cache.get(wards);
  if (!byTolerance) cache.set(wards, (byTolerance = new Map()));
  let simplified = byTolerance.get(band.tolerance);
  if (!simplified) {
    simplified = simplify(wards, { tolerance: band.tolerance, highQuality: false, mutate: false }) as Wards;
    byTolerance.set(band.tolerance, simplified);
  }
  return simplified;
}
