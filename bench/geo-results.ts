import type { Timing } from './micro.js';

/** Phase 3: per-report H3 work against raw h3-js on the same points. */
export interface H3Result {
  points: number;
  runs: number;
  ours: Timing;
  baseline: Timing;
  /** Ours must reach at least this share of raw h3-js's calls/s. */
  barRatio: number;
}

/** Phase 4: Gi* hotspots over a study region of res-10 cells, against the bare Gi* core. */
export interface GiResultRow {
  cells: number;
  cellsWithReports: number;
  resolution: number;
  k: number;
  runs: number;
  ours: Timing;
  baseline: Timing;
  /** Largest |z| difference between ours and the core on the same neighbour lists: the work is the same. */
  maxZDifference: number;
  barMs: number;
}

/** Phase 5: point → ward lookups against a brute-force scan of the ward bboxes. */
export interface WardsResult {
  wards: number;
  points: number;
  /** Points our index placed in a ward (the rest of the bbox is outside Hà Nội's wards). */
  inside: number;
  buildMs: number;
  runs: number;
  ours: Timing;
  baseline: Timing;
  barPerSec: number;
}

export interface GeoResults {
  h3: H3Result;
  hotspots: GiResultRow;
  wards: WardsResult;
}

/** A figure passes when it meets its bar; Gi* also has to give the core's z-scores. */
export function geoVerdicts(g: GeoResults): { h3: boolean; hotspots: boolean; wards: boolean } {
  return {
    h3: g.h3.ours.perSec >= g.h3.barRatio * g.h3.baseline.perSec,
    hotspots: g.hotspots.ours.medianMs < g.hotspots.barMs && g.hotspots.maxZDifference < 1e-9,
    wards: g.wards.ours.perSec >= g.wards.barPerSec,
  };
}
