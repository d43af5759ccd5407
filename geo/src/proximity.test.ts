import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LngLat } from './h3-cells.js';
import {
  bboxAround,
  distanceMeters,
  findDuplicateCandidates,
  inBox,
  rankByDistance,
  type LocatedReport,
} from './proximity.js';

const HOAN_KIEM: LngLat = [105.8542, 21.0285];
const arbWorld = fc.tuple(
  fc.double({ min: -180, max: 180, noNaN: true }),
  fc.double({ min: -89, max: 89, noNaN: true }),
) as fc.Arbitrary<LngLat>;
const arbHanoi = fc.tuple(
  fc.double({ min: 105.84, max: 105.87, noNaN: true }),
  fc.double({ min: 21.02, max: 21.04, noNaN: true }),
) as fc.Arbitrary<LngLat>;

describe('distanceMeters', () => {
  it('measures one arc-minute of latitude as ~1852 m (a nautical mile on the mean sphere)', () => {
    expect(distanceMeters([0, 0], [0, 1 / 60])).toBeCloseTo(1853.25, 1);
    expect(distanceMeters(HOAN_KIEM, HOAN_KIEM)).toBe(0);
  });

  it('is symmetric and obeys the triangle inequality', () => {
    fc.assert(
      fc.property(arbWorld, arbWorld, arbWorld, (a, b, c) => {
        expect(distanceMeters(a, b)).toBeCloseTo(distanceMeters(b, a), 6);
        // Near antipodes the haversine's asin loses ~√ε of an angle (~0.1 m), so allow 0.5 m.
        expect(distanceMeters(a, c)).toBeLessThanOrEqual(distanceMeters(a, b) + distanceMeters(b, c) + 0.5);
      }),
    );
  });

  it('obeys the triangle inequality to a micrometre at city scale', () => {
    fc.assert(
      fc.property(arbHanoi, arbHanoi, arbHanoi, (a, b, c) => {
        expect(distanceMeters(a, c)).toBeLessThanOrEqual(distanceMeters(a, b) + distanceMeters(b, c) + 1e-6);
      }),
    );
  });
});

describe('rankByDistance', () => {
  it('sorts nearest first, keeps input order on ties and honours the limit', () => {
    fc.assert(
      fc.property(arbHanoi, fc.array(arbHanoi, { maxLength: 30 }), fc.nat(40), (origin, points, limit) => {
        const withTies = [...points, ...points];
        const ranked = rankByDistance(
          origin,
          withTies.map((p, i) => ({ p, i })),
          (x) => x.p,
        );
        for (let k = 1; k < ranked.length; k++) {
          const [a, b] = [ranked[k - 1]!, ranked[k]!];
          expect(a.distanceMeters).toBeLessThanOrEqual(b.distanceMeters);
          if (a.distanceMeters === b.distanceMeters) expect(a.item.i).toBeLessThan(b.item.i);
        }
        expect(rankByDistance(origin, withTies, (p) => p, { limit })).toHaveLength(Math.min(limit, withTies.length));
      }),
    );
  });
});

describe('bboxAround', () => {
  it('contains every point within the radius', () => {
    const arbOffset = fc.record({
      bearing: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
      radius: fc.double({ min: 1, max: 2_000_000, noNaN: true }),
    });
    fc.assert(
      fc.property(arbWorld, arbOffset, (center, { bearing, fraction, radius }) => {
        const p = destination(center, bearing, radius * fraction);
        const [w, s, e, n] = bboxAround(center, radius);
        expect(p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n).toBe(true);
      }),
    );
  });

  it('is tight at city scale: 1 km around Hoàn Kiếm is ~2 km on each side', () => {
    const [w, s, e, n] = bboxAround(HOAN_KIEM, 1000);
    expect(distanceMeters([w, HOAN_KIEM[1]], [e, HOAN_KIEM[1]])).toBeCloseTo(2000, -1);
    expect(distanceMeters([HOAN_KIEM[0], s], [HOAN_KIEM[0], n])).toBeCloseTo(2000, 0);
  });

  it('spans every longitude when the circle reaches a pole', () => {
    expect(bboxAround([10, 89.9], 50_000)).toEqual([-180, expect.any(Number), 180, 90]);
  });
});

/** Point at `meters` along `bearing` from `from`, by the spherical direct formula (test oracle). */
function destination([lng, lat]: LngLat, bearing: number, meters: number): LngLat {
  const RAD = Math.PI / 180;
  const d = meters / 6_371_008.8;
  const phi = Math.asin(Math.sin(lat * RAD) * Math.cos(d) + Math.cos(lat * RAD) * Math.sin(d) * Math.cos(bearing));
  const dl = Math.atan2(
    Math.sin(bearing) * Math.sin(d) * Math.cos(lat * RAD),
    Math.cos(d) - Math.sin(lat * RAD) * Math.sin(phi),
  );
  const lng2 = ((((lng * RAD + dl) / RAD + 540) % 360) - 180) as number;
  return [lng2, phi / RAD];
}

describe('inBox', () => {
  it('includes the edges and nothing beyond them', () => {
    const box: [number, number, number, number] = [105.8, 21.0, 105.87, 21.05];
    expect(inBox([105.87, 21.03], box)).toBe(true);
    expect(inBox([105.870002, 21.03], box)).toBe(false);
    expect(inBox([105.85, 20.99999], box)).toBe(false);
    expect(inBox([105.8, 21.05], box)).toBe(true);
  });
});

describe('findDuplicateCandidates', () => {
  const at = (h: number) => new Date(Date.parse('2025-10-01T00:00:00Z') + h * 3_600_000).toISOString();
  const base: LocatedReport = { id: 'me', category: 'trash', location: HOAN_KIEM, createdAt: at(0) };

  it('finds same-category reports within 50 m and 72 h either way, nearest first', () => {
    const near = destination(HOAN_KIEM, 0, 20);
    const nearer = destination(HOAN_KIEM, 1, 10);
    const open: LocatedReport[] = [
      { id: 'a', category: 'trash', location: near, createdAt: at(-70) },
      { id: 'b', category: 'trash', location: nearer, createdAt: at(71) },
      { id: 'c', category: 'traffic', location: nearer, createdAt: at(1) },
      { id: 'd', category: 'trash', location: destination(HOAN_KIEM, 2, 60), createdAt: at(1) },
      { id: 'e', category: 'trash', location: near, createdAt: at(-73) },
      { ...base },
    ];
    const found = findDuplicateCandidates(base, open);
    expect(found.map((c) => c.report.id)).toEqual(['b', 'a']);
    expect(found[0]!.distanceMeters).toBeCloseTo(10, 6);
    expect(found[1]!.hoursApart).toBeCloseTo(70, 9);
  });

  it('breaks distance ties by time apart', () => {
    const p = destination(HOAN_KIEM, 3, 30);
    const open = [
      { id: 'late', category: 'trash', location: p, createdAt: at(10) },
      { id: 'soon', category: 'trash', location: p, createdAt: at(-2) },
    ];
    expect(findDuplicateCandidates(base, open).map((c) => c.report.id)).toEqual(['soon', 'late']);
  });

  it('returns exactly the reports that satisfy every constraint, sorted', () => {
    const arbOpen = fc.array(
      fc.record({
        id: fc.string({ maxLength: 3 }),
        category: fc.constantFrom('trash', 'traffic'),
        location: arbHanoi,
        createdAt: fc.integer({ min: -100, max: 100 }).map(at),
      }),
      { maxLength: 40 },
    );
    const arbOpts = fc.record({
      radiusMeters: fc.integer({ min: 1, max: 800 }),
      windowHours: fc.integer({ min: 0, max: 96 }),
    });
    fc.assert(
      fc.property(arbHanoi, arbOpen, arbOpts, (location, open, opts) => {
        const me = { ...base, location };
        const found = findDuplicateCandidates(me, open, opts);
        const expected = open.filter(
          (o) =>
            o.id !== me.id &&
            o.category === me.category &&
            distanceMeters(me.location, o.location) <= opts.radiusMeters &&
            Math.abs(Date.parse(o.createdAt) - Date.parse(me.createdAt)) <= opts.windowHours * 3_600_000,
        );
        expect(found).toHaveLength(expected.length);
        for (let k = 1; k < found.length; k++) {
          const [a, b] = [found[k - 1]!, found[k]!];
          expect(
            a.distanceMeters < b.distanceMeters ||
              (a.distanceMeters === b.distanceMeters && a.hoursApart <= b.hoursApart),
          ).toBe(true);
        }
      }),
    );
  });
});
