// The h3-cells wrappers against the H3 project's own reference vectors (uber/h3 tests/inputfiles
// and literal values from h3-js's spec), read in place from the shared data folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bigIntToCell,
  cellBoundary,
  cellParent,
  cellResolution,
  cellToBigInt,
  cellToLngLat,
  h3ParentBigInt,
  isCell,
  lngLatToCell,
  type LngLat,
} from './h3-cells.js';
import { readSharedJson, sharedDataDir } from './testing/shared-data.js';

const inputFile = (name: string) => readFileSync(join(sharedDataDir(), 'h3/uber_h3_inputfiles', name), 'utf8');

/** Longitudes in the rand* files run 0…360; ours run −180…180. */
const normalizeLng = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;
/** Smallest difference between two longitudes, across the antimeridian. */
const lngDiff = (a: number, b: number) => Math.abs(normalizeLng(a - b));

/** `H3INDEX lat lng` rows as cells and `[lng, lat]` positions. */
function rows(name: string): { cell: string; at: LngLat }[] {
  return inputFile(name)
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [cell, lat, lng] = line.trim().split(/\s+/);
      return { cell: cell!, at: [normalizeLng(Number(lng)), Number(lat)] as LngLat };
    });
}

/** `H3INDEX { lat lng … }` blocks as cells and their `[lng, lat]` vertices. */
function boundaries(name: string): { cell: string; vertices: LngLat[] }[] {
  const blocks = inputFile(name)
    .split('}')
    .filter((b) => b.trim());
  return blocks.map((block) => {
    const [head, body] = block.split('{');
    const vertices = body!
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number))
      .map(([lat, lng]) => [lng!, lat!] as LngLat);
    return { cell: head!.trim(), vertices };
  });
}

const pad = (n: number) => String(n).padStart(2, '0');
const randCenters = Array.from({ length: 11 }, (_, i) => `rand${pad(i + 5)}centers.txt`);
const bcCenters = ['bc05', 'bc14', 'bc19'].flatMap((bc) =>
  Array.from({ length: 8 }, (_, i) => `${bc}r${pad(i + 8)}centers.txt`),
);

describe('h3-cells against the uber/h3 input files', () => {
  it.each([...randCenters, ...bcCenters])('finds the cell of every centre in %s', (name) => {
    const centers = rows(name);
    expect(centers.length).toBeGreaterThan(0);
    const wrong = centers.filter(({ cell, at }) => lngLatToCell(at, cellResolution(cell)) !== cell);
    expect(wrong).toEqual([]);
  });

  it('reads each centre file at the resolution its name gives', () => {
    for (const name of [...randCenters, ...bcCenters]) {
      const res = Number(/(?:rand|r)(\d\d)centers/.exec(name)![1]);
      expect(rows(name).every(({ cell }) => isCell(cell) && cellResolution(cell) === res)).toBe(true);
    }
  });

  it.each(['res00ic.txt', 'res01ic.txt', 'res02ic.txt'])('places every cell centre of %s within 1e-6°', (name) => {
    const cells = rows(name);
    const far = cells.filter(({ cell, at }) => {
      const [lng, lat] = cellToLngLat(cell);
      return Math.abs(lat - at[1]) > 1e-6 || lngDiff(lng, at[0]) > 1e-6;
    });
    expect(far).toEqual([]);
    expect(cells.filter(({ cell }) => lngLatToCell(cellToLngLat(cell), cellResolution(cell)) !== cell)).toEqual([]);
  });

  it.each([
    'res00cells.txt',
    'res01cells.txt',
    'bc05r08cells.txt',
    'bc05r09cells.txt',
    'rand08cells.txt',
    'rand09cells.txt',
  ])('draws every boundary of %s with the same vertices in the same order, within 1e-9°', (name) => {
    const cells = boundaries(name);
    expect(cells.length).toBeGreaterThan(0);
    const wrong = cells.filter(({ cell, vertices }) => {
      const ours = cellBoundary(cell);
      return (
        ours.length !== vertices.length ||
        ours.some(([lng, lat], i) => Math.abs(lat - vertices[i]![1]) > 1e-9 || lngDiff(lng, vertices[i]![0]) > 1e-9)
      );
    });
    expect(wrong.map((w) => w.cell)).toEqual([]);
  });
});

interface SpecVectors {
  latLngToCell: { lat: number; lng: number; res: number; expected: string }[];
  cellToLatLng: { cell: string; expected: [number, number] }[];
  cellToBoundary: { cell: string; expected: [number, number][] }[];
  cellToParent_property: { lat: number; lng: number };
}
const spec = readSharedJson<SpecVectors>('h3/h3js_spec_vectors.json');

describe('h3-cells against the h3-js spec values', () => {
  it('finds the expected cells, leading zeros and longitudes past 180 included', () => {
    for (const v of spec.latLngToCell) expect(lngLatToCell([v.lng, v.lat], v.res)).toBe(v.expected);
    // A BIGINT round trip keeps the hex form h3-js gives (no lost leading digits).
    for (const v of spec.latLngToCell) expect(bigIntToCell(cellToBigInt(v.expected))).toBe(v.expected);
  });

  it('returns centres and boundaries as [lng, lat]', () => {
    for (const v of spec.cellToLatLng) {
      const [lng, lat] = cellToLngLat(v.cell);
      expect(lat).toBeCloseTo(v.expected[0], 6);
      expect(lng).toBeCloseTo(v.expected[1], 6);
    }
    for (const v of spec.cellToBoundary) {
      const ours = cellBoundary(v.cell);
      expect(ours).toHaveLength(v.expected.length);
      ours.forEach(([lng, lat], i) => {
        expect(lat).toBeCloseTo(v.expected[i]![0], 9);
        expect(lng).toBeCloseTo(v.expected[i]![1], 9);
      });
    }
  });

  it('derives the parent of a point’s cell as the cell of the point at the coarser resolution', () => {
    const p: LngLat = [spec.cellToParent_property.lng, spec.cellToParent_property.lat];
    for (let res = 1; res <= 9; res++) {
      for (let r = 0; r < res; r++) {
        const cell = lngLatToCell(p, res);
        expect(cellParent(cell, r)).toBe(lngLatToCell(p, r));
        expect(bigIntToCell(h3ParentBigInt(cellToBigInt(cell), r))).toBe(lngLatToCell(p, r));
      }
    }
  });
});
