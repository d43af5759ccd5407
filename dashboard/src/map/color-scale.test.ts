import { describe, expect, it } from 'vitest';
import { binForCount, binLabel, colorForCount, COUNT_BINS, hexToRgba } from './color-scale.js';

describe('count colour scale', () => {
  it('puts every count in exactly one bin, with no gap between bins', () => {
    for (let i = 1; i < COUNT_BINS.length; i++) expect(COUNT_BINS[i]!.min).toBe(COUNT_BINS[i - 1]!.max! + 1);
    expect(binForCount(1).min).toBe(1);
    expect(binForCount(3)).toBe(COUNT_BINS[1]);
    expect(binForCount(10_000)).toBe(COUNT_BINS.at(-1));
  });

  it('gets darker as the count grows, so order reads without hue', () => {
    const lightness = COUNT_BINS.map((b) =>
      hexToRgba(b.color)
        .slice(0, 3)
        .reduce((s, v) => s + v, 0),
    );
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]).toBeLessThan(lightness[i - 1]!);
  });

  it('labels bins for the legend', () => {
    expect(COUNT_BINS.map(binLabel)).toEqual(['1', '2–4', '5–9', '10–19', '20–49', '50–99', '≥ 100']);
  });

  it('parses colours and keeps the alpha', () => {
    expect(hexToRgba('#8c564b', 200)).toEqual([140, 86, 75, 200]);
    expect(hexToRgba('nope')).toEqual([128, 128, 128, 255]);
    expect(colorForCount(1)).toEqual([253, 231, 37, 255]);
  });
});
