import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Assignment, Recommendations } from '../contracts/dispatch.js';
import type { LngLat } from '../contracts/common.js';
import { createTestApp, HOAN_KIEM, jsonPost, type TestApp } from '../testing/app.js';
import { signIn, type SignedInUser } from '../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { createTeam } from '../teams/teams.fixtures.js';

const NOW = new Date('2025-07-01T03:00:00.000Z'); // Tuesday 10:00 in Hà Nội
const METRES_PER_DEG_LAT = 111_320;
const north = (m: number): LngLat => [HOAN_KIEM[0], HOAN_KIEM[1] + m / METRES_PER_DEG_LAT];

let t: TestDatabase;
let a: TestApp;
let admin: SignedInUser;
let operator: SignedInUser;
let dispatcher: SignedInUser;
beforeAll(async () => {
  t = await createTestDatabase();
  a = await createTestApp(t, undefined, () => NOW);
  [admin, operator, dispatcher] = await Promise.all([
    signIn(t.db, 'admin'),
    signIn(t.db, 'operator'),
    signIn(t.db, 'dispatcher'),
  ]);
});
afterAll(async () => {
  await a?.close();
  await t?.close();
});

let n = 0;
/**
 * A citizen's report in Hoàn Kiếm, received by the operator unless told otherwise. Each lies 110 m
 * from the others (a grid going east and south from the lake), so none is linked as a "me too".
 */
async function report(opts: { receive?: boolean; category?: string } = {}): Promise<string> {
  const i = n++;
  const location: LngLat = [
    HOAN_KIEM[0] + ((i % 4) * 110) / 104_000,
    HOAN_KIEM[1] - (Math.floor(i / 4) * 110) / METRES_PER_DEG_LAT,
  ];
  const body = { category: opts.category ?? 'trash', description: `Rác tồn đọng số ${n}`, location };
  const res = await a.app.request('/api/reports', jsonPost(body));
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: string };
  if (opts.receive !== false) {
    const r = await a.app.request(`/api/reports/${id}/actions`, jsonPost({ action: 'receive' }, operator.headers));
    expect(r.status, await r.clone().text()).toBe(200);
  }
  return id;
}

const assign = (reportId: string, teamId: string, headers: Record<string, string>) =>
  a.app.request(`/api/reports/${reportId}/assign`, jsonPost({ teamId }, headers));
const recommend = (reportId: string, headers: Record<string, string> = dispatcher.headers, q = '') =>
  a.app.request(`/api/reports/${reportId}/recommendations${q}`, { headers });
const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
const row = async (sql: string, id: string) => (await t.db.query(sql, [id])).rows[0] as Record<string, unknown>;

describe('recommendations', () => {
  // Built once: every later test adds teams elsewhere or far away (Ba Đình, 5 km north).
  const ids: Record<string, string> = {};
  let reportId = '';
  beforeAll(async () => {
    reportId = await report();
    const make = async (key: string, over: Parameters<typeof createTeam>[2]) =>
      (ids[key] = (await createTeam(a.app, admin.headers, over)).id);
    await make('skilledFar', { skills: ['trash'], position: north(2000) });
    await make('unskilledNear', { skills: ['traffic'], position: north(200) });
    await make('busy', { skills: ['trash'], position: north(1000) });
    await make('nightShift', { skills: ['trash'], position: north(3000), shiftStart: '22:00', shiftEnd: '11:00' });
    await make('offShift', { skills: ['trash'], position: north(100), shiftStart: '13:00', shiftEnd: '17:00' });
    await make('offDuty', { skills: ['trash'], position: north(150) });
    await make('noPosition', { skills: ['trash'] });
    const patch = { method: 'PATCH', headers: { 'content-type': 'application/json', ...dispatcher.headers } };
    await a.app.request(`/api/teams/${ids.offDuty}/status`, { ...patch, body: JSON.stringify({ status: 'off_duty' }) });
    // The busy team holds another open report; it is available again but its workload is 1.
    expect((await assign(await report(), ids.busy!, dispatcher.headers)).status).toBe(200);
    await a.app.request(`/api/teams/${ids.busy}/status`, { ...patch, body: JSON.stringify({ status: 'available' }) });
  });

  it('ranks available, on-shift teams with a position, the skilled one first when there is time', async () => {
    const res = await recommend(reportId);
    expect(res.status).toBe(200);
    const r = Recommendations.parse(await res.json());
    const order = r.items.map((i) => Object.keys(ids).find((k) => ids[k] === i.team.id));
    expect(r.urgency).toBe(0);
    expect(order).toEqual(['skilledFar', 'busy', 'nightShift', 'unskilledNear']);
    const busy = r.items[1]!;
    expect(busy).toMatchObject({ skillMatch: true, workload: 1, status: 'available' });
    expect(busy.distanceMeters).toBeGreaterThan(990);
    expect(busy.distanceMeters).toBeLessThan(1010);
    expect(busy.reasons.map((x) => x.code)).toEqual(['distance', 'skill_match', 'busy']);
    expect(r.items.find((i) => i.team.id === ids.unskilledNear)).toMatchObject({ skillMatch: false, workload: 0 });
  });

  it('puts the closest team first for a late report, and keeps n', async () => {
    await t.db.query(`UPDATE reports SET due_at = $2 WHERE id = $1`, [reportId, new Date(NOW.getTime() - 3_600_000)]);
    const r = Recommendations.parse(await (await recommend(reportId, dispatcher.headers, '?n=2')).json());
    expect(r.urgency).toBe(1);
    expect(r.remainingMinutes).toBe(-60);
    expect(r.items.map((i) => i.team.id)).toEqual([ids.unskilledNear, ids.busy]);
    expect(r.items[0]!.reasons.map((x) => x.code)).toContain('deadline_pressure');
  });

  it('refuses the signed-out, citizens, planners and staff of another unit', async () => {
    const [citizen, planner, otherUnit, sameUnit] = await Promise.all([
      signIn(t.db, 'citizen'),
      signIn(t.db, 'planner'),
      signIn(t.db, 'unit_staff', { unitCode: '00004' }),
      signIn(t.db, 'unit_staff', { unitCode: '00070' }),
    ]);
    expect((await recommend(reportId, {})).status).toBe(401);
    expect((await recommend(reportId, citizen.headers)).status).toBe(403);
    expect((await recommend(reportId, planner.headers)).status).toBe(403);
    expect((await recommend(reportId, otherUnit.headers)).status).toBe(403);
    expect((await recommend(reportId, sameUnit.headers)).status).toBe(200);
    expect((await recommend(reportId, dispatcher.headers, '?n=0')).status).toBe(400);
    expect((await recommend('01900000-0000-7000-8000-000000000000')).status).toBe(404);
  });
});

/**
 * On PostgreSQL, holds the team's row while both requests start, and lets go only once both wait
 * on it: the two transactions then surely overlap, however fast the first one would have been. The
 * embedded engine runs one statement at a time (one pooled connection), so there it only runs them.
 */
async function race<T>(teamId: string, start: () => Promise<T>): Promise<T> {
  if (t.engine !== 'postgres') return start();
  const holder = await t.db.connect();
  try {
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM teams WHERE id = $1 FOR UPDATE', [teamId]);
    const running = start();
    for (let waiting = 0, tries = 0; waiting < 2; tries++) {
      if (tries > 500) throw new Error('the two assignments never both waited on the team row');
      await new Promise((r) => setTimeout(r, 20));
      const { rows } = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      waiting = rows[0]!.n;
    }
    await holder.query('COMMIT');
    return await running;
  } finally {
    holder.release();
  }
}

describe('assignment', () => {
  const teamEvents = async (teamId: string) =>
    (
      await t.db.query(`SELECT kind FROM report_events WHERE team_id = $1 AND report_id IS NULL ORDER BY seq`, [teamId])
    ).rows.map((r: { kind: string }) => r.kind);
  const newTeam = () => createTeam(a.app, admin.headers, { unitCode: '00004', position: north(5000) });

  it('lets unit staff see and send only their own unit’s teams', async () => {
    const reportId = await report();
    const unit = ((await row('SELECT unit_code FROM reports WHERE id = $1', reportId)) as { unit_code: string })
      .unit_code;
    const staff = await signIn(t.db, 'unit_staff', { unitCode: unit });
    const foreign = await newTeam(); // of unit 00004
    expect(foreign.unitCode).not.toBe(unit);
    const res = await recommend(reportId, staff.headers, '?n=20');
    expect(res.status).toBe(200);
    const teams = Recommendations.parse(await res.json()).items.map((i) => i.team.unitCode);
    expect(teams.length).toBeGreaterThan(0);
    expect(new Set(teams)).toEqual(new Set([unit]));
    expect((await assign(reportId, foreign.id, staff.headers)).status).toBe(403);
    expect(await row('SELECT status FROM teams WHERE id = $1', foreign.id)).toEqual({ status: 'available' });
  });

  it('sets the report assigned and the team en route together, with both events in one commit', async () => {
    const [reportId, team] = [await report(), await newTeam()];
    const res = await assign(reportId, team.id, dispatcher.headers);
    expect(res.status).toBe(200);
    const body = Assignment.parse(await res.json());
    expect(body.report).toMatchObject({ id: reportId, status: 'assigned' });
    expect(body.team).toMatchObject({ id: team.id, status: 'en_route', currentReportId: reportId });
    expect(await row('SELECT status, team_id FROM reports WHERE id = $1', reportId)).toEqual({
      status: 'assigned',
      team_id: team.id,
    });
    expect(await row('SELECT status, current_report_id FROM teams WHERE id = $1', team.id)).toEqual({
      status: 'en_route',
      current_report_id: reportId,
    });
    const { rows } = await t.db.query<{ kind: string; seq: string; at: Date }>(
      `SELECT kind, seq::text, created_at AS at FROM report_events WHERE report_id = $1 OR (team_id = $2 AND report_id IS NULL)
       ORDER BY seq DESC LIMIT 2`,
      [reportId, team.id],
    );
    expect(rows.map((r) => r.kind).sort()).toEqual(['report:assigned', 'team:assigned']);
    expect(Math.abs(Number(rows[0]!.seq) - Number(rows[1]!.seq))).toBe(1);
  });

  it('frees the team when its phone reports the job done', async () => {
    // Trees: resolving needs no "after" photo.
    const [reportId, team] = [await report({ category: 'trees' }), await newTeam()];
    const phone = await signIn(t.db, 'field_team', { teamId: team.id });
    expect((await assign(reportId, team.id, dispatcher.headers)).status).toBe(200);
    const act = (body: unknown) => a.app.request(`/api/reports/${reportId}/actions`, jsonPost(body, phone.headers));
    expect((await act({ action: 'start' })).status).toBe(200);
    expect((await act({ action: 'resolve', note: 'Đã cắt tỉa cành cây gãy' })).status).toBe(200);
    expect(await row('SELECT status, current_report_id FROM teams WHERE id = $1', team.id)).toEqual({
      status: 'available',
      current_report_id: null,
    });
    expect(await teamEvents(team.id)).toEqual(['team:created', 'team:assigned', 'team:released']);
  });

  it('frees the previous team when a report is given to another one', async () => {
    const [reportId, first, second] = [await report(), await newTeam(), await newTeam()];
    expect((await assign(reportId, first.id, dispatcher.headers)).status).toBe(200);
    expect((await assign(reportId, second.id, dispatcher.headers)).status).toBe(200);
    expect(await row('SELECT status, current_report_id FROM teams WHERE id = $1', first.id)).toEqual({
      status: 'available',
      current_report_id: null,
    });
    expect(await teamEvents(first.id)).toEqual(['team:created', 'team:assigned', 'team:released']);
    expect(await row('SELECT team_id FROM reports WHERE id = $1', reportId)).toEqual({ team_id: second.id });
  });

  it('refuses a busy team with 409 naming its status, and an illegal move leaves both rows as they were', async () => {
    const team = await newTeam();
    expect((await assign(await report(), team.id, dispatcher.headers)).status).toBe(200);
    const busy = await assign(await report(), team.id, dispatcher.headers);
    expect(busy.status).toBe(409);
    const err = ((await busy.json()) as { error: { code: string; message: string } }).error;
    expect(err.code).toBe('team_unavailable');
    expect(err.message).toContain('đang di chuyển');
    const idle = await newTeam();
    const fresh = await report({ receive: false }); // still "new": it must be received first
    const illegal = await assign(fresh, idle.id, dispatcher.headers);
    expect(illegal.status).toBe(409);
    expect(await errorCode(illegal)).toBe('illegal_transition');
    expect(await row('SELECT status FROM teams WHERE id = $1', idle.id)).toEqual({ status: 'available' });
    expect(await row('SELECT status, team_id FROM reports WHERE id = $1', fresh)).toEqual({
      status: 'new',
      team_id: null,
    });
    expect(await teamEvents(idle.id)).toEqual(['team:created']);
  });

  it('lets exactly one of two dispatchers racing for the same team win', async () => {
    const other = await signIn(t.db, 'dispatcher');
    const [r1, r2, team] = [await report(), await report(), await newTeam()];
    const results = await race(team.id, () =>
      Promise.all([assign(r1, team.id, dispatcher.headers), assign(r2, team.id, other.headers)]),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(await errorCode(loser)).toBe('team_unavailable');
    const [won, lost] = results[0]!.status === 200 ? [r1, r2] : [r2, r1];
    expect(await row('SELECT status, current_report_id FROM teams WHERE id = $1', team.id)).toEqual({
      status: 'en_route',
      current_report_id: won,
    });
    expect(await row('SELECT status, team_id FROM reports WHERE id = $1', won)).toEqual({
      status: 'assigned',
      team_id: team.id,
    });
    expect(await row('SELECT status, team_id FROM reports WHERE id = $1', lost)).toEqual({
      status: 'received',
      team_id: null,
    });
    expect(await teamEvents(team.id)).toEqual(['team:created', 'team:assigned']);
    const kinds = await t.db.query(`SELECT kind FROM report_events WHERE report_id = ANY($1) ORDER BY seq`, [[r1, r2]]);
    expect(kinds.rows.filter((k: { kind: string }) => k.kind === 'report:assigned')).toHaveLength(1);
  });

  it('refuses the signed-out, citizens, staff of another unit and unknown teams', async () => {
    const [reportId, team] = [await report(), await newTeam()];
    const [citizen, otherUnit] = await Promise.all([
      signIn(t.db, 'citizen'),
      signIn(t.db, 'unit_staff', { unitCode: '00004' }),
    ]);
    expect((await assign(reportId, team.id, {})).status).toBe(401);
    expect((await assign(reportId, team.id, citizen.headers)).status).toBe(403);
    expect((await assign(reportId, team.id, otherUnit.headers)).status).toBe(403);
    const unknown = await assign(reportId, '01900000-0000-7000-8000-000000000000', dispatcher.headers);
    expect(unknown.status).toBe(404);
    expect(await errorCode(unknown)).toBe('team_not_found');
    expect((await a.app.request(`/api/reports/${reportId}/assign`, jsonPost({}, dispatcher.headers))).status).toBe(400);
    expect(await row('SELECT status, team_id FROM reports WHERE id = $1', reportId)).toEqual({
      status: 'received',
      team_id: null,
    });
    const sameUnit = await signIn(t.db, 'unit_staff', { unitCode: '00070' });
    const ownTeam = await createTeam(a.app, admin.headers, { unitCode: '00070', position: north(5000) });
    expect((await assign(reportId, ownTeam.id, sameUnit.headers)).status).toBe(200);
  });
});
