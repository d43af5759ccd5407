import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mannKendall } from './mann-kendall.js';

describe('mannKendall against hand-computed values', () => {
  it('gives S = 10, Var = 50/3, z = 9/√(50/3), p ≈ 0.0275 for 1..5', () => {
    const r = mannKendall([1, 2, 3, 4, 5]);
    expect(r.s).toBe(10);
    // Var = n(n−1)(2n+5)/18 = 5·4·15/18.
    expect(r.varS).toBeCloseTo(300 / 18, 12);
    expect(r.z).toBeCloseTo(2.2045407685048604, 12);
    expect(r.p).toBeCloseTo(0.027486336111510353, 12);
    expect(r.trend).toBe('up');
  });

  it('removes a pair of ties from the variance: [1, 2, 2, 3]', () => {
    // S: five rising pairs and one tie; Var = (4·3·13 − 2·1·9)/18 = 138/18.
    const r = mannKendall([1, 2, 2, 3]);
    expect(r.s).toBe(5);
    expect(r.varS).toBeCloseTo(138 / 18, 12);
    expect(r.z).toBeCloseTo(4 / Math.sqrt(138 / 18), 12);
    expect(r.p).toBeCloseTo(0.1485617748918687, 12);
    expect(r.trend).toBe('none');
  });

  it('corrects for a pair and a triple of ties: [3, 1, 1, 4, 4, 4, 2]', () => {
    // Var = (7·6·19 − 2·1·9 − 3·2·11)/18 = 714/18; z = (5 − 1)/√Var.
    const r = mannKendall([3, 1, 1, 4, 4, 4, 2]);
    expect(r.s).toBe(5);
    expect(r.varS).toBeCloseTo(714 / 18, 12);
    expect(r.z).toBeCloseTo(0.6351073488299558, 12);
    expect(r.p).toBeCloseTo(0.525358404466242, 12);
  });

  it('applies the continuity correction towards zero for a falling series', () => {
    const r = mannKendall([5, 4, 3, 2, 1]);
    expect(r.s).toBe(-10);
    expect(r.z).toBeCloseTo(-9 / Math.sqrt(300 / 18), 12);
    expect(r.trend).toBe('down');
  });

  it('decides the trend at the alpha it is given', () => {
    expect(mannKendall([1, 2, 2, 3], { alpha: 0.2 }).trend).toBe('up');
    expect(mannKendall([1, 2, 3, 4, 5], { alpha: 0.01 }).trend).toBe('none');
  });
});

describe('mannKendall edge cases', () => {
  it.each([[[]], [[7]], [[1, 2]]])('reports no trend for the short series %j', (series) => {
    const r = mannKendall(series);
    expect(r).toMatchObject({ z: 0, p: 1, trend: 'none' });
  });

  it('reports no trend, not NaN, when every value is equal', () => {
    expect(mannKendall([3, 3, 3, 3])).toEqual({ s: 0, varS: 0, z: 0, p: 1, trend: 'none' });
  });

  it('rejects non-finite values and a bad alpha', () => {
    expect(() => mannKendall([1, Number.NaN, 3])).toThrow(RangeError);
    expect(() => mannKendall([1, 2, 3], { alpha: 0 })).toThrow(RangeError);
  });
});

describe('mannKendall properties', () => {
  const series = fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 3, maxLength: 30 });

  it('negates S and z when the series is reversed', () => {
    fc.assert(
      fc.property(series, (x) => {
        const a = mannKendall(x);
        const b = mannKendall([...x].reverse());
        expect(b.s + a.s).toBe(0);
        expect(b.z).toBeCloseTo(-a.z, 12);
        expect(b.varS).toBeCloseTo(a.varS, 9);
      }),
    );
  });

  it('gives S = n(n−1)/2 for a strictly increasing series', () => {
    fc.assert(
      // `+ 0` turns -0 into 0: the two are distinct to uniqueArray but equal as values (a tie).
      fc.property(
        fc.uniqueArray(
          fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => v + 0),
          { minLength: 3 },
        ),
        (x) => {
          const sorted = [...x].sort((a, b) => a - b);
          expect(mannKendall(sorted).s).toBe((sorted.length * (sorted.length - 1)) / 2);
        },
      ),
    );
  });

  it('always returns finite z and p in [0, 1]', () => {
    fc.assert(
      fc.property(series, (x) => {
        const r = mannKendall(x);
        expect(Number.isFinite(r.z)).toBe(true);
        expect(r.p).toBeGreaterThanOrEqual(0);
        expect(r.p).toBeLessThanOrEqual(1);
      }),
    );
  });
});
