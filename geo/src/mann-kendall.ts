// The Mann–Kendall trend test (Mann 1945; Kendall 1975, "Rank Correlation Methods"), as the
// emerging hot spot analysis runs it on each cell's series of Gi* z-scores.
import { normalTwoSidedP } from './stats.js';

/** Direction of a trend that is significant at the chosen level; 'none' otherwise. */
export type TrendDirection = 'up' | 'down' | 'none';

/** The Mann–Kendall statistic S, its tie-corrected variance, the normal z, two-sided p and verdict. */
export interface MannKendallResult {
  /** Σ_{i<j} sign(x_j − x_i): positive when later values tend to be larger. */
  s: number;
  /** Var(S) under H0 with Kendall's tie correction. */
  varS: number;
  /** (S ∓ 1)/√Var(S), continuity-corrected; 0 when S = 0 or there is no variance. */
  z: number;
  /** Two-sided normal p of z. */
  p: number;
  /** 'up'/'down' when p ≤ alpha, by the sign of S; else 'none'. */
  trend: TrendDirection;
}

/** Options of {@link mannKendall}. */
export interface MannKendallOptions {
  /** Significance level of the two-sided test that decides `trend`. Default 0.05. */
  alpha?: number;
}

/** The result for a series that carries no evidence of a trend. */
const NO_TREND: MannKendallResult = { s: 0, varS: 0, z: 0, p: 1, trend: 'none' };

/**
 * Mann–Kendall test for a monotonic trend in a series taken at equal steps, oldest first.
 *
 * S = Σ_{i<j} sign(x_j − x_i). Var(S) = [n(n−1)(2n+5) − Σ_g t_g(t_g−1)(2t_g+5)] / 18, where t_g is
 * the size of each group of exactly equal values (Kendall 1975; the standard tie correction, as
 * in Hamed & Rao 1998 before their autocorrelation step, which is not applied here).
 * z = (S − 1)/√Var for S > 0, (S + 1)/√Var for S < 0, 0 for S = 0; p = P(|Z| ≥ |z|).
 *
 * Edge cases, never NaN: fewer than 3 values or Var(S) = 0 (all values equal) give S as computed,
 * z = 0, p = 1, trend 'none'; the normal approximation says nothing useful there. Throws a
 * RangeError on a non-finite value or an alpha outside (0, 1).
 * @example
 * mannKendall([1, 2, 3, 4, 5]) // { s: 10, varS: 16.67, z: 2.205, p: 0.0275, trend: 'up' } (rounded)
 */
export function mannKendall(series: readonly number[], opts: MannKendallOptions = {}): MannKendallResult {
  const alpha = opts.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  series.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`value ${i} is ${v}: values must be finite`);
  });
  const n = series.length;
  if (n < 3) return { ...NO_TREND, s: kendallS(series) };
  const s = kendallS(series);
  const varS = (n * (n - 1) * (2 * n + 5) - tieTerm(series)) / 18;
  if (!(varS > 0)) return { ...NO_TREND, s };
  const z = s === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(varS);
  const p = normalTwoSidedP(z);
  const trend: TrendDirection = p <= alpha && z !== 0 ? (z > 0 ? 'up' : 'down') : 'none';
  return { s, varS, z, p, trend };
}

function kendallS(x: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) s += Math.sign(x[j]! - x[i]!);
  }
  return s;
}

/** Σ t(t−1)(2t+5) over groups of exactly equal values. */
function tieTerm(x: readonly number[]): number {
  const sizes = new Map<number, number>();
  for (const v of x) sizes.set(v, (sizes.get(v) ?? 0) + 1);
  let total = 0;
  for (const t of sizes.values()) total += t * (t - 1) * (2 * t + 5);
  return total;
}
