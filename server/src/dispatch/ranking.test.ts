import { describe, expect, it } from 'vitest';
import type { Team } from '../contracts/team.js';
import {
  estimateTravelSeconds,
  rankTeams,
  urgencyOf,
  weightsFor,
  type Candidate,
  type RankedReport,
} from './ranking.js';

const now = new Date('2025-07-01T03:00:00.000Z'); // 10:00 in Hà Nội

let n = 0;
function team(skills: string[], over: Partial<Team> = {}): Team {
  return {
    id: `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`,
    name: `Đội số ${n}`,
    unitCode: '00070',
    skills,
    shiftStart: '07:30',
    shiftEnd: '17:30',
    status: 'available',
    position: [105.85, 21.03],
    positionAt: now.toISOString(),
    currentReportId: null,
    updatedAt: now.toISOString(),
    ...over,
  };
}

const dueIn = (minutes: number | null): RankedReport => ({
  category: 'trash',
  priority: 'normal',
  dueAt: minutes === null ? null : new Date(now.getTime() + minutes * 60_000).toISOString(),
});

// A team that knows the job 3 km away, and one that does not 300 m away.
const specialist: Candidate = { team: team(['trash']), distanceMeters: 3000, workload: 0 };
const bystander: Candidate = { team: team(['traffic']), distanceMeters: 300, workload: 0 };

describe('rankTeams', () => {
  it('prefers the skilled team over a closer unskilled one when the report has time', () => {
    const r = rankTeams([bystander, specialist], dueIn(24 * 60), now, 5);
    expect(r.urgency).toBe(0);
    expect(r.items.map((i) => i.team.id)).toEqual([specialist.team.id, bystander.team.id]);
    expect(r.items[0]).toMatchObject({ skillMatch: true, distanceMeters: 3000, workload: 0, status: 'available' });
    expect(r.items[0]!.reasons.map((x) => x.code)).toEqual(['distance', 'skill_match', 'idle']);
  });

  it('prefers the closest team over the best skill match when the report is late', () => {
    const r = rankTeams([specialist, bystander], dueIn(-30), now, 5);
    expect(r.urgency).toBe(1);
    expect(r.remainingMinutes).toBe(-30);
    expect(r.items.map((i) => i.team.id)).toEqual([bystander.team.id, specialist.team.id]);
    expect(r.items[0]!.reasons.map((x) => x.code)).toContain('deadline_pressure');
  });

  it('treats an urgent priority like a deadline that has come, even without a due time', () => {
    const r = rankTeams([specialist, bystander], { ...dueIn(null), priority: 'urgent' }, now, 5);
    expect(r.remainingMinutes).toBeNull();
    expect(r.items[0]!.team.id).toBe(bystander.team.id);
  });

  it('puts an idle team before an equally placed busy one', () => {
    const busy: Candidate = { team: team(['trash']), distanceMeters: 800, workload: 3 };
    const idle: Candidate = { team: team(['trash']), distanceMeters: 800, workload: 0 };
    const r = rankTeams([busy, idle], dueIn(null), now, 5);
    expect(r.items.map((i) => i.workload)).toEqual([0, 3]);
    expect(r.items[1]!.reasons.find((x) => x.code === 'busy')?.vi).toBe('Đội đang giữ 3 phản ánh');
  });

  it('uses a road-network travel time instead of the straight line when one is given', () => {
    // 500 m across the river but 20 minutes by road: the 1.5 km team on the same bank wins.
    const acrossRiver: Candidate = { team: team(['trash']), distanceMeters: 500, travelSeconds: 1200, workload: 0 };
    const sameBank: Candidate = { team: team(['trash']), distanceMeters: 1500, workload: 0 };
    const r = rankTeams([acrossRiver, sameBank], dueIn(null), now, 5);
    expect(r.items.map((i) => i.team.id)).toEqual([sameBank.team.id, acrossRiver.team.id]);
    expect(r.items[1]!.travelSeconds).toBe(1200);
  });

  it('keeps the best n, orders ties by travel time then id, and scores within [0, 1]', () => {
    const same = [3, 1, 2].map((i): Candidate => ({ team: team(['trash']), distanceMeters: i * 100, workload: 0 }));
    const twin: Candidate = { team: team(['trash']), distanceMeters: 100, workload: 0 };
    const r = rankTeams([...same, twin], dueIn(60), now, 3);
    expect(r.items).toHaveLength(3);
    expect(r.items.map((i) => i.distanceMeters)).toEqual([100, 100, 200]);
    expect(r.items[0]!.team.id < r.items[1]!.team.id).toBe(true);
    for (const i of r.items) expect(i.score).toBeGreaterThan(0);
    for (const i of r.items) expect(i.score).toBeLessThanOrEqual(1);
    expect(rankTeams([], dueIn(60), now, 3).items).toEqual([]);
  });
});

describe('urgency and weights', () => {
  it('grows from 0 four hours before the deadline to 1 at it', () => {
    expect(urgencyOf(dueIn(300), now).urgency).toBe(0);
    expect(urgencyOf(dueIn(120), now).urgency).toBeCloseTo(0.5);
    expect(urgencyOf(dueIn(0), now).urgency).toBe(1);
    expect(urgencyOf({ ...dueIn(300), priority: 'high' }, now).urgency).toBe(0.5);
  });

  it('shifts weight from skill to proximity as urgency grows, always summing to 1', () => {
    for (const u of [0, 0.25, 0.5, 1]) {
      const w = weightsFor(u);
      expect(w.proximity + w.skill + w.workload).toBeCloseTo(1);
    }
    expect(weightsFor(1).proximity).toBeGreaterThan(weightsFor(0).proximity);
    expect(weightsFor(1).skill).toBeLessThan(weightsFor(0).skill);
  });

  it('estimates 1 km of straight line as about 4–5 minutes through the city', () => {
    expect(estimateTravelSeconds(1000) / 60).toBeGreaterThan(4);
    expect(estimateTravelSeconds(1000) / 60).toBeLessThan(5);
  });
});
