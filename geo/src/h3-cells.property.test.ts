import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bigIntToCell,
  cellParent,
  cellResolution,
  cellToBigInt,
  cellToLngLat,
  h3ParentBigInt,
  isCell,
  lngLatToCell,
} from './h3-cells.js';

// Points anywhere on Earth except the poles' last degree, where every cell is tiny anyway.
const lngLat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -89, max: 89, noNaN: true }));
const res = fc.integer({ min: 0, max: 15 });

describe('h3-cells properties', () => {
  it('round-trips every cell through its BIGINT form', () => {
    fc.assert(
      fc.property(lngLat, res, (p, r) => {
        const cell = lngLatToCell(p, r);
        expect(isCell(cell)).toBe(true);
        expect(bigIntToCell(cellToBigInt(cell))).toBe(cell);
        expect(cellToBigInt(cell) > 0n).toBe(true); // fits a signed BIGINT
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('derives every parent by bit arithmetic exactly as h3-js does', () => {
    fc.assert(
      fc.property(lngLat, res, res, (p, a, b) => {
        const [fine, coarse] = a >= b ? [a, b] : [b, a];
        const cell = lngLatToCell(p, fine);
        expect(bigIntToCell(h3ParentBigInt(cellToBigInt(cell), coarse))).toBe(cellParent(cell, coarse));
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('puts a cell’s centre back in the same cell', () => {
    fc.assert(
      fc.property(lngLat, res, (p, r) => {
        const cell = lngLatToCell(p, r);
        expect(cellResolution(cell)).toBe(r);
        expect(lngLatToCell(cellToLngLat(cell), r)).toBe(cell);
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});
