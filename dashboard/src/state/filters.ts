import type { PublicReport } from '@matthan/server/contracts';

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
  period: Period;
}

export const initialFilters: FiltersState = { categories: [], period: 'all' };

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
  const from = periodStart(state.period, now);
  return from === undefined || report.createdAt >= from;
}

/** Query-string parameters for the server, shared by /api/cells and /api/reports. */
export function filterParams(state: FiltersState, now: number): Record<string, string> {
  const params: Record<string, string> = {};
  if (state.categories.length > 0) params.category = state.categories.join(',');
  const from = periodStart(state.period, now);
  if (from) params.from = from;
  return params;
}
