import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { readSharedJson } from './testing/shared-data.js';
import { readFileSync } from 'node:fs';
import {
  bigIntToCell,
  cellParent,
  cellToBigInt,
  h3ParentBigInt,
  lngLatToCell,
  polygonCells,
  type LngLat,
} from './h3-cells.js';

const hanoi = readSharedJson<{
  points: {
    lat: number;
    lng: number;
    latLngToCell: Record<string, string>;
    res9: { cell: string; cellToParent: Record<string, string> };
  }[];
  polygonToCells: { code: string; res: number; cells: string[] };
}>('h3/hanoi_h3_reference_vectors.json');

describe('h3-cells', () => {
  it('round-trips hex and BIGINT forms', () => {
    const cell = lngLatToCell([105.8542, 21.0285], 15);
    expect(bigIntToCell(cellToBigInt(cell))).toBe(cell);
    expect(bigIntToCell(cellToBigInt(cell).toString())).toBe(cell);
  });

  it('computes parents by bit arithmetic exactly as h3-js does, on 2,000 Hanoi cells', () => {
    let mismatches = 0;
    for (let i = 0; i < 2000; i++) {
      const lng = 105.3 + (((i * 7919) % 10007) / 10007) * 0.7;
      const lat = 20.6 + (((i * 104729) % 10009) / 10009) * 0.75;
      const cell = latLngToCell(lat, lng, 15);
      for (const res of [0, 5, 8, 11, 14, 15]) {
        if (bigIntToCell(h3ParentBigInt(cellToBigInt(cell), res)) !== cellParent(cell, res)) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  it('matches the uber/h3 CLI parent vector', () => {
    expect(bigIntToCell(h3ParentBigInt(cellToBigInt('8928342e20fffff'), 3))).toBe('832834fffffffff');
  });

  it('finds the reference cell of every Hanoi point at every resolution', () => {
    for (const p of hanoi.points) {
      for (const [res, expected] of Object.entries(p.latLngToCell)) {
        expect(lngLatToCell([p.lng, p.lat], Number(res))).toBe(expected);
      }
    }
  });

  // H3 is not exactly nested: the parent of a fine cell can differ from the coarse cell of the
  // same point. Aggregation uses parents, so parents are what must match the reference.
  it('derives the reference parents of every Hanoi res-9 cell by bit arithmetic', () => {
    for (const p of hanoi.points) {
      for (const [res, expected] of Object.entries(p.res9.cellToParent)) {
        expect(bigIntToCell(h3ParentBigInt(cellToBigInt(p.res9.cell), Number(res)))).toBe(expected);
      }
    }
  });

  it('fills Phường Hoàn Kiếm with the reference cells (centre containment)', () => {
    const wards = JSON.parse(
      readFileSync(new URL('../../seeds/hanoi-wards-2025.geojson', import.meta.url), 'utf8'),
    ) as {
      features: { properties: { code: string }; geometry: { type: 'MultiPolygon'; coordinates: LngLat[][][] } }[];
    };
    const ref = hanoi.polygonToCells;
    const ward = wards.features.find((f) => f.properties.code === ref.code)!;
    const part0 = { type: 'Polygon' as const, coordinates: ward.geometry.coordinates[0]! };
    expect(polygonCells(part0, ref.res).sort()).toEqual([...ref.cells].sort());
    expect(polygonCells(ward.geometry, ref.res).length).toBeGreaterThanOrEqual(ref.cells.length);
  });
});
