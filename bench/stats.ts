/** Latency summary over a sample, in the sample's unit (milliseconds here). */
export interface Summary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * Nearest-rank percentile of an ascending sample: the smallest value with at least p% of the
 * sample at or below it. NaN for an empty sample.
 * @example percentile([1, 2, 3, 4], 50) // 2
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  const rank = Math.ceil((Math.min(p, 100) / 100) * sorted.length);
  return sorted[rank - 1]!;
}

/** Sorts a copy of `values` and summarises it; the input is left as it was. */
export function summarize(values: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    count: sorted.length,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
  };
}

/** ours / baseline, or NaN when the baseline is zero or missing. */
export function ratio(ours: number, baseline: number): number {
  return baseline > 0 && Number.isFinite(ours) ? ours / baseline : Number.NaN;
}
