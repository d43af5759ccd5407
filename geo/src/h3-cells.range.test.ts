import { describe, expect, it } from 'vitest';
import { cellChildren, cellDescendantRange, cellParent, cellToBigInt, lngLatToCell, type LngLat } from './h3-cells.js';

const HOAN_KIEM: LngLat = [105.8542, 21.0285];

/** A deterministic spread of points over Hanoi (no randomness: the test must fail the same way twice). */
function hanoiPoints(n: number): LngLat[] {
  return Array.from({ length: n }, (_, i) => [105.7 + ((i * 37) % 100) * 0.003, 20.95 + ((i * 61) % 100) * 0.002]);
}

describe('cellDescendantRange', () => {
  it('holds every res-15 descendant h3-js lists, at each resolution from 10 to 15', () => {
    for (const res of [10, 11, 12, 13, 14, 15]) {
      const cell = lngLatToCell(HOAN_KIEM, res);
      const [low, high] = cellDescendantRange(cell);
      const children = cellChildren(cell, 15).map(cellToBigInt);
      expect(children.length).toBe(7 ** (15 - res));
      for (const child of children) expect(child >= low && child <= high, `${res} ${child}`).toBe(true);
    }
  });

  it('holds a res-15 cell exactly when h3-js says it descends from the cell', () => {
    for (const res of [0, 3, 5, 7, 8, 9, 12]) {
      const cell = lngLatToCell(HOAN_KIEM, res);
      const [low, high] = cellDescendantRange(cell);
      let inside = 0;
      for (const point of hanoiPoints(2000)) {
        const leaf = lngLatToCell(point, 15);
        const v = cellToBigInt(leaf);
        const descends = cellParent(leaf, res) === cell;
        expect(v >= low && v <= high, `${res} ${leaf}`).toBe(descends);
        if (descends) inside++;
      }
      // Coarse cells cover the whole sample; the finer ones must still leave points outside.
      if (res >= 8) expect(inside).toBeLessThan(2000);
      if (res <= 5) expect(inside).toBeGreaterThan(0);
    }
  });

  it('is the cell itself for a res-15 cell', () => {
    const cell = lngLatToCell(HOAN_KIEM, 15);
    expect(cellDescendantRange(cell)).toEqual([cellToBigInt(cell), cellToBigInt(cell)]);
  });
});
