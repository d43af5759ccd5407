import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigIntToCell, cellParent, cellToBigInt, lngLatToCell } from '@matthan/geo';
import { migrate, pendingMigrations } from './migrate.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.close());

describe('database', () => {
  it('has every migration applied and re-running migrate is a no-op', async () => {
    expect(await pendingMigrations(t.db)).toEqual([]);
    expect(await migrate(t.db)).toEqual([]);
  });

  it('has PostGIS and the 126 Hanoi wards', async () => {
    const { rows } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM units WHERE kind = 'ward'`);
    expect(rows[0]?.n).toBe(126);
    const pt = await t.db.query<{ code: string }>(
      `SELECT unit_code AS code FROM unit_areas WHERE ST_Covers(geom, ST_SetSRID(ST_MakePoint(105.8542, 21.0285), 4326))`,
    );
    expect(pt.rows.map((r) => r.code)).toEqual(['00070']); // Hoàn Kiếm Lake is in Phường Hoàn Kiếm
  });

  it('computes H3 parents in SQL exactly as h3-js does', async () => {
    const cells = Array.from({ length: 200 }, (_, i) => lngLatToCell([105.5 + i * 0.002, 20.9 + i * 0.001], 15));
    const { rows } = await t.db.query<{ cell: string; res: number; parent: string }>(
      `SELECT c::text AS cell, r AS res, h3_parent(c, r)::text AS parent
       FROM unnest($1::bigint[]) AS c, generate_series(0, 15) AS r`,
      [cells.map((c) => cellToBigInt(c).toString())],
    );
    expect(rows).toHaveLength(200 * 16);
    for (const row of rows) expect(bigIntToCell(row.parent)).toBe(cellParent(bigIntToCell(row.cell), row.res));
  });
});

describe('pool', () => {
  it('runs many concurrent parameterised queries and transactions without mixing them up', async () => {
    await t.db.query('CREATE TEMP TABLE IF NOT EXISTS zz_pool (k text UNIQUE, v int)');
    const results = await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        const { rows } = await t.db.query<{ v: number }>('SELECT $1::int * 2 AS v', [i]);
        return rows[0]?.v;
      }),
    );
    expect(results).toEqual(Array.from({ length: 24 }, (_, i) => i * 2));
  });
});
