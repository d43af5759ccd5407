import type { TeamWithTrail } from '@matthan/server/contracts';
import { describe, expect, it } from 'vitest';
import { initialTeams, teamList, teamMoved, teamsLoaded, teamUpdated, TRAIL_MAX_POINTS } from './teams.js';

const team = (over: Partial<TeamWithTrail> = {}): TeamWithTrail => ({
  id: '0190a1b2-c3d4-7e5f-8a9b-000000000001',
  name: 'Đội 1',
  unitCode: '00070',
  skills: ['trash'],
  shiftStart: '07:00',
  shiftEnd: '17:00',
  status: 'available',
  position: [105.85, 21.03],
  positionAt: '2026-03-02T01:00:00.000Z',
  currentReportId: null,
  updatedAt: '2026-03-02T01:00:00.000Z',
  trail: [],
  ...over,
});
const now = Date.parse('2026-03-02T01:10:00.000Z');

describe('teams', () => {
  it('takes a status change and keeps the trail', () => {
    const s = teamsLoaded(initialTeams, {
      teams: [team({ trail: [{ position: [105.8, 21], at: '2026-03-02T00:59:00Z' }] })],
    });
    const { trail: _t, ...fields } = team();
    const next = teamUpdated(s, {
      event: {
        seq: 5,
        at: '2026-03-02T01:05:00Z',
        kind: 'team:assigned',
        team: { ...fields, status: 'en_route', updatedAt: '2026-03-02T01:05:00.000Z' },
      },
    });
    expect(next.byId.get(team().id)?.status).toBe('en_route');
    expect(next.byId.get(team().id)?.trail).toHaveLength(1);
  });

  it('ignores a change older than what it shows', () => {
    const s = teamsLoaded(initialTeams, {
      teams: [team({ status: 'on_site', updatedAt: '2026-03-02T01:06:00.000Z' })],
    });
    const { trail: _t, ...fields } = team();
    const next = teamUpdated(s, {
      event: {
        seq: 4,
        at: '2026-03-02T01:05:00Z',
        kind: 'x',
        team: { ...fields, status: 'en_route', updatedAt: '2026-03-02T01:05:00.000Z' },
      },
    });
    expect(next).toBe(s);
  });

  it('moves a team, grows its trail up to the limit and drops old points', () => {
    let s = teamsLoaded(initialTeams, {
      teams: [team({ trail: [{ position: [105.7, 21], at: '2026-03-02T00:30:00Z' }] })],
    });
    for (let i = 1; i <= 25; i++) {
      const at = new Date(Date.parse('2026-03-02T01:00:00Z') + i * 10_000).toISOString();
      s = teamMoved(s, {
        event: { teamId: team().id, unitCode: '00070', position: [105.85 + i / 1000, 21.03], at },
        now,
      });
    }
    const moved = s.byId.get(team().id)!;
    expect(moved.position).toEqual([105.875, 21.03]);
    expect(moved.trail).toHaveLength(TRAIL_MAX_POINTS);
    expect(moved.trail.every((p) => now - Date.parse(p.at) <= 30 * 60_000)).toBe(true);
  });

  it('ignores positions of teams it was not shown, and late positions', () => {
    const s = teamsLoaded(initialTeams, { teams: [team()] });
    const other = {
      teamId: '0190a1b2-c3d4-7e5f-8a9b-000000000009',
      unitCode: 'SXD',
      position: [1, 2] as [number, number],
      at: '2026-03-02T01:05:00Z',
    };
    expect(teamMoved(s, { event: other, now })).toBe(s);
    const late = { ...other, teamId: team().id, at: '2026-03-02T00:50:00Z' };
    expect(teamMoved(s, { event: late, now })).toBe(s);
  });

  it('lists teams by unit and name', () => {
    const s = teamsLoaded(initialTeams, {
      teams: [
        team({ id: 'b', unitCode: 'SXD', name: 'A' }),
        team({ id: 'a', name: 'Đội 2' }),
        team({ id: 'c', name: 'Đội 1' }),
      ],
    });
    expect(teamList(s).map((t) => t.id)).toEqual(['c', 'a', 'b']);
  });
});
