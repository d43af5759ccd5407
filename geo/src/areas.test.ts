import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bboxContains,
  bboxIntersects,
  bboxOf,
  createAreaIndex,
  haversineMeters,
  type AreaCollection,
  type AreaFeature,
} from './areas.js';
import type { LngLat } from './h3-cells.js';

const wards = JSON.parse(
  readFileSync(new URL('../../seeds/hanoi-wards-2025.geojson', import.meta.url), 'utf8'),
) as AreaCollection;
const index = createAreaIndex(wards);
const HANOI: [number, number, number, number] = [105.285, 20.564, 106.02, 21.385];
const byCode = new Map(wards.features.map((f) => [f.properties.code, f]));
const ringsOf = (f: AreaFeature) =>
  f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();

/** Slow, obvious reference: even-odd over every ring of the ward, its boundary included. */
function naiveCovers(f: AreaFeature, [x, y]: LngLat): boolean {
  let inside = false;
  for (const ring of ringsOf(f)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j] as [number, number];
      const [bx, by] = ring[i] as [number, number];
      const within = x >= Math.min(ax, bx) && x <= Math.max(ax, bx) && y >= Math.min(ay, by) && y <= Math.max(ay, by);
      if (within && (bx - ax) * (y - ay) === (by - ay) * (x - ax)) return true;
      if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
    }
  }
  return inside;
}
const boxes = new Map(wards.features.map((f) => [f.properties.code, bboxOf(f)]));
const naiveAreaCovers = (code: string, p: LngLat) =>
  bboxContains(boxes.get(code)!, p) && naiveCovers(byCode.get(code)!, p);
const naiveAreaAt = (p: LngLat) => index.codes.find((code) => naiveAreaCovers(code, p)) ?? null;

const inHanoi = fc.tuple(
  fc.double({ min: HANOI[0], max: HANOI[2], noNaN: true }),
  fc.double({ min: HANOI[1], max: HANOI[3], noNaN: true }),
);
// Vertices of the wards: every one lies on a border, most of them shared by two wards.
const vertices: LngLat[] = wards.features.flatMap((f) =>
  ringsOf(f)
    .flat()
    .map((p) => [p[0]!, p[1]!] as LngLat),
);
const aVertex = fc.nat({ max: vertices.length - 1 }).map((i) => vertices[i]!);
// Points a hair off a vertex: near-border cases where grid cells and bands must not cut corners.
const nearBorder = fc
  .tuple(aVertex, fc.double({ min: -2e-6, max: 2e-6, noNaN: true }), fc.double({ min: -2e-6, max: 2e-6, noNaN: true }))
  .map(([[x, y], dx, dy]) => [x + dx, y + dy] as LngLat);

describe('createAreaIndex on the 126 Hanoi wards', () => {
  it('finds Hoàn Kiếm at the lake and nothing in Ho Chi Minh City', () => {
    expect(index.codes).toHaveLength(126);
    expect(index.areaAt([105.8542, 21.0285])).toBe('00070');
    expect(index.areaAt([106.7009, 10.7769])).toBeNull();
    expect(index.distanceToBoundaryMeters([106.7009, 10.7769])).toBeNull();
  });

  it('puts the Red River by Long Biên bridge in Hồng Hà, the ward that spans the river', () => {
    const river: LngLat = [105.8615, 21.0445];
    expect(index.areaAt(river)).toBe('00097');
    expect(naiveAreaAt(river)).toBe('00097');
  });

  it('answers null for points outside every ward, NaN included', () => {
    expect(index.areaAt([105.0, 21.0])).toBeNull();
    expect(index.areaAt([Number.NaN, 21.0285])).toBeNull();
  });

  it('gives a border vertex shared by two wards to the lower code, at distance 0', () => {
    const owners = (p: LngLat) => index.codes.filter((code) => naiveAreaCovers(code, p));
    const shared = vertices.find((p) => owners(p).length === 2)!;
    expect(index.areaAt(shared)).toBe(owners(shared)[0]);
    expect(index.distanceToBoundaryMeters(shared)).toBe(0);
  });

  it('measures about 10 m to the border from a point 10 m inside a ward edge', () => {
    const ward = byCode.get('00070')!;
    const ring = ringsOf(ward)[0]!;
    // Walk from the middle of a long edge 10 m along its normal, to whichever side is inside.
    const [a, b] = longestEdge(ring);
    const mid: LngLat = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const kx = Math.cos((mid[1] * Math.PI) / 180) * 111_195;
    const [ex, ey] = [(b[0] - a[0]) * kx, (b[1] - a[1]) * 111_195];
    const len = Math.hypot(ex, ey);
    const candidates = [1, -1].map(
      (side) => [mid[0] + (side * -ey * 10) / len / kx, mid[1] + (side * ex * 10) / len / 111_195] as LngLat,
    );
    const inside = candidates.find((p) => index.areaAt(p) === '00070')!;
    expect(index.distanceToBoundaryMeters(inside)).toBeCloseTo(haversineMeters(inside, mid), 1);
    expect(Math.abs(index.distanceToBoundaryMeters(inside)! - 10)).toBeLessThan(0.1);
  });

  it('returns the lowest-coded covering ward, as a naive scan does, at random points', () => {
    fc.assert(
      fc.property(inHanoi, (p) => index.areaAt(p) === naiveAreaAt(p)),
      { seed: 7, numRuns: 3000 },
    );
  });

  it('returns the lowest-coded covering ward on and near borders', () => {
    fc.assert(
      fc.property(fc.oneof(aVertex, nearBorder), (p) => index.areaAt(p) === naiveAreaAt(p)),
      {
        seed: 11,
        numRuns: 3000,
      },
    );
  });

  it('never puts a point in a ward that does not cover it, nor skips a lower covering one', () => {
    fc.assert(
      fc.property(fc.oneof(inHanoi, nearBorder), (p) => {
        const code = index.areaAt(p);
        if (code === null) return index.codes.every((c) => !naiveAreaCovers(c, p));
        const lower = index.codes.filter((c) => c < code);
        return naiveAreaCovers(code, p) && lower.every((c) => !naiveAreaCovers(c, p));
      }),
      { seed: 13, numRuns: 1500 },
    );
  });

  it('answers the same point the same way every time and in every index', () => {
    const again = createAreaIndex(wards, { gridCells: 97 });
    fc.assert(
      fc.property(fc.oneof(inHanoi, nearBorder), (p) => {
        const first = index.areaAt(p);
        return index.areaAt(p) === first && again.areaAt(p) === first;
      }),
      { seed: 17, numRuns: 2000 },
    );
  });

  it('measures distance as the brute-force minimum over the ward border', () => {
    fc.assert(
      fc.property(inHanoi, (p) => {
        const code = index.areaAt(p);
        if (code === null) return true;
        const d = index.distanceToBoundaryMeters(p)!;
        return Math.abs(d - bruteDistance(byCode.get(code)!, p)) < 0.05;
      }),
      { seed: 19, numRuns: 200 },
    );
  });

  it('rejects duplicate codes', () => {
    const f = wards.features[0]!;
    expect(() => createAreaIndex({ type: 'FeatureCollection', features: [f, f] })).toThrow(/duplicate/);
  });
});

describe('bbox helpers', () => {
  it('computes the bbox of a feature and of the collection', () => {
    bboxOf(wards).forEach((v, i) => expect(v).toBeCloseTo(HANOI[i]!, 3));
    const hoanKiem = bboxOf(byCode.get('00070')!);
    expect(bboxContains(hoanKiem, [105.8542, 21.0285])).toBe(true);
    expect(bboxContains(bboxOf(wards), hoanKiem)).toBe(true);
  });

  it('tests containment and intersection with edges included', () => {
    expect(bboxContains([0, 0, 1, 1], [1, 1])).toBe(true);
    expect(bboxContains([0, 0, 1, 1], [1.01, 0.5])).toBe(false);
    expect(bboxContains([0, 0, 1, 1], [0.5, 0.5, 1.5, 0.6])).toBe(false);
    expect(bboxIntersects([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
    expect(bboxIntersects([0, 0, 1, 1], [1.1, 0, 2, 1])).toBe(false);
  });
});

function longestEdge(ring: readonly (readonly number[])[]): [LngLat, LngLat] {
  let best: [LngLat, LngLat] = [
    [0, 0],
    [0, 0],
  ];
  let bestLen = -1;
  for (let i = 1; i < ring.length; i++) {
    const a: LngLat = [ring[i - 1]![0]!, ring[i - 1]![1]!];
    const b: LngLat = [ring[i]![0]!, ring[i]![1]!];
    if (haversineMeters(a, b) > bestLen) [best, bestLen] = [[a, b], haversineMeters(a, b)];
  }
  return best;
}

/** Nearest point of each edge by ternary search on the haversine distance: slow but independent. */
function bruteDistance(f: AreaFeature, p: LngLat): number {
  let best = Infinity;
  for (const ring of ringsOf(f)) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1] as [number, number];
      const [bx, by] = ring[i] as [number, number];
      if (haversineMeters(p, [ax, ay]) - haversineMeters([ax, ay], [bx, by]) > best) continue;
      const at = (t: number) => haversineMeters(p, [ax + (bx - ax) * t, ay + (by - ay) * t]);
      let [lo, hi] = [0, 1];
      for (let k = 0; k < 60; k++) {
        const [m1, m2] = [lo + (hi - lo) / 3, hi - (hi - lo) / 3];
        if (at(m1) < at(m2)) hi = m2;
        else lo = m1;
      }
      best = Math.min(best, at((lo + hi) / 2));
    }
  }
  return best;
}
