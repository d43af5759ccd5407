import { describe, expect, it } from 'vitest';
import { readHolidays, readSlaPolicies } from '../deadlines/deadline-seeds.js';
import type { DeadlineRules } from '../deadlines/deadlines.service.js';
import { calendarOf, deadlineFor } from '../deadlines/working-time.js';
import { generateDemoReports } from './demo.js';
import { SEEDS_DIR } from './reference.js';

async function seededRules(): Promise<DeadlineRules> {
  const [days, policies] = await Promise.all([readHolidays(SEEDS_DIR), readSlaPolicies(SEEDS_DIR)]);
  return {
    policies: new Map(policies.map((p) => [`${p.category}:${p.priority}`, p])),
    calendar: calendarOf(days),
  };
}

const now = new Date('2025-09-15T10:00:00Z');

describe('demo reports under the seeded SLA policies', () => {
  it('gives every report the deadline of its category and priority', async () => {
    const rules = await seededRules();
    for (const r of generateDemoReports({ count: 300, now, rules })) {
      const policy = rules.policies.get(`${r.category}:${r.priority}`)!;
      expect(r.dueAt).toEqual(deadlineFor(policy, r.createdAt, rules.calendar).dueAt);
      expect(r.warnAt).toEqual(deadlineFor(policy, r.createdAt, rules.calendar).warnAt);
    }
  });

  it('resolves the resolved and closed ones between creation and now, some on time and some late', async () => {
    const reports = generateDemoReports({ count: 3_000, now, rules: await seededRules() });
    const done = reports.filter((r) => r.status === 'resolved' || r.status === 'closed');
    for (const r of reports) {
      if (!done.includes(r)) expect(r.resolvedAt).toBeNull();
    }
    for (const r of done) {
      expect(r.resolvedAt!.getTime()).toBeGreaterThanOrEqual(r.createdAt.getTime());
      expect(r.resolvedAt!.getTime()).toBeLessThanOrEqual(r.updatedAt.getTime());
      expect(r.updatedAt.getTime()).toBeLessThanOrEqual(now.getTime());
    }
    const onTime = done.filter((r) => r.resolvedAt! <= r.dueAt!).length / done.length;
    expect(onTime).toBeGreaterThan(0.5);
    expect(onTime).toBeLessThan(0.9);
  });

  it('leaves the reports themselves as they are without rules', async () => {
    const plain = generateDemoReports({ count: 200, now });
    const timed = generateDemoReports({ count: 200, now, rules: await seededRules() });
    expect(timed.map((r) => [r.category, r.location, r.status, r.createdAt])).toEqual(
      plain.map((r) => [r.category, r.location, r.status, r.createdAt]),
    );
    expect(plain.every((r) => r.dueAt === null && r.resolvedAt === null)).toBe(true);
  });
});
