// The in-memory ward index (geo/areas) must answer exactly as the server's PostGIS lookup does.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAreaIndex, type AreaCollection, type AreaIndex, type LngLat } from '@matthan/geo';
import { SEEDS_DIR } from '../seed/reference.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';

const HANOI_BBOX = [105.285, 20.564, 106.02, 21.385] as const;
let t: TestDatabase;
let wards: AreaCollection;
let index: AreaIndex;

beforeAll(async () => {
  t = await createTestDatabase();
  wards = JSON.parse(await readFile(`${SEEDS_DIR}hanoi-wards-2025.geojson`, 'utf8')) as AreaCollection;
  index = createAreaIndex(wards);
});
afterAll(async () => t?.close());

/** mulberry32: a small seeded PRNG, so a failure names points that can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The oracle: the server's lookup (lowest code among covering ward pieces), for all points in one query. */
async function postgisAreas(points: LngLat[]): Promise<(string | null)[]> {
  const { rows } = await t.db.query<{ code: string | null }>(
    `SELECT a.unit_code AS code
     FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS p(lng, lat, i)
     LEFT JOIN LATERAL (
       SELECT unit_code FROM unit_areas
       WHERE ST_Covers(geom, ST_SetSRID(ST_MakePoint(p.lng, p.lat), 4326))
       ORDER BY unit_code LIMIT 1
     ) a ON true
     ORDER BY p.i`,
    [points.map((p) => p[0]), points.map((p) => p[1])],
  );
  return rows.map((r) => r.code);
}

function mismatches(points: LngLat[], expected: (string | null)[]) {
  return points.flatMap((p, i) => {
    const ours = index.areaAt(p);
    return ours === expected[i] ? [] : [{ point: p, ours, postgis: expected[i] }];
  });
}

describe('createAreaIndex against PostGIS', () => {
  it('agrees with ST_Covers on 10,000 random points in the Hanoi bbox', async () => {
    const random = prng(20250701);
    const [x0, y0, x1, y1] = HANOI_BBOX;
    const points = Array.from({ length: 10_000 }, (): LngLat => [x0 + random() * (x1 - x0), y0 + random() * (y1 - y0)]);
    const expected = await postgisAreas(points);
    expect(expected.filter((c) => c !== null).length).toBeGreaterThan(4_000); // the test sees many wards
    expect(mismatches(points, expected)).toEqual([]);
  });

  it('agrees on ward vertices, where shared borders go to the lowest code', async () => {
    const vertices = wards.features.flatMap((f) =>
      (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat())
        .flat()
        .map((p): LngLat => [p[0]!, p[1]!]),
    );
    const random = prng(7);
    const points = Array.from({ length: 2_000 }, () => vertices[Math.floor(random() * vertices.length)]!);
    const expected = await postgisAreas(points);
    expect(mismatches(points, expected)).toEqual([]);
  });
});
