import { describe, expect, it } from 'vitest';
import { percentile, ratio, summarize } from './stats.js';

describe('percentile', () => {
  it('takes the nearest rank: the smallest value with p% of the sample at or below it', () => {
    const sorted = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 51)).toBe(60);
    expect(percentile(sorted, 99)).toBe(100);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile(sorted, 0)).toBe(10);
  });

  it('gives the one value of a single-value sample and NaN for an empty one', () => {
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('finds p99 of 1..1000 at 990', () => {
    expect(
      percentile(
        Float64Array.from({ length: 1000 }, (_, i) => i + 1),
        99,
      ),
    ).toBe(990);
  });
});

describe('summarize', () => {
  it('sorts numerically without touching its input', () => {
    const input = [9, 100, 1, 20];
    const s = summarize(input);
    expect(input).toEqual([9, 100, 1, 20]);
    expect(s).toMatchObject({ count: 4, p50: 9, p95: 100, p99: 100, max: 100, mean: 32.5 });
  });

  it('reports NaN figures for no sample rather than zeros that look like a result', () => {
    const s = summarize([]);
    expect(s.count).toBe(0);
    expect(s.p99).toBeNaN();
    expect(s.max).toBeNaN();
  });
});

describe('ratio', () => {
  it('divides ours by the baseline, and is NaN when the baseline is zero', () => {
    expect(ratio(500, 2000)).toBe(0.25);
    expect(ratio(1, 0)).toBeNaN();
  });
});
