// Small, dependency-free statistics shared by the hotspot modules: the normal tail and the
// Benjamini–Hochberg adjustment. Written out here rather than pulled from a package so `geo`
// stays free of runtime dependencies other than h3-js.

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/**
 * Complementary error function, accurate to about 1e-15 relative on the whole real line.
 * Two textbook expansions, each used where it converges fast and has no cancellation:
 * erf's series with all-positive terms, x·e^(−x²)·Σ (2x²)^k / (1·3·…·(2k+1)), below 2.5, and
 * the Laplace continued fraction for erfc above it (evaluated by the modified Lentz method).
 * @example erfc(0) // 1
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 2.5) return 1 - erfSeries(x);
  if (x > 27) return 0; // e^(−x²) underflows below the smallest double (and x = ∞ would give ∞/∞)
  return erfcContinuedFraction(x);
}

function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let k = 1; k < 200 && term > sum * 1e-17; k++) {
    term *= (2 * x2) / (2 * k + 1);
    sum += term;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
}

// erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))), i.e. a_k = k/2.
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = x + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

/**
 * Two-sided p-value of a standard-normal z-score, P(|Z| ≥ |z|). Infinite z gives 0, NaN gives 1
 * (callers treat "no evidence" as not significant rather than propagating NaN).
 * @example normalTwoSidedP(1.959963984540054) // ≈ 0.05
 */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return 1;
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

/**
 * Benjamini–Hochberg adjusted p-values ("q-values"), in the input order.
 *
 * Procedure (Benjamini & Hochberg 1995, J. R. Stat. Soc. B 57(1):289–300, step-up form): sort the
 * m p-values ascending, p(1) ≤ … ≤ p(m); q(i) = min over j ≥ i of m·p(j)/j, capped at 1. A test
 * is rejected at FDR level α exactly when q ≤ α, which is the same as BH's rule "reject the i
 * smallest where i is the largest index with p(i) ≤ α·i/m". Ties get equal q. The result is
 * monotone in p and never below p.
 * @example benjaminiHochberg([0.01, 0.04, 0.03]) // [0.03, 0.04, 0.04]
 */
export function benjaminiHochberg(pValues: ArrayLike<number>): Float64Array {
  const m = pValues.length;
  const q = new Float64Array(m);
  if (m === 0) return q;
  const order = new Uint32Array(m);
  for (let i = 0; i < m; i++) order[i] = i;
  order.sort((a, b) => pValues[a]! - pValues[b]!);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const i = order[rank - 1]!;
    // p·(m/rank), not (p·m)/rank: m/rank ≥ 1 and rounding is monotone, so q can never round below p.
    running = Math.min(running, pValues[i]! * (m / rank));
    q[i] = running;
  }
  return q;
}
