import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { getPentagons } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { cellDisk, lngLatToCell } from './h3-cells.js';
import { classifyHotspot, getisOrdGiStar, hotspotsForCells } from './hotspots.js';
import { readSharedJson, sharedDataDir } from './testing/shared-data.js';

/** Binary distance-band neighbours, j ≠ i, distance ≤ band (squared, so integer grids compare exactly). */
function distanceBand(points: readonly (readonly [number, number])[], band: number): number[][] {
  return points.map(([xi, yi], i) =>
    points.flatMap(([xj, yj], j) => (j !== i && (xi - xj) ** 2 + (yi - yj) ** 2 <= band * band ? [j] : [])),
  );
}

function expectAllClose(actual: ArrayLike<number>, expected: readonly number[], tolerance: number) {
  expect(actual.length).toBe(expected.length);
  const worst = Math.max(...expected.map((e, i) => Math.abs(actual[i]! - e)));
  expect(worst).toBeLessThanOrEqual(tolerance);
}

describe('getisOrdGiStar against published references', () => {
  const esda = readSharedJson<{
    input: { points_xy: [number, number][]; y: number[] };
    expected: { G_local_binary_Zs: number[]; G_local_star_binary_Zs: number[] };
  }>('hotspot/esda_getisord_worked_example.json');

  // esda prints these to 8 significant digits (7 decimals for |z| ≥ 1), so half a unit in
  // the 7th decimal is the tightest honest tolerance; the 256-row spdep table below is full precision.
  it('reproduces the PySAL esda worked example (6 points, distance band 15), Gi and Gi*', () => {
    const nb = distanceBand(esda.input.points_xy, 15);
    expect(nb).toEqual([[1, 3], [0, 3, 4], [4], [0, 1, 4], [1, 2, 3, 5], [4]]);
    expectAllClose(getisOrdGiStar(esda.input.y, nb, { star: false }).z, esda.expected.G_local_binary_Zs, 5e-8);
    expectAllClose(getisOrdGiStar(esda.input.y, nb).z, esda.expected.G_local_star_binary_Zs, 5e-8);
  });

  const rows = readFileSync(join(sharedDataDir(), 'hotspot/getisord1996_remote_sensing_gi_zscores.csv'), 'utf8')
    .trim()
    .split('\n');
  const header = rows[0]!.split(',').map((h) => h.replaceAll('"', ''));
  const table = rows.slice(1).map((r) => r.split(',').map(Number));
  const column = (name: string) => table.map((r) => r[header.indexOf(name)]!);
  const points = table.map((r) => [r[header.indexOf('x')]!, r[header.indexOf('y')]!] as const);

  it.each([30, 60, 90, 120, 150])(
    'reproduces spdep localG on the Getis & Ord (1996) 16×16 grid at distance %i, Gi and Gi*',
    (band) => {
      expect(table).toHaveLength(256);
      const nb = distanceBand(points, band);
      expect(nb.map((l) => l.length)).toEqual(column(`n_neigh_d${band}`));
      const values = column('val');
      expectAllClose(getisOrdGiStar(values, nb, { star: false }).z, column(`Gi_z_d${band}`), 1e-9);
      expectAllClose(getisOrdGiStar(values, nb, { star: true }).z, column(`Gistar_z_d${band}`), 1e-9);
    },
  );
});

describe('getisOrdGiStar edge cases', () => {
  it('returns empty arrays for no observations', () => {
    const { z, p } = getisOrdGiStar([], []);
    expect(z.length + p.length).toBe(0);
  });

  it('gives z = 0 and p = 1 for a single observation, star or not', () => {
    for (const star of [true, false]) expect(getisOrdGiStar([5], [[0]], { star })).toEqual(fromLists([0], [1]));
  });

  it('gives z = 0 and p = 1 everywhere when all values are equal', () => {
    const nb = [[1], [0, 2], [1]];
    for (const star of [true, false])
      expect(getisOrdGiStar([0.1, 0.1, 0.1], nb, { star })).toEqual(fromLists([0, 0, 0], [1, 1, 1]));
  });

  it('gives z = 0 to an isolated observation under Gi and to one whose neighbourhood is everything', () => {
    const values = [1, 5, 2, 8];
    expect(getisOrdGiStar(values, [[], [0], [1], [2]], { star: false }).z[0]).toBe(0);
    expect(getisOrdGiStar(values, [[0, 1, 2, 3], [1], [2], [3]]).z[0]).toBe(0);
  });

  it('gives z = 0 under Gi when the other values are all equal (zero leave-one-out variance)', () => {
    const { z } = getisOrdGiStar([0.7, 0.1, 0.1, 0.1], [[1], [0], [3], [2]], { star: false });
    expect(z[0]).toBe(0);
    expect([...z].every(Number.isFinite)).toBe(true);
  });

  it('stays finite for huge values', () => {
    const { z, p } = getisOrdGiStar([1e308, -1e308, 1e308, 0], [[1], [0, 2], [1, 3], [2]]);
    expect([...z, ...p].every(Number.isFinite)).toBe(true);
  });

  it('rejects non-finite values, out-of-range and duplicated neighbours', () => {
    expect(() => getisOrdGiStar([1, Number.NaN], [[1], [0]])).toThrow(RangeError);
    expect(() => getisOrdGiStar([1, 2], [[2], [0]])).toThrow(RangeError);
    expect(() => getisOrdGiStar([1, 2], [[1, 1], [0]])).toThrow(RangeError);
    expect(() => getisOrdGiStar([1, 2], [[1]])).toThrow(RangeError);
  });
});

function fromLists(z: number[], p: number[]) {
  return { z: Float64Array.from(z), p: Float64Array.from(p) };
}

describe('getisOrdGiStar invariants', () => {
  // Random values on random (not necessarily symmetric) neighbour lists.
  const problem = fc.integer({ min: 2, max: 30 }).chain((n) =>
    fc.record({
      values: fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: n, maxLength: n }),
      neighbours: fc.array(fc.uniqueArray(fc.nat(n - 1), { maxLength: n }), { minLength: n, maxLength: n }),
      star: fc.boolean(),
    }),
  );
  const near = (a: Float64Array, b: Float64Array) =>
    a.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThanOrEqual(1e-8 * (1 + Math.abs(v))));

  it('is unchanged by adding a constant to every value', () => {
    fc.assert(
      fc.property(problem, fc.double({ min: -1e4, max: 1e4, noNaN: true }), ({ values, neighbours, star }, c) => {
        near(
          getisOrdGiStar(values, neighbours, { star }).z,
          getisOrdGiStar(
            values.map((v) => v + c),
            neighbours,
            { star },
          ).z,
        );
      }),
    );
  });

  it('is unchanged by positive scaling', () => {
    fc.assert(
      fc.property(problem, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), ({ values, neighbours, star }, a) => {
        near(
          getisOrdGiStar(values, neighbours, { star }).z,
          getisOrdGiStar(
            values.map((v) => v * a),
            neighbours,
            { star },
          ).z,
        );
      }),
    );
  });

  it('negates when the values are negated, with the same p', () => {
    fc.assert(
      fc.property(problem, ({ values, neighbours, star }) => {
        const a = getisOrdGiStar(values, neighbours, { star });
        const b = getisOrdGiStar(
          values.map((v) => -v),
          neighbours,
          { star },
        );
        near(
          a.z,
          b.z.map((v) => -v),
        );
        near(a.p, b.p);
      }),
    );
  });

  it('never returns NaN or Infinity', () => {
    fc.assert(
      fc.property(problem, ({ values, neighbours, star }) => {
        const { z, p } = getisOrdGiStar(values, neighbours, { star });
        expect([...z, ...p].every(Number.isFinite)).toBe(true);
      }),
    );
  });
});

describe('hotspotsForCells', () => {
  const centre = lngLatToCell([105.8542, 21.0285], 9); // Hoàn Kiếm
  const area = cellDisk(centre, 10); // 331 cells
  const cluster = new Map(cellDisk(centre, 2).map((c) => [c, 10]));

  it('classifies the centre of a 2-ring cluster on a zero background as hot-99', () => {
    const result = hotspotsForCells(cluster, area, { k: 1 });
    expect(result).toHaveLength(331);
    const byCell = new Map(result.map((r) => [r.cell, r]));
    const hit = byCell.get(centre)!;
    expect(hit.count).toBe(10);
    expect(hit.classification).toBe('hot-99');
    // By hand: n = 331, 19 cells of 10; the centre's 7-cell neighbourhood holds 70.
    const mean = 190 / 331;
    const sd = Math.sqrt(1900 / 331 - mean * mean);
    expect(hit.z).toBeCloseTo((70 - 7 * mean) / (sd * Math.sqrt((7 * 324) / 330)), 10);
    const near4 = new Set(cellDisk(centre, 4));
    const far = area.filter((c) => !near4.has(c));
    for (const cell of far) expect(byCell.get(cell)!.classification).toBe('not-significant');
  });

  it('ignores counts outside the study area and accepts an array of counts, summed per cell', () => {
    const outside = cellDisk(area[0]!, 12).find((c) => !area.includes(c))!;
    const asArray = [...cluster].flatMap(([cell, count]) => [
      { cell, count: count / 2 },
      { cell, count: count / 2 },
    ]);
    const a = hotspotsForCells(cluster, area);
    const b = hotspotsForCells([...asArray, { cell: outside, count: 1e6 }], area, { k: 1 });
    expect(b).toEqual(a);
  });

  it('keeps the study-area order, without duplicates, and uses BH-adjusted p for the class', () => {
    const result = hotspotsForCells(cluster, [...area, area[0]!], { k: 2 });
    expect(result.map((r) => r.cell)).toEqual(area);
    for (const r of result) {
      expect(r.pAdjusted).toBeGreaterThanOrEqual(r.p);
      expect(r.classification).toBe(classifyHotspot(r.z, r.pAdjusted));
    }
  });

  it('returns [] for an empty study area, and not-significant for one cell or equal counts', () => {
    expect(hotspotsForCells(new Map(), [])).toEqual([]);
    expect(hotspotsForCells(new Map([[centre, 3]]), [centre])).toEqual([
      { cell: centre, count: 3, z: 0, p: 1, pAdjusted: 1, classification: 'not-significant' },
    ]);
    const flat = hotspotsForCells(new Map(area.map((c) => [c, 4])), area);
    expect(flat.every((r) => r.z === 0 && r.p === 1 && r.classification === 'not-significant')).toBe(true);
  });

  // hotspotsForCells finds k-rings by IJ-lattice arithmetic where it can; gridDisk is the reference.
  it.each([
    ['a Hanoi area with holes (res 9)', lngLatToCell([105.8542, 21.0285], 9), 12, 0.6],
    ['an area spanning base cells (res 4, ~1,000 km)', lngLatToCell([105.8542, 21.0285], 4), 18, 0.8],
    ['an area across an icosahedron edge (res 5, faces 5 and 10)', lngLatToCell([120, 20], 5), 20, 0.8],
    ['an area H3 cannot unfold from one anchor (res 5)', lngLatToCell([0, 0], 5), 20, 0.8],
    ['an area around a pentagon (res 6)', getPentagons(6)[3]!, 6, 0.9],
  ])('uses the same k-rings as gridDisk on %s', (_, origin, radius, keep) => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const area = cellDisk(origin, radius).filter(() => random() < keep);
    const counts = new Map(area.map((c) => [c, Math.floor(random() * 5)]));
    const index = new Map(area.map((c, i) => [c, i]));
    for (const k of [1, 2, 3]) {
      const rings = area.map((c) => cellDisk(c, k).flatMap((d) => (index.has(d) ? [index.get(d)!] : [])));
      const expected = getisOrdGiStar(
        Float64Array.from(area, (c) => counts.get(c)!),
        rings,
      ).z;
      const actual = hotspotsForCells(counts, area, { k }).map((r) => r.z);
      expect(Math.max(...actual.map((z, i) => Math.abs(z - expected[i]!)))).toBeLessThan(1e-12);
    }
  });

  it('rejects invalid cells, mixed resolutions, non-finite counts and a bad k', () => {
    expect(() => hotspotsForCells(new Map(), ['nope'])).toThrow(RangeError);
    expect(() => hotspotsForCells(new Map(), [centre, lngLatToCell([105.8542, 21.0285], 8)])).toThrow(RangeError);
    expect(() => hotspotsForCells(new Map([[centre, Infinity]]), [centre])).toThrow(RangeError);
    expect(() => hotspotsForCells(new Map(), [centre], { k: 1.5 })).toThrow(RangeError);
  });
});

describe('classifyHotspot', () => {
  it('bins by adjusted p at 99/95/90 % and by the sign of z', () => {
    expect(classifyHotspot(3, 0.01)).toBe('hot-99');
    expect(classifyHotspot(2, 0.05)).toBe('hot-95');
    expect(classifyHotspot(1.7, 0.1)).toBe('hot-90');
    expect(classifyHotspot(-3, 0.001)).toBe('cold-99');
    expect(classifyHotspot(-2, 0.02)).toBe('cold-95');
    expect(classifyHotspot(-1.7, 0.09)).toBe('cold-90');
    expect(classifyHotspot(1.6, 0.11)).toBe('not-significant');
    expect(classifyHotspot(0, 0)).toBe('not-significant');
  });
});
