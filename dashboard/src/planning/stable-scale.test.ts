import { describe, expect, it } from 'vitest';
import { COUNT_BINS } from '../map/color-scale.js';
import { scaleBin, scaleColor, stableScale } from './stable-scale.js';

describe('stable colour scale', () => {
  it('has one bin per count while they fit', () => {
    expect(stableScale(4).map((b) => [b.min, b.max])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
    expect(stableScale(0)).toEqual([]);
  });

  it.each([8, 13, 100, 2500])('covers 1…%i with contiguous bins in viridis order', (max) => {
    const scale = stableScale(max);
    expect(scale.length).toBe(COUNT_BINS.length);
    expect(scale[0]!.min).toBe(1);
    expect(scale[scale.length - 1]!.max).toBe(max);
    for (let i = 1; i < scale.length; i++) {
      expect(scale[i]!.min).toBe(scale[i - 1]!.max! + 1);
      expect(scale[i]!.max!).toBeGreaterThanOrEqual(scale[i]!.min);
    }
    expect(scale.map((b) => b.color)).toEqual(COUNT_BINS.map((b) => b.color));
  });

  it('gives a count the same colour whatever frame it is in: the scale depends on the max alone', () => {
    const a = stableScale(100);
    expect(scaleColor(a, 30)).toEqual(scaleColor(stableScale(100), 30));
    expect(scaleBin(a, 1)!.color).toBe(COUNT_BINS[0]!.color);
    expect(scaleBin(a, 100)!.color).toBe(COUNT_BINS[COUNT_BINS.length - 1]!.color);
    expect(scaleColor(a, 3)).not.toEqual(scaleColor(a, 60));
  });
});
