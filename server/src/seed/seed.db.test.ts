import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigIntToCell, lngLatToCell } from '@matthan/geo';
import { PublicReport } from '../contracts/report.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { seedDemoReports, seedIfEmpty, type SeedResult } from './seed.service.js';

const now = new Date('2025-09-15T10:00:00Z');
let t: TestDatabase;
let first: SeedResult | null;

beforeAll(async () => {
  t = await createTestDatabase();
  // A freshly migrated database: no wards or categories yet, as on the server's first start.
  await t.db.query('DELETE FROM routing_rules; DELETE FROM unit_areas; DELETE FROM units; DELETE FROM categories');
  first = await seedIfEmpty(t.db, { count: 3_000, now });
}, 180_000);
afterAll(async () => t?.close());

interface StoredEvent {
  payload: unknown;
  kind: string;
  actor: string;
  id: string;
  category: string;
  description: string;
  lng: number;
  lat: number;
  h3: string;
  ward_code: string;
  status: PublicReport['status'];
  priority: PublicReport['priority'];
  created_at: Date;
  updated_at: Date;
  media_count: number;
  unit_code: string;
  due_at: Date | null;
  resolved_at: Date | null;
  linked_to: string | null;
  me_too_count: number;
}

const publicReportOf = (r: StoredEvent): PublicReport => ({
  id: r.id,
  category: r.category,
  description: r.description,
  location: [r.lng, r.lat],
  h3Cell: bigIntToCell(r.h3),
  wardCode: r.ward_code,
  status: r.status,
  priority: r.priority,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  mediaCount: r.media_count,
  unitCode: r.unit_code,
  dueAt: r.due_at?.toISOString() ?? null,
  resolvedAt: r.resolved_at?.toISOString() ?? null,
  linkedTo: r.linked_to,
  meTooCount: r.me_too_count,
});

const count = async (sql: string): Promise<number> => {
  const { rows } = await t.db.query<{ n: number }>(sql);
  return rows[0]!.n;
};

describe('seedIfEmpty on an empty database', () => {
  it('loads the wards and categories, then the demo reports, few of them dropped', async () => {
    expect(await count(`SELECT count(*)::int AS n FROM units WHERE kind = 'ward'`)).toBe(126);
    expect(await count('SELECT count(*)::int AS n FROM categories')).toBeGreaterThan(0);
    expect(first).not.toBeNull();
    expect(first!.inserted + first!.dropped).toBe(3_000);
    expect(first!.dropped).toBeLessThan(30);
    expect(await count('SELECT count(*)::int AS n FROM reports')).toBe(first!.inserted);
  });

  it('puts every report inside the ward it is assigned to', async () => {
    const outside = await count(
      'SELECT count(*)::int AS n FROM reports r JOIN units u ON u.code = r.ward_code WHERE NOT ST_Covers(u.geom, r.location)',
    );
    expect(outside).toBe(0);
  });

  it('stores the res-15 H3 cell of each location', async () => {
    const { rows } = await t.db.query<{ h3: string; lng: number; lat: number }>(
      'SELECT h3::text, ST_X(location) AS lng, ST_Y(location) AS lat FROM reports',
    );
    for (const r of rows) expect(bigIntToCell(r.h3)).toBe(lngLatToCell([r.lng, r.lat], 15));
  });

  it("gives each report one 'report:created' event whose payload is exactly its PublicReport", async () => {
    const { rows } = await t.db.query<StoredEvent>(
      `SELECT e.payload, e.kind, e.actor, r.id, r.category, r.description, ST_X(r.location) AS lng,
         ST_Y(r.location) AS lat, r.h3::text, r.ward_code, r.status, r.priority, r.created_at, r.updated_at, r.media_count,
         r.unit_code, r.due_at, r.resolved_at, r.linked_to, r.me_too_count
       FROM report_events e JOIN reports r ON r.id = e.report_id`,
    );
    expect(rows).toHaveLength(first!.inserted);
    expect(new Set(rows.map((r) => r.id)).size).toBe(first!.inserted);
    for (const row of rows) {
      expect([row.kind, row.actor]).toEqual(['report:created', 'seed']);
      expect(PublicReport.strict().parse(row.payload)).toEqual(publicReportOf(row));
    }
  });

  it('numbers the events in creation order', async () => {
    // Ordered by the bigint, not by the text the driver receives.
    const { rows } = await t.db.query<{ seq: string; created_at: Date }>(
      'SELECT e.seq::text AS seq, e.created_at FROM report_events e ORDER BY e.seq',
    );
    for (let i = 1; i < rows.length; i++) {
      expect(Number(rows[i]!.seq)).toBeGreaterThan(Number(rows[i - 1]!.seq));
      expect(rows[i]!.created_at.getTime()).toBeGreaterThanOrEqual(rows[i - 1]!.created_at.getTime());
    }
  });

  it('adds nothing when run again', async () => {
    expect(await seedIfEmpty(t.db, { count: 3_000, now })).toBeNull();
    expect(await count('SELECT count(*)::int AS n FROM reports')).toBe(first!.inserted);
    expect(await count('SELECT count(*)::int AS n FROM report_events')).toBe(first!.inserted);
  });
});

describe('seedDemoReports', () => {
  it('commits batch by batch and reports progress after each', async () => {
    const progress: number[] = [];
    const before = await count('SELECT count(*)::int AS n FROM reports');
    const result = await seedDemoReports(t.db, {
      count: 500,
      now,
      seed: 9,
      batchSize: 200,
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(progress).toEqual([0.4, 0.8, 1]);
    expect(await count('SELECT count(*)::int AS n FROM reports')).toBe(before + result.inserted);
    expect(await count('SELECT count(*)::int AS n FROM report_events')).toBe(before + result.inserted);
  });
});
