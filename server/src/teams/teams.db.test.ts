import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamMovedPayload } from '../contracts/events.js';
import { TeamWithTrail } from '../contracts/team.js';
import { createTestApp, HOAN_KIEM, jsonPost, type TestApp } from '../testing/app.js';
import { signIn, type SignedInUser } from '../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { createTeam } from './teams.fixtures.js';

const NOW = new Date('2025-07-01T03:00:00.000Z'); // Tuesday 10:00 in Hà Nội
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();

let t: TestDatabase;
let a: TestApp;
let admin: SignedInUser;
let announced = 0;
const moved: TeamMovedPayload[] = [];
beforeAll(async () => {
  t = await createTestDatabase();
  a = await createTestApp(t, { announce: () => void announced++, teamMoved: (p) => void moved.push(p) }, () => NOW);
  admin = await signIn(t.db, 'admin');
});
afterAll(async () => {
  await a?.close();
  await t?.close();
});

const patch = (body: unknown, headers: Record<string, string>): RequestInit => ({
  method: 'PATCH',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const teamEvents = async (teamId: string) =>
  (
    await t.db.query<{ kind: string; status: string }>(
      `SELECT kind, payload->>'status' AS status FROM report_events WHERE team_id = $1 AND report_id IS NULL ORDER BY seq`,
      [teamId],
    )
  ).rows;

describe('teams', () => {
  it('creates a team for an admin, logs team:created and announces it', async () => {
    const before = announced;
    const team = await createTeam(a.app, admin.headers, { skills: ['trash', 'trash', 'trees'], position: HOAN_KIEM });
    expect(team).toMatchObject({
      unitCode: '00070',
      skills: ['trash', 'trees'],
      status: 'available',
      position: HOAN_KIEM,
    });
    expect(team.shiftStart).toBe('07:30');
    expect(await teamEvents(team.id)).toEqual([{ kind: 'team:created', status: 'available' }]);
    expect(announced).toBe(before + 1);
  });

  it.each([
    ['an unknown skill', { skills: ['juggling'] }, 400, 'unknown_category'],
    ['an unknown unit', { unitCode: 'NOPE' }, 422, 'unknown_unit'],
    ['a position outside Hà Nội', { position: [106.6297, 10.8231] }, 400, 'position_outside_hanoi'],
    ['a shift time that is no time', { shiftStart: '25:00' }, 400, 'validation_failed'],
  ])('refuses a team with %s and stores nothing', async (_, over, status, code) => {
    const before = (await t.db.query('SELECT count(*)::int AS n FROM teams')).rows[0].n as number;
    const body = { name: 'Đội lỗi', unitCode: '00070', ...over };
    const res = await a.app.request('/api/teams', jsonPost(body, admin.headers));
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    expect((await t.db.query('SELECT count(*)::int AS n FROM teams')).rows[0].n).toBe(before);
  });

  it('lets only admins create teams: 401 signed out, 403 for a dispatcher', async () => {
    const dispatcher = await signIn(t.db, 'dispatcher');
    const body = { name: 'Đội mới', unitCode: '00070' };
    expect((await a.app.request('/api/teams', jsonPost(body))).status).toBe(401);
    expect((await a.app.request('/api/teams', jsonPost(body, dispatcher.headers))).status).toBe(403);
  });
});

describe('team positions', () => {
  it('records the phone’s fixes, sends the newest live and lists a 30-minute trail', async () => {
    const team = await createTeam(a.app, admin.headers, { unitCode: '00004', name: 'Đội Ba Đình số 1' });
    const phone = await signIn(t.db, 'field_team', { teamId: team.id });
    const post = (location: [number, number], at?: string) =>
      a.app.request(`/api/teams/${team.id}/position`, jsonPost(at ? { location, at } : { location }, phone.headers));
    moved.length = 0;
    expect((await post([105.83, 21.035], minutesAgo(45))).status).toBe(200); // too old for the trail
    expect((await post([105.831, 21.036], minutesAgo(10))).status).toBe(200);
    const res = await post([105.832, 21.037]);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ position: [105.832, 21.037], positionAt: NOW.toISOString() });
    // A late fix goes into the history but does not move the team back.
    expect((await post([105.8315, 21.0365], minutesAgo(5))).status).toBe(200);
    expect(moved.map((m) => m.at)).toEqual([minutesAgo(45), minutesAgo(10), NOW.toISOString()]);
    const list = await a.app.request('/api/teams?unit=00004', { headers: admin.headers });
    const [listed] = TeamWithTrail.array().parse(await list.json());
    expect(listed!.position).toEqual([105.832, 21.037]);
    expect(listed!.trail.map((p) => p.at)).toEqual([NOW.toISOString(), minutesAgo(5), minutesAgo(10)]);
  });

  it('keeps a day of history per team and drops what is older', async () => {
    const team = await createTeam(a.app, admin.headers);
    await t.db.query(
      `INSERT INTO team_positions (team_id, position, at) VALUES ($1, ST_MakePoint(105.85, 21.03), $2)`,
      [team.id, new Date(NOW.getTime() - 25 * 3_600_000)],
    );
    const res = await a.app.request(`/api/teams/${team.id}/position`, jsonPost({ location: HOAN_KIEM }, admin.headers));
    expect(res.status).toBe(200);
    const { rows } = await t.db.query('SELECT at FROM team_positions WHERE team_id = $1', [team.id]);
    expect(rows.map((r: { at: Date }) => r.at.toISOString())).toEqual([NOW.toISOString()]);
  });

  it.each([
    ['outside Hà Nội', { location: [106.6297, 10.8231] }, 'position_outside_hanoi'],
    [
      'in the future',
      { location: HOAN_KIEM, at: new Date(NOW.getTime() + 10 * 60_000).toISOString() },
      'position_in_future',
    ],
    ['a day old', { location: HOAN_KIEM, at: minutesAgo(25 * 60) }, 'position_too_old'],
    ['with lat and lng swapped', { location: [21.0285, 105.8542] }, 'validation_failed'],
  ])('refuses a fix %s with 400 and keeps nothing', async (_, body, code) => {
    const team = await createTeam(a.app, admin.headers);
    moved.length = 0;
    const res = await a.app.request(`/api/teams/${team.id}/position`, jsonPost(body, admin.headers));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    expect((await t.db.query('SELECT 1 FROM team_positions WHERE team_id = $1', [team.id])).rows).toEqual([]);
    expect(moved).toEqual([]);
  });

  it('lets a team’s phone post only its own team’s position', async () => {
    const mine = await createTeam(a.app, admin.headers);
    const other = await createTeam(a.app, admin.headers);
    const phone = await signIn(t.db, 'field_team', { teamId: mine.id });
    const body = jsonPost({ location: HOAN_KIEM }, phone.headers);
    expect((await a.app.request(`/api/teams/${other.id}/position`, body)).status).toBe(403);
    expect((await a.app.request(`/api/teams/${mine.id}/position`, jsonPost({ location: HOAN_KIEM }))).status).toBe(401);
    const missing = '01900000-0000-7000-8000-000000000000';
    expect(
      (await a.app.request(`/api/teams/${missing}/position`, jsonPost({ location: HOAN_KIEM }, admin.headers))).status,
    ).toBe(404);
  });

  it('shows unit staff their own unit’s teams only', async () => {
    const staff = await signIn(t.db, 'unit_staff', { unitCode: '00004' });
    const res = await a.app.request('/api/teams', { headers: staff.headers });
    const teams = TeamWithTrail.array().parse(await res.json());
    expect(teams.length).toBeGreaterThan(0);
    expect(new Set(teams.map((x) => x.unitCode))).toEqual(new Set(['00004']));
    expect((await a.app.request('/api/teams?unit=00070', { headers: staff.headers })).status).toBe(403);
    expect((await a.app.request('/api/teams')).status).toBe(401);
  });
});

describe('team status', () => {
  it('changes status with a team:status_changed event, and a repeat changes nothing', async () => {
    const team = await createTeam(a.app, admin.headers);
    const phone = await signIn(t.db, 'field_team', { teamId: team.id });
    const before = announced;
    const res = await a.app.request(`/api/teams/${team.id}/status`, patch({ status: 'off_duty' }, phone.headers));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: team.id, status: 'off_duty' });
    expect(
      (await a.app.request(`/api/teams/${team.id}/status`, patch({ status: 'off_duty' }, phone.headers))).status,
    ).toBe(200);
    expect(await teamEvents(team.id)).toEqual([
      { kind: 'team:created', status: 'available' },
      { kind: 'team:status_changed', status: 'off_duty' },
    ]);
    expect(announced).toBe(before + 1);
  });

  it('refuses another team’s phone, unit staff and a status that does not exist', async () => {
    const team = await createTeam(a.app, admin.headers);
    const otherPhone = await signIn(t.db, 'field_team', { teamId: (await createTeam(a.app, admin.headers)).id });
    const staff = await signIn(t.db, 'unit_staff', { unitCode: '00070' });
    const url = `/api/teams/${team.id}/status`;
    expect((await a.app.request(url, patch({ status: 'on_site' }, otherPhone.headers))).status).toBe(403);
    expect((await a.app.request(url, patch({ status: 'on_site' }, staff.headers))).status).toBe(403);
    expect((await a.app.request(url, patch({ status: 'asleep' }, admin.headers))).status).toBe(400);
    expect(await teamEvents(team.id)).toEqual([{ kind: 'team:created', status: 'available' }]);
  });
});
