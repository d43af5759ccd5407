import type { ReportStatus } from '@matthan/server/contracts';
import { HANDLED_STATUSES } from '@matthan/server/contracts';
import { filterParams, STILL_OPEN, type FiltersState } from './filters.js';

/** Statuses of a report someone is working on. */
/** The 'being handled' counter: open reports a unit has taken in. */
export const IN_HAND: readonly ReportStatus[] = HANDLED_STATUSES;
/** Statuses of a report whose problem is fixed. */
export const DONE_STATUSES: readonly ReportStatus[] = ['resolved', 'closed'];

const DAY_MS = 24 * 3600_000;
/** Hà Nội is UTC+7 all year (no daylight saving), so the day boundary is a fixed offset. */
const HANOI_OFFSET_MS = 7 * 3600_000;

/** Midnight in Hà Nội of the day `now` falls in, as an ISO instant. */
export function startOfHanoiDay(now: number): string {
  const local = now + HANOI_OFFSET_MS;
  return new Date(local - (local % DAY_MS) - HANOI_OFFSET_MS).toISOString();
}

export type CounterKey = 'today' | 'open' | 'overdue' | 'done' | 'total';

export interface CounterRequest {
  key: CounterKey;
  /** Filter parameters for /api/cells (the hook reads its `total`); null means 0 without asking. */
  params: Record<string, string> | null;
}

/**
 * The operations room's figures under its filters: received today, being handled, overdue and
 * resolved. A status filter narrows the last two further rather than being replaced.
 */
export function liveCounterRequests(filters: FiltersState, now: number): CounterRequest[] {
  const base = filterParams(filters, now);
  const today = startOfHanoiDay(now);
  const from = base.from && base.from > today ? base.from : today;
  const withStatus = (group: readonly ReportStatus[]) => {
    const status = narrowed(group, filters.statuses);
    return status === null ? null : { ...base, status };
  };
  return [
    { key: 'today', params: { ...base, from } },
    { key: 'open', params: withStatus(IN_HAND) },
    { key: 'overdue', params: overdueParams(base, filters.statuses) },
    // Nothing resolved is overdue: with the overdue filter on, the resolved figure is 0.
    { key: 'done', params: filters.overdue ? null : withStatus(DONE_STATUSES) },
  ];
}

/** Open and late now, under the other filters; a status filter with no open status leaves none. */
function overdueParams(base: Record<string, string>, statuses: readonly ReportStatus[]) {
  const status = narrowed(STILL_OPEN, statuses);
  return status === null ? null : { ...base, status, overdue: 'true' };
}

/** The public page's outcome figures over its period: received, being handled, resolved. */
export function publicCounterRequests(filters: FiltersState, now: number): CounterRequest[] {
  const base = filterParams(filters, now);
  return [
    { key: 'total', params: base },
    { key: 'open', params: { ...base, status: IN_HAND.join(',') } },
    { key: 'done', params: { ...base, status: DONE_STATUSES.join(',') } },
  ];
}

/** Share of resolved reports, in whole percent; 0 when nothing was received. */
export function resolvedShare(counts: Partial<Record<CounterKey, number>>): number {
  const total = counts.total ?? 0;
  return total === 0 ? 0 : Math.round(((counts.done ?? 0) / total) * 100);
}

/** The chosen statuses within a group; null when none is in it, so the count is 0 without asking. */
function narrowed(group: readonly ReportStatus[], chosen: readonly ReportStatus[]): string | null {
  if (chosen.length === 0) return group.join(',');
  const picked = group.filter((s) => chosen.includes(s));
  return picked.length > 0 ? picked.join(',') : null;
}
