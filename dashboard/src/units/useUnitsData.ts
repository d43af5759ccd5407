import type { Category, OverdueResponse, Unit, UnitStatsResponse, UnitTrendResponse } from '@matthan/server/contracts';
import { useMemo } from 'react';
import type { Load } from './load.js';
import { fetchCategories } from '../api/client.js';
import { fetchOverdue, fetchUnitStats, fetchUnitTrend, fetchUnits } from './units.api.js';
import { useLoad } from './useLoad.js';
import { periodOf, type UnitsViewState } from './view-state.js';

/** How many overdue reports the list shows: the worst, which the room acts on first. */
export const OVERDUE_LIMIT = 50;

export interface UnitsData {
  stats: Load<UnitStatsResponse>;
  trend: Load<UnitTrendResponse>;
  overdue: Load<OverdueResponse>;
  units: ReadonlyMap<string, Unit>;
  categories: ReadonlyMap<string, Category>;
}

/** The leaderboard, the trend and the overdue list for the view's choices; each loads on its own. */
export function useUnitsData(view: UnitsViewState): UnitsData {
  // "Now" is taken when the period is chosen, so re-renders ask the same question.
  const period = useMemo(() => periodOf(view.preset, new Date()), [view.preset]);
  const trendQuery = { ...period, unit: view.trendUnit, bucket: view.bucket };
  const stats = useLoad(JSON.stringify(period), (signal, lang) => fetchUnitStats(period, { signal, lang }));
  const trend = useLoad(JSON.stringify(trendQuery), (signal, lang) => fetchUnitTrend(trendQuery, { signal, lang }));
  const overdue = useLoad('overdue', (signal, lang) => fetchOverdue(OVERDUE_LIMIT, { signal, lang }));
  const list = useLoad('units', (signal, lang) => fetchUnits({ signal, lang }));
  const cats = useLoad('categories', (signal) => fetchCategories(signal));
  const units = useMemo(() => new Map((list.data?.items ?? []).map((u) => [u.code, u])), [list.data]);
  const categories = useMemo(() => new Map((cats.data ?? []).map((c) => [c.code, c])), [cats.data]);
  return { stats, trend, overdue, units, categories };
}
