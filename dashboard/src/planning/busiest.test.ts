import { lngLatToCell } from '@matthan/geo';
import { describe, expect, it } from 'vitest';
import { busiestCells, wardIndex, wardOfCell } from './busiest.js';

const start = '2025-07-01T00:00:00.000Z';

describe('busiest cells', () => {
  it('sums each cell over the frames and ranks them, ties by cell', () => {
    const frames = [
      {
        start,
        cells: [
          { cell: 'b', count: 2 },
          { cell: 'c', count: 1 },
        ],
      },
      { start, cells: [] },
      {
        start,
        cells: [
          { cell: 'a', count: 3 },
          { cell: 'c', count: 4 },
        ],
      },
    ];
    expect(busiestCells(frames, 2)).toEqual([
      { cell: 'c', count: 5 },
      { cell: 'a', count: 3 },
    ]);
    expect(busiestCells([], 5)).toEqual([]);
  });

  it('names a cell by the ward at its centre', () => {
    const square = (
      code: string,
      w: number,
    ): {
      type: 'Feature';
      properties: { code: string };
      geometry: { type: 'Polygon'; coordinates: [number, number][][] };
    } => ({
      type: 'Feature',
      properties: { code },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [w, 21],
            [w + 0.1, 21],
            [w + 0.1, 21.1],
            [w, 21.1],
            [w, 21],
          ],
        ],
      },
    });
    const index = wardIndex({ type: 'FeatureCollection', features: [square('west', 105.7), square('east', 105.8)] });
    expect(wardOfCell(index, lngLatToCell([105.85, 21.05], 9))).toBe('east');
    expect(wardOfCell(index, lngLatToCell([105.75, 21.05], 9))).toBe('west');
    expect(wardOfCell(index, lngLatToCell([106.5, 21.05], 9))).toBeNull();
    expect(wardOfCell(null, lngLatToCell([105.85, 21.05], 9))).toBeNull();
  });
});
