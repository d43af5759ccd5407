import { cellToBigInt, lngLatToCell } from '@matthan/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeadlines } from '../deadlines/deadlines.service.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { newId } from './ids.js';
import { pendingReport } from './new-report.js';
import { createReportWriter, type PendingReport } from './report-writer.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.close());

function report(over: { category?: string; key?: string; location?: [number, number] } = {}): PendingReport {
  const now = new Date();
  const p = pendingReport({
    id: newId(now.getTime()),
    input: { category: 'trash', description: 'Rác thải ven hồ', location: over.location ?? [105.8542, 21.0285] },
    files: [],
    now,
    idempotencyKey: over.key ?? null,
    requestHash: 'h',
    deadline: null,
  });
  return { ...p, row: { ...p.row, category: over.category ?? p.row.category } };
}

describe('report writer (group commit)', () => {
  it('commits concurrent reports together, each with one event, in seq order', async () => {
    const writer = createReportWriter(
      t.db,
      createDeadlines(t.db, () => new Date()),
      40,
    );
    const reports = Array.from({ length: 120 }, () => report());
    const outcomes = await Promise.all(reports.map((r) => writer.write(r)));
    expect(outcomes.map((o) => (o.status === 'created' ? o.report.wardCode : o.status))).toEqual(
      Array(120).fill('00070'),
    );
    const { rows } = await t.db.query<{ report_id: string }>(
      `SELECT report_id FROM report_events WHERE report_id = ANY($1::uuid[]) AND kind = 'report:created' ORDER BY seq`,
      [reports.map((r) => r.row.id)],
    );
    expect(rows.map((r) => r.report_id)).toEqual(reports.map((r) => r.row.id)); // arrival order = seq order
    const h3 = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM reports WHERE h3 = $1`, [
      cellToBigInt(lngLatToCell([105.8542, 21.0285], 15)).toString(),
    ]);
    expect(h3.rows[0]!.n).toBe(120);
  });

  it('fails only the bad report of a batch, dedupes keys inside a batch, and keeps out what is outside Hanoi', async () => {
    const writer = createReportWriter(
      t.db,
      createDeadlines(t.db, () => new Date()),
    );
    const good = [report(), report({ key: 'same' }), report({ key: 'same' }), report({ location: [106.63, 10.82] })];
    const bad = report({ category: 'no_such_category' }); // violates the foreign key
    const results = await Promise.allSettled([...good, bad].map((r) => writer.write(r)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.status : 'rejected'))).toEqual([
      'created',
      'created',
      'duplicate',
      'outside',
      'rejected',
    ]);
    const { rows } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM reports WHERE id = $1`, [
      bad.row.id,
    ]);
    expect(rows[0]!.n).toBe(0);
  });
});
