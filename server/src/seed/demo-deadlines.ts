import type { ReportPriority, ReportStatus } from '../contracts/report.js';
import { deadlineUnder, type DeadlineRules } from '../deadlines/deadlines.service.js';
import type { Random } from './demo-random.js';
import { HOUR_MS } from './demo-time.js';

/** A demo report's clock: its deadline and warning, and when it was resolved (resolved or closed). */
export interface DemoHandling {
  dueAt: Date | null;
  warnAt: Date | null;
  resolvedAt: Date | null;
  /** The last change: for a closed report, some time after it was resolved. */
  updatedAt: Date;
}

// Wards meet most long deadlines and miss many short ones (2 working hours for a sidewalk).
const ON_TIME_SHARE = { short: 0.55, long: 0.8 };
const SHORT_MS = 24 * HOUR_MS;

/**
 * The deadline of a demo report under the seeded rules and, for a resolved or closed one, a
 * resolution time that meets it or misses it as real wards do. Never later than `nowMs`.
 */
export function demoHandling(
  random: Random,
  r: { category: string; priority: ReportPriority; status: ReportStatus; createdAt: Date; updatedAt: Date },
  rules: DeadlineRules,
  nowMs: number,
): DemoHandling {
  const deadline = deadlineUnder(rules, r.category, r.priority, r.createdAt);
  const base = { dueAt: deadline?.dueAt ?? null, warnAt: deadline?.warnAt ?? null };
  if (r.status !== 'resolved' && r.status !== 'closed') return { ...base, resolvedAt: null, updatedAt: r.updatedAt };
  const createdMs = r.createdAt.getTime();
  const allowed = deadline ? deadline.dueAt.getTime() - createdMs : 72 * HOUR_MS;
  const onTime = random.next() < (allowed < SHORT_MS ? ON_TIME_SHARE.short : ON_TIME_SHARE.long);
  const took = onTime
    ? allowed * (0.2 + 0.8 * random.next())
    : allowed + random.exponential(Math.max(allowed, 12 * HOUR_MS));
  const resolvedMs = Math.round(Math.min(createdMs + took, nowMs));
  const updatedMs =
    r.status === 'closed' ? Math.round(Math.min(resolvedMs + random.exponential(48 * HOUR_MS), nowMs)) : resolvedMs;
  return { ...base, resolvedAt: new Date(resolvedMs), updatedAt: new Date(updatedMs) };
}
