import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverdueResponse, UnitStats, UnitStatsResponse } from '../contracts/leaderboard.js';
import { createTestApp, type TestApp } from '../testing/app.js';
import { signIn } from '../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { insertTestReport } from '../testing/test-reports.js';

const hn = (local: string) => new Date(`${local}:00+07:00`);
const NOW = hn('2025-06-20T10:00');
const PERIOD = `from=${encodeURIComponent('2025-06-01T00:00:00+07:00')}&to=${encodeURIComponent('2025-07-01T00:00:00+07:00')}`;

let t: TestDatabase;
let a: TestApp;
let A: string;
let B: string;
const D = 'SXD';
const late: Record<string, string> = {};

/** Moves a report to another unit as a transfer does: the old holding ends, the new one starts. */
async function transfer(id: string, to: string, at: Date, dueAt: Date) {
  await t.db.query('UPDATE report_holdings SET ended_at = $2 WHERE report_id = $1', [id, at]);
  await t.db.query('INSERT INTO report_holdings (report_id, unit_code, started_at) VALUES ($1, $2, $3)', [id, to, at]);
  await t.db.query('UPDATE reports SET unit_code = $2, held_since = $3, due_at = $4 WHERE id = $1', [
    id,
    to,
    at,
    dueAt,
  ]);
}

async function event(reportId: string, kind: string, unitCode: string, at: Date) {
  await t.db.query(
    `INSERT INTO report_events (report_id, kind, actor, payload, created_at) VALUES ($1, $2, 'test', $3, $4)`,
    [reportId, kind, JSON.stringify({ id: reportId, unitCode }), at],
  );
}

async function rating(reportId: string, unitCode: string, value: string, at: Date) {
  await t.db.query(
    `INSERT INTO report_ratings (id, report_id, unit_code, rating, created_at) VALUES (gen_random_uuid(), $1, $2, $3, $4)`,
    [reportId, unitCode, value, at],
  );
}

// A small city by hand: units A and B (wards) and D (a department), June 2025, "now" 20 June 10:00.
beforeAll(async () => {
  t = await createTestDatabase();
  a = await createTestApp(t, undefined, () => NOW);
  const wards = await t.db.query<{ code: string }>(`SELECT code FROM units WHERE kind = 'ward' ORDER BY code LIMIT 2`);
  [A, B] = wards.rows.map((r) => r.code) as [string, string];
  const r = (x: Parameters<typeof insertTestReport>[1]) => insertTestReport(t.db, x);
  // A: resolved on time; resolved late; open and overdue; older report resolved (late) in June.
  const onTime = await r({
    unitCode: A,
    status: 'resolved',
    createdAt: hn('2025-06-02T09:00'),
    dueAt: hn('2025-06-03T09:00'),
    resolvedAt: hn('2025-06-02T15:00'),
  });
  const lateOne = await r({
    unitCode: A,
    status: 'closed',
    createdAt: hn('2025-06-05T09:00'),
    dueAt: hn('2025-06-06T09:00'),
    resolvedAt: hn('2025-06-08T09:00'),
  });
  late.A = await r({
    unitCode: A,
    status: 'in_progress',
    createdAt: hn('2025-06-10T09:00'),
    dueAt: hn('2025-06-12T09:00'),
  });
  await r({
    unitCode: A,
    status: 'resolved',
    createdAt: hn('2025-05-20T09:00'),
    dueAt: hn('2025-05-21T09:00'),
    resolvedAt: hn('2025-06-02T09:00'),
  });
  // B: new and not yet due; rejected before its due time; one transferred from A, overdue now.
  await r({ unitCode: B, status: 'new', createdAt: hn('2025-06-15T09:00'), dueAt: hn('2025-06-25T09:00') });
  await r({
    unitCode: B,
    status: 'rejected',
    createdAt: hn('2025-06-01T09:00'),
    updatedAt: hn('2025-06-03T09:00'),
    dueAt: hn('2025-06-04T09:00'),
  });
  late.B = await r({
    unitCode: A,
    status: 'received',
    createdAt: hn('2025-06-03T09:00'),
    dueAt: hn('2025-06-04T09:00'),
  });
  await transfer(late.B, B, hn('2025-06-04T08:00'), hn('2025-06-05T08:00'));
  // D: received in June, resolved in July (outside the period).
  await r({
    unitCode: D,
    status: 'resolved',
    createdAt: hn('2025-06-25T09:00'),
    dueAt: hn('2025-07-05T09:00'),
    resolvedAt: hn('2025-07-02T09:00'),
  });

  await event(lateOne, 'report:reopened', A, hn('2025-06-07T09:00'));
  await event(lateOne, 'report:reopened', A, hn('2025-06-07T10:00'));
  await event(lateOne, 'report:reopened', A, hn('2025-05-07T10:00'));
  await event(late.B, 'report:reopened', B, hn('2025-06-10T10:00'));
  await rating(onTime, A, 'satisfied', hn('2025-06-05T09:00'));
  await rating(onTime, A, 'accepted', hn('2025-06-06T09:00'));
  await rating(lateOne, A, 'not_satisfied', hn('2025-06-07T09:00'));
  await rating(lateOne, B, 'satisfied', hn('2025-05-07T09:00'));
});
afterAll(async () => {
  await a?.close();
  await t?.close();
});

const get = async <T>(path: string, headers: Record<string, string> = {}) => {
  const res = await a.app.request(path, { headers });
  return { status: res.status, body: (await res.json()) as T };
};
const line = (body: UnitStatsResponse, code: string) => body.units.find((u) => u.unitCode === code)!;
const figures = ({ unitName: _name, unitCode: _code, ...rest }: UnitStats) => rest;

describe('GET /api/units/stats', () => {
  it('gives each unit the hand-computed figures for the period', async () => {
    const planner = await signIn(t.db, 'planner');
    const { status, body } = await get<UnitStatsResponse>(`/api/units/stats?${PERIOD}`, planner.headers);
    expect(status).toBe(200);
    expect(body.at).toBe(NOW.toISOString());
    expect(figures(line(body, A))).toEqual({
      received: 4,
      processed: 3,
      processedOnTime: 1,
      onTimePercent: 33.3,
      overdueNow: 1,
      reopened: 2,
      ratings: 3,
      satisfied: 2,
      satisfactionPercent: 66.7,
    });
    expect(figures(line(body, B))).toEqual({
      received: 3,
      processed: 1,
      processedOnTime: 1,
      onTimePercent: 100,
      overdueNow: 1,
      reopened: 1,
      ratings: 0,
      satisfied: 0,
      satisfactionPercent: null,
    });
    expect(figures(line(body, D))).toMatchObject({ received: 1, processed: 0, onTimePercent: null, overdueNow: 0 });
  });

  it('gives unit staff their own unit’s line only', async () => {
    const staff = await signIn(t.db, 'unit_staff', { unitCode: A });
    const { status, body } = await get<UnitStatsResponse>(`/api/units/stats?${PERIOD}`, staff.headers);
    expect(status).toBe(200);
    expect(body.units.map((u) => [u.unitCode, u.received])).toEqual([[A, 4]]);
  });

  it('asks to sign in (401), refuses a citizen (403) and a bad period (400)', async () => {
    expect((await get(`/api/units/stats?${PERIOD}`)).status).toBe(401);
    const citizen = await signIn(t.db, 'citizen');
    expect((await get(`/api/units/stats?${PERIOD}`, citizen.headers)).status).toBe(403);
    const planner = await signIn(t.db, 'planner');
    const bad = await get<{ error: { code: string } }>('/api/units/stats?from=yesterday', planner.headers);
    expect([bad.status, bad.body.error.code]).toEqual([400, 'validation_failed']);
    const backwards = `/api/units/stats?from=2025-07-01T00:00:00Z&to=2025-06-01T00:00:00Z`;
    expect((await get(backwards, planner.headers)).status).toBe(400);
    // Year 0 does not exist in PostgreSQL, and a leaderboard of centuries is no question anyone asks.
    const yearZero = `/api/units/stats?from=0000-01-01T00:00:00Z&to=2025-06-01T00:00:00Z`;
    expect((await get(yearZero, planner.headers)).status).toBe(400);
    const centuries = `/api/units/stats?from=0001-01-01T00:00:00Z&to=2025-06-01T00:00:00Z`;
    expect((await get(centuries, planner.headers)).status).toBe(400);
    expect((await get('/api/reports?from=0000-01-01T00:00:00Z')).status).toBe(400);
  });
});

describe('GET /api/reports/overdue', () => {
  it('lists the overdue reports, most late first', async () => {
    const operator = await signIn(t.db, 'operator');
    const { status, body } = await get<OverdueResponse>('/api/reports/overdue', operator.headers);
    expect(status).toBe(200);
    expect(body.items.map((r) => [r.id, r.unitCode, r.overdueMinutes])).toEqual([
      [late.B, B, (NOW.getTime() - hn('2025-06-05T08:00').getTime()) / 60_000],
      [late.A, A, (NOW.getTime() - hn('2025-06-12T09:00').getTime()) / 60_000],
    ]);
    // Office hours only: Thu 5 June 08:00 → Fri 20 June 10:00 is 11 working days and 2 hours; Thu 12
    // June 09:00 → the 20th is 7 hours, then 6 working days and 2 hours.
    expect(body.items.map((r) => r.overdueWorkingMinutes)).toEqual([(11 * 8 + 2) * 60, (7 + 5 * 8 + 2) * 60]);
  });

  it('filters by unit, and keeps unit staff to their own unit whatever they ask', async () => {
    const operator = await signIn(t.db, 'operator');
    const ofB = await get<OverdueResponse>(`/api/reports/overdue?unit=${B}`, operator.headers);
    expect(ofB.body.items.map((r) => r.id)).toEqual([late.B]);
    const staff = await signIn(t.db, 'unit_staff', { unitCode: A });
    const asked = await get<OverdueResponse>(`/api/reports/overdue?unit=${B}&limit=10`, staff.headers);
    expect([asked.status, asked.body.items.map((r) => r.id)]).toEqual([200, [late.A]]);
  });

  it('asks to sign in (401), refuses a citizen (403) and a bad limit (400)', async () => {
    expect((await get('/api/reports/overdue')).status).toBe(401);
    const citizen = await signIn(t.db, 'citizen');
    expect((await get('/api/reports/overdue', citizen.headers)).status).toBe(403);
    // A field team acts on its own team's reports only: the city's overdue list is not its to read.
    const { rows } = await t.db.query<{ id: string }>(
      `INSERT INTO teams (id, name, unit_code) VALUES ('00000000-0000-4000-8000-0000000000f1', 'Đội', '00004') RETURNING id`,
    );
    const field = await signIn(t.db, 'field_team', { teamId: rows[0]!.id });
    expect((await get('/api/reports/overdue', field.headers)).status).toBe(403);
    const operator = await signIn(t.db, 'operator');
    expect((await get('/api/reports/overdue?limit=0', operator.headers)).status).toBe(400);
  });
});
