import type { PublicReport, ReportStatus } from '@matthan/server/contracts';
import { OPEN_STATUSES } from '@matthan/server/contracts';

/** How far back the map and the feed look. */
export type Period = '24h' | '7d' | '30d' | 'all';
export const PERIODS: readonly Period[] = ['24h', '7d', '30d', 'all'];

const PERIOD_MS: Record<Exclude<Period, 'all'>, number> = {
  '24h': 24 * 3600_000,
  '7d': 7 * 24 * 3600_000,
  '30d': 30 * 24 * 3600_000,
};

export interface FiltersState {
  /** Category codes to show; empty means every category. */
  categories: readonly string[];
  /** Statuses to show; empty means every status. */
  statuses: readonly ReportStatus[];
  /** Ward codes to show; empty means the whole city. */
  wards: readonly string[];
  period: Period;
  /** Only open reports past their due time. */
  overdue: boolean;
}

export const initialFilters: FiltersState = { categories: [], statuses: [], wards: [], period: 'all', overdue: false };

/** Statuses of a report someone must still handle: the only ones that can be overdue. */
export const STILL_OPEN: readonly ReportStatus[] = OPEN_STATUSES;

/** Adds or removes one category; choosing every category one by one goes back to "all". */
export function categoryToggled(
  state: FiltersState,
  payload: { code: string; allCodes: readonly string[] },
): FiltersState {
  const has = state.categories.includes(payload.code);
  const next = has ? state.categories.filter((c) => c !== payload.code) : [...state.categories, payload.code];
  const everything = payload.allCodes.length > 0 && payload.allCodes.every((c) => next.includes(c));
  return { ...state, categories: everything ? [] : next.sort() };
}

export function categoriesCleared(state: FiltersState): FiltersState {
  return state.categories.length === 0 ? state : { ...state, categories: [] };
}

/** The statuses to show (none = every status), kept sorted so equal choices compare equal. */
export function statusesSet(state: FiltersState, payload: { statuses: readonly ReportStatus[] }): FiltersState {
  const statuses = [...new Set(payload.statuses)].sort();
  return statuses.join() === state.statuses.join() ? state : { ...state, statuses };
}

/** One ward or the whole city (null): the operations room looks at one area at a time. */
export function wardSet(state: FiltersState, payload: { ward: string | null }): FiltersState {
  const wards = payload.ward ? [payload.ward] : [];
  return wards.join() === state.wards.join() ? state : { ...state, wards };
}

/** Filters read back from a shared link replace the current ones wholesale. */
export function filtersReplaced(state: FiltersState, payload: { filters: FiltersState }): FiltersState {
  return sameFilters(state, payload.filters) ? state : payload.filters;
}

export function sameFilters(a: FiltersState, b: FiltersState): boolean {
  return (
    a.period === b.period &&
    a.overdue === b.overdue &&
    a.categories.join() === b.categories.join() &&
    a.statuses.join() === b.statuses.join() &&
    a.wards.join() === b.wards.join()
  );
}

/** A key that changes exactly when the filters do, for request caching. */
export function filtersKey(state: FiltersState): string {
  return JSON.stringify([state.categories, state.statuses, state.wards, state.period, state.overdue]);
}

export function overdueSet(state: FiltersState, payload: { overdue: boolean }): FiltersState {
  return state.overdue === payload.overdue ? state : { ...state, overdue: payload.overdue };
}

/** Whether a report is open and past its due time at `now`. */
export function isOverdue(report: Pick<PublicReport, 'status' | 'dueAt'>, now: number): boolean {
  return STILL_OPEN.includes(report.status) && report.dueAt !== null && Date.parse(report.dueAt) < now;
}

export function periodSet(state: FiltersState, payload: { period: Period }): FiltersState {
  return state.period === payload.period ? state : { ...state, period: payload.period };
}

/** Start of the period as an ISO instant, or undefined for "all". `now` is passed in so tests are exact. */
export function periodStart(period: Period, now: number): string | undefined {
  return period === 'all' ? undefined : new Date(now - PERIOD_MS[period]).toISOString();
}

/** Whether a report passes the filters (the same rule the server applies to /api/cells and /api/reports). */
export function matchesFilters(state: FiltersState, report: PublicReport, now: number): boolean {
  if (state.categories.length > 0 && !state.categories.includes(report.category)) return false;
  if (state.statuses.length > 0 && !state.statuses.includes(report.status)) return false;
  if (state.wards.length > 0 && !state.wards.includes(report.wardCode)) return false;
  if (state.overdue && !isOverdue(report, now)) return false;
  const from = periodStart(state.period, now);
  return from === undefined || report.createdAt >= from;
}

/** Query-string parameters for the server, shared by /api/cells and /api/reports. */
export function filterParams(state: FiltersState, now: number): Record<string, string> {
  const params: Record<string, string> = {};
  if (state.categories.length > 0) params.category = state.categories.join(',');
  if (state.statuses.length > 0) params.status = state.statuses.join(',');
  if (state.wards.length > 0) params.ward = state.wards.join(',');
  if (state.overdue) params.overdue = 'true';
  const from = periodStart(state.period, now);
  if (from) params.from = from;
  return params;
}
