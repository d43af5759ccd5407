import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitTrendResponse } from '../contracts/leaderboard.js';
import { createTestApp, type TestApp } from '../testing/app.js';
import { signIn } from '../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { insertTestReport } from '../testing/test-reports.js';

const hn = (local: string) => new Date(`${local}:00+07:00`);
const NOW = hn('2025-06-20T10:00');
const q = (from: string, to: string) =>
  `from=${encodeURIComponent(`${from}T00:00:00+07:00`)}&to=${encodeURIComponent(`${to}T00:00:00+07:00`)}`;
// Three ISO weeks, Monday 2 June to Sunday 22 June 2025 (Hà Nội time).
const WEEKS = q('2025-06-02', '2025-06-23');

let t: TestDatabase;
let a: TestApp;
let A: string;
let B: string;

beforeAll(async () => {
  t = await createTestDatabase();
  a = await createTestApp(t, undefined, () => NOW);
  const wards = await t.db.query<{ code: string }>(`SELECT code FROM units WHERE kind = 'ward' ORDER BY code LIMIT 2`);
  [A, B] = wards.rows.map((r) => r.code) as [string, string];
  const r = (x: Parameters<typeof insertTestReport>[1]) => insertTestReport(t.db, x);
  // A, week 1: one processed on time; one received at 00:30 on 4 June (3 June in UTC), due on the
  // 5th and processed late in week 2.
  await r({
    unitCode: A,
    status: 'resolved',
    createdAt: hn('2025-06-02T09:00'),
    dueAt: hn('2025-06-03T09:00'),
    resolvedAt: hn('2025-06-02T15:00'),
  });
  await r({
    unitCode: A,
    status: 'closed',
    createdAt: hn('2025-06-04T00:30'),
    dueAt: hn('2025-06-05T09:00'),
    resolvedAt: hn('2025-06-09T10:00'),
  });
  // A, week 2: open and past due on the 12th; open, due after the period; open, due after "now".
  await r({ unitCode: A, status: 'in_progress', createdAt: hn('2025-06-10T09:00'), dueAt: hn('2025-06-12T09:00') });
  await r({ unitCode: A, status: 'new', createdAt: hn('2025-06-12T09:00'), dueAt: hn('2025-06-25T09:00') });
  await r({ unitCode: A, status: 'received', createdAt: hn('2025-06-14T09:00'), dueAt: hn('2025-06-20T12:00') });
  // Received by A on 3 June, transferred to B on the 4th (B receives it), overdue at B since the 5th.
  const moved = await r({
    unitCode: A,
    status: 'received',
    createdAt: hn('2025-06-03T09:00'),
    dueAt: hn('2025-06-04T09:00'),
  });
  await t.db.query('UPDATE report_holdings SET ended_at = $2 WHERE report_id = $1', [moved, hn('2025-06-04T08:00')]);
  await t.db.query('INSERT INTO report_holdings (report_id, unit_code, started_at) VALUES ($1, $2, $3)', [
    moved,
    B,
    hn('2025-06-04T08:00'),
  ]);
  await t.db.query('UPDATE reports SET unit_code = $2, due_at = $3 WHERE id = $1', [moved, B, hn('2025-06-05T08:00')]);
  // B, week 3: rejected before its due time.
  await r({
    unitCode: B,
    status: 'rejected',
    createdAt: hn('2025-06-16T09:00'),
    updatedAt: hn('2025-06-17T09:00'),
    dueAt: hn('2025-06-18T09:00'),
  });
  // Before the period: received, due and processed in May or on 1 June.
  await r({
    unitCode: A,
    status: 'resolved',
    createdAt: hn('2025-05-30T09:00'),
    dueAt: hn('2025-05-31T09:00'),
    resolvedAt: hn('2025-06-01T10:00'),
  });
});
afterAll(async () => {
  await a?.close();
  await t?.close();
});

const get = async <T>(path: string, headers: Record<string, string> = {}) => {
  const res = await a.app.request(path, { headers });
  return { status: res.status, body: (await res.json()) as T };
};
const week = (start: string, received: number, processed: number, onTime: number, overdue: number) => ({
  start,
  received,
  processed,
  processedOnTime: onTime,
  onTimePercent: processed === 0 ? null : Math.round((onTime / processed) * 1000) / 10,
  becameOverdue: overdue,
});

describe('GET /api/units/trend', () => {
  it('gives a unit the hand-computed weekly series, empty weeks as zeros', async () => {
    const planner = await signIn(t.db, 'planner');
    const { status, body } = await get<UnitTrendResponse>(
      `/api/units/trend?unit=${A}&bucket=week&${WEEKS}`,
      planner.headers,
    );
    expect(status).toBe(200);
    expect([body.unitCode, body.bucket, body.at]).toEqual([A, 'week', NOW.toISOString()]);
    expect(body.points).toEqual([
      week('2025-06-02', 3, 1, 1, 1),
      week('2025-06-09', 3, 1, 0, 1),
      week('2025-06-16', 0, 0, 0, 0),
    ]);
    const ofB = await get<UnitTrendResponse>(`/api/units/trend?unit=${B}&bucket=week&${WEEKS}`, planner.headers);
    expect(ofB.body.points).toEqual([
      week('2025-06-02', 1, 0, 0, 1),
      week('2025-06-09', 0, 0, 0, 0),
      week('2025-06-16', 1, 1, 1, 0),
    ]);
  });

  it('sums every unit for the city when no unit is asked', async () => {
    const operator = await signIn(t.db, 'operator');
    const { body } = await get<UnitTrendResponse>(`/api/units/trend?bucket=week&${WEEKS}`, operator.headers);
    expect(body.unitCode).toBeNull();
    expect(body.points).toEqual([
      week('2025-06-02', 4, 1, 1, 2),
      week('2025-06-09', 3, 1, 0, 1),
      week('2025-06-16', 1, 1, 1, 0),
    ]);
  });

  it('cuts days at midnight in Hà Nội, not in UTC', async () => {
    const planner = await signIn(t.db, 'planner');
    const { body } = await get<UnitTrendResponse>(
      `/api/units/trend?unit=${A}&${q('2025-06-02', '2025-06-06')}`,
      planner.headers,
    );
    expect(body.points).toEqual([
      week('2025-06-02', 1, 1, 1, 0),
      week('2025-06-03', 1, 0, 0, 0),
      week('2025-06-04', 1, 0, 0, 0),
      week('2025-06-05', 0, 0, 0, 1),
    ]);
  });

  it('starts a week that the period cuts on its Monday, counting only the days in the period', async () => {
    const planner = await signIn(t.db, 'planner');
    const { body } = await get<UnitTrendResponse>(
      `/api/units/trend?unit=${A}&bucket=week&${q('2025-06-04', '2025-06-09')}`,
      planner.headers,
    );
    expect(body.points).toEqual([week('2025-06-02', 1, 0, 0, 1)]);
  });

  it('keeps unit staff to their own unit, whatever they ask', async () => {
    const staff = await signIn(t.db, 'unit_staff', { unitCode: A });
    const mine = await get<UnitTrendResponse>(`/api/units/trend?bucket=week&${WEEKS}`, staff.headers);
    const asked = await get<UnitTrendResponse>(`/api/units/trend?unit=${B}&bucket=week&${WEEKS}`, staff.headers);
    expect([mine.status, mine.body.unitCode, asked.body.unitCode]).toEqual([200, A, A]);
    expect(asked.body.points.map((p) => p.received)).toEqual([3, 3, 0]);
  });

  it('asks to sign in (401), refuses a citizen (403), a bad bucket, a backwards or too long period (400)', async () => {
    expect((await get(`/api/units/trend?${WEEKS}`)).status).toBe(401);
    const citizen = await signIn(t.db, 'citizen');
    expect((await get(`/api/units/trend?${WEEKS}`, citizen.headers)).status).toBe(403);
    const planner = await signIn(t.db, 'planner');
    for (const bad of [
      'bucket=month',
      q('2025-06-10', '2025-06-01'),
      q('2024-01-01', '2025-06-01'),
      'from=2020-01-01T00:00:00Z',
    ]) {
      const res = await get<{ error: { code: string } }>(`/api/units/trend?${bad}`, planner.headers);
      expect([bad, res.status, res.body.error.code]).toEqual([bad, 400, 'validation_failed']);
    }
  });
});
