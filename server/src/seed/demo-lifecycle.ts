import type { ReportPriority, ReportStatus } from '../contracts/report.js';
import type { DemoCategory } from './demo-places.js';
import type { Random } from './demo-random.js';
import { DAY_MS, HOUR_MS, type Weather } from './demo-time.js';

type Weights<K extends string> = Partial<Record<K, number>>;

// A ward answers within a day or two and most reports are settled within two weeks: the young
// ones are still open, the old ones mostly resolved or closed.
const STATUS_BY_AGE: readonly { maxAgeDays: number; weights: Weights<ReportStatus> }[] = [
  { maxAgeDays: 1, weights: { new: 55, received: 30, assigned: 10, in_progress: 5 } },
  { maxAgeDays: 3, weights: { new: 12, received: 25, assigned: 25, in_progress: 30, resolved: 8 } },
  {
    maxAgeDays: 14,
    weights: {
      received: 4,
      assigned: 8,
      in_progress: 22,
      resolved: 42,
      closed: 12,
      not_responsible: 5,
      duplicate: 5,
      rejected: 2,
    },
  },
  {
    maxAgeDays: Infinity,
    weights: { in_progress: 3, resolved: 28, closed: 56, not_responsible: 4, duplicate: 4, rejected: 2, reopened: 3 },
  },
];

/** Mean hours from creation to the last change, by the status the report ended in. */
const HOURS_TO_STATUS: Record<ReportStatus, number> = {
  new: 0,
  received: 2,
  assigned: 8,
  in_progress: 24,
  resolved: 72,
  closed: 120,
  not_responsible: 24,
  duplicate: 6,
  rejected: 12,
  reopened: 150,
};

const PRIORITIES: readonly ReportPriority[] = ['low', 'normal', 'high', 'urgent'];
// Hazards to people (a fallen tree, an open manhole, a flooded street) are handled first.
const HAZARDS: ReadonlySet<DemoCategory> = new Set(['flooding', 'trees', 'road_damage']);
const PRIORITY_MIX = { usual: [20, 62, 14, 4], hazard: [8, 50, 30, 12], storm: [2, 30, 40, 28] } as const;

/** The status a report of this age is in now. */
export function statusForAge(random: Random, ageMs: number): ReportStatus {
  const band = STATUS_BY_AGE.find((b) => ageMs < b.maxAgeDays * DAY_MS)!;
  const entries = Object.entries(band.weights) as [ReportStatus, number][];
  return entries[random.weighted(entries.map(([, w]) => w))]![0];
}

/** When the report last changed: its creation for a new one, later (never after `nowMs`) otherwise. */
export function updatedAtFor(random: Random, status: ReportStatus, createdMs: number, nowMs: number): number {
  if (status === 'new') return createdMs;
  const delay = random.exponential(HOURS_TO_STATUS[status] * HOUR_MS);
  return Math.round(Math.min(createdMs + delay, nowMs));
}

/** Handling priority: hazards rank higher, and a flooded street in a storm highest. */
export function priorityFor(random: Random, category: DemoCategory, weather: Weather): ReportPriority {
  const mix =
    category === 'flooding' && weather === 'rain'
      ? PRIORITY_MIX.storm
      : HAZARDS.has(category)
        ? PRIORITY_MIX.hazard
        : PRIORITY_MIX.usual;
  return PRIORITIES[random.weighted(mix)]!;
}
