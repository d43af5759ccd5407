// In-process micro-benchmark helpers for the geo phases: seeded inputs and median-of-runs timing.
import { nowMs } from './clock.js';

/** `[minLng, minLat, maxLng, maxLat]` in degrees. */
export type BBox = readonly [number, number, number, number];

/** Hà Nội's administrative bbox (all 126 wards fit in it). */
export const HANOI_BBOX: BBox = [105.285, 20.564, 106.02, 21.385];

/**
 * A seeded uniform generator on [0, 1) (mulberry32): the same inputs in every run and for both
 * sides of a comparison.
 * @example seededRandom(1)() === seededRandom(1)() // true
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` uniform points in `bbox`, flattened as lng0, lat0, lng1, lat1, … (no per-point arrays to allocate). */
export function randomPoints(n: number, bbox: BBox, seed: number): Float64Array {
  const rnd = seededRandom(seed);
  const [w, s, e, north] = bbox;
  const out = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    out[2 * i] = w + rnd() * (e - w);
    out[2 * i + 1] = s + rnd() * (north - s);
  }
  return out;
}

/** Middle value (mean of the middle two for an even count); NaN for none. Input is not changed. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median wall time of several runs, and the rate it means for `items` per run. */
export interface Timing {
  medianMs: number;
  perSec: number;
  runsMs: number[];
}

/** The rate of `items` done in `ms`; NaN when no time passed. */
export const perSecond = (items: number, ms: number) => (ms > 0 ? (items * 1000) / ms : Number.NaN);

export function timing(runsMs: number[], items: number): Timing {
  const medianMs = median(runsMs);
  return { medianMs, perSec: perSecond(items, medianMs), runsMs };
}

// Results of the measured functions land here so the JIT cannot drop their work as dead code.
let sink = 0;
export const sunk = () => sink;

/**
 * Times `ours` and `baseline` alternately (after one warm-up call each), so drift of a busy
 * machine falls on both sides. Each function returns a number that is kept (see `sink`).
 */
export function compareRuns(
  ours: () => number,
  baseline: () => number,
  runs: number,
  items: number,
): { ours: Timing; baseline: Timing } {
  sink += ours() + baseline();
  const o: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (const [fn, into] of [
      [baseline, b],
      [ours, o],
    ] as const) {
      const t0 = nowMs();
      sink += fn();
      into.push(nowMs() - t0);
    }
  }
  return { ours: timing(o, items), baseline: timing(b, items) };
}
