// Loaders of the planning view: each fetches when its request's key changes and aborts the old one.
import type { EmergingResponse, MonthlyResponse } from '@matthan/server/contracts';
import { useEffect, useState, type Dispatch } from 'react';
import { fetchBreakdown, fetchCellReports, fetchCellSeries, fetchEmerging, fetchMonthly } from './api.js';
import { emergingWindows } from './emerging.js';
import type { PlanningAction, PlanningState } from './store.js';

/** How long one frame stays on screen while the slider plays. */
export const PLAY_STEP_MS = 800;

function reportFailure(what: string) {
  return (err: unknown) => {
    if (err instanceof DOMException && err.name === 'AbortError') return;
    console.error(`[matthan] loading ${what} failed:`, err);
  };
}

const keyOf = (parts: unknown[]) => JSON.stringify(parts);

export function useSeriesLoader(
  res: number,
  bucket: string,
  filter: Record<string, string>,
  dispatch: Dispatch<PlanningAction>,
) {
  const key = keyOf([res, bucket, filter]);
  useEffect(() => {
    const ctrl = new AbortController();
    dispatch({ type: 'frames/requested', key });
    fetchCellSeries(res, bucket, filter, ctrl.signal)
      .then((response) => dispatch({ type: 'frames/loaded', key, response }))
      .catch(reportFailure('the time series'));
    return () => ctrl.abort();
    // The filter object is rebuilt every render; the key says when it really changed.
  }, [key, dispatch]);
}

/** Steps the slider while it plays. */
export function usePlayback(playing: boolean, dispatch: Dispatch<PlanningAction>) {
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => dispatch({ type: 'frames/ticked' }), PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, dispatch]);
}

export function useMonthly(filter: Record<string, string>): MonthlyResponse | null {
  const [loaded, setLoaded] = useState<{ key: string; body: MonthlyResponse } | null>(null);
  const key = keyOf([filter]);
  useEffect(() => {
    const ctrl = new AbortController();
    fetchMonthly(filter, ctrl.signal)
      .then((body) => setLoaded({ key, body }))
      .catch(reportFailure('monthly trends'));
    return () => ctrl.abort();
  }, [key]);
  return loaded?.key === key ? loaded.body : null;
}

/** Emerging patterns over the period's weeks, fetched only while that map is shown. */
export function useEmerging(active: boolean, filter: Record<string, string>): EmergingResponse | null {
  const [loaded, setLoaded] = useState<{ key: string; body: EmergingResponse } | null>(null);
  const key = keyOf([filter]);
  useEffect(() => {
    if (!active) return;
    const ctrl = new AbortController();
    const windows = emergingWindows(Date.parse(filter.from!), Date.parse(filter.to!));
    const params: Record<string, string | number> = { res: 8, window: 'week', windows, to: filter.to! };
    if (filter.category) params.category = filter.category;
    fetchEmerging(params, ctrl.signal)
      .then((body) => setLoaded({ key, body }))
      .catch(reportFailure('emerging hotspots'));
    return () => ctrl.abort();
  }, [active, key]);
  return loaded?.key === key ? loaded.body : null;
}

/** The selected cell's counts and its first page of reports; later pages on request. */
export function useDrillLoader(
  state: PlanningState,
  filter: Record<string, string>,
  dispatch: Dispatch<PlanningAction>,
) {
  const { cell, loadingMore, nextCursor } = state.drill;
  const key = keyOf([cell, filter]);
  useEffect(() => {
    if (!cell) return;
    const ctrl = new AbortController();
    fetchBreakdown(cell, filter, ctrl.signal)
      .then((breakdown) => dispatch({ type: 'drill/breakdownLoaded', cell, breakdown }))
      .catch(reportFailure('the cell’s counts'));
    fetchCellReports(cell, filter, null, ctrl.signal)
      .then((page) => dispatch({ type: 'drill/pageLoaded', cell, first: true, ...page }))
      .catch(reportFailure('the cell’s reports'));
    return () => ctrl.abort();
  }, [key, dispatch]);
  useEffect(() => {
    if (!cell || !loadingMore || !nextCursor) return;
    const ctrl = new AbortController();
    fetchCellReports(cell, filter, nextCursor, ctrl.signal)
      .then((page) => dispatch({ type: 'drill/pageLoaded', cell, first: false, ...page }))
      .catch(reportFailure('more of the cell’s reports'));
    return () => ctrl.abort();
  }, [loadingMore, key, dispatch]);
}
