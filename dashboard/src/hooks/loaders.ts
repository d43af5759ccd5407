import { useEffect, type Dispatch } from 'react';
import { fetchCategories, fetchCells, fetchConfig, fetchHotspots, fetchReports, fetchWards } from '../api/client.js';
import { fetchTeams } from '../api/workflow.js';
import { hotspotsRequestFor } from '../state/hotspots.js';
import { cellsRequestFor } from '../state/cells.js';
import { filterParams, type FiltersState } from '../state/filters.js';
import { POINTS_LIMIT, pointsRequestFor } from '../state/points.js';
import type { Action } from '../state/store.js';
import type { ReferenceAction } from './useReference.js';
import type { StreamStatus } from '../state/stream.js';
import type { ViewState } from '../state/view.js';

/** How many reports the feed shows on first load; live ones are added on top. */
const FEED_FIRST_PAGE = 50;

/** A superseded request was aborted on purpose; anything else is worth a line in the console. */
function reportFailure(what: string) {
  return (err: unknown) => {
    if (err instanceof DOMException && err.name === 'AbortError') return;
    console.error(`[matthan] loading ${what} failed:`, err);
  };
}

/** Config, categories and wards, once; the map waits for them. */
export function useReferenceData(dispatch: Dispatch<ReferenceAction>): void {
  useEffect(() => {
    const ctrl = new AbortController();
    Promise.all([fetchConfig(ctrl.signal), fetchCategories(ctrl.signal), fetchWards(ctrl.signal)])
      .then(([config, categories, wards]) => dispatch({ type: 'reference/loaded', config, categories, wards }))
      .catch((err: unknown) => {
        if (ctrl.signal.aborted) return;
        dispatch({ type: 'reference/failed', message: err instanceof Error ? err.message : String(err) });
      });
    return () => ctrl.abort();
  }, [dispatch]);
}

/**
 * The first page of the feed, fetched once the live stream is subscribed (or has failed), so a
 * report created in between is in the page or in the stream, never in neither.
 */
export function useFeedLoader(status: StreamStatus, loaded: boolean, dispatch: Dispatch<Action>): void {
  const ready = status !== 'connecting';
  useEffect(() => {
    if (!ready || loaded) return;
    const ctrl = new AbortController();
    fetchReports({ limit: FEED_FIRST_PAGE }, ctrl.signal)
      .then((page) => dispatch({ type: 'feed/loaded', items: page.items }))
      .catch(reportFailure('the feed'));
    return () => ctrl.abort();
  }, [ready, loaded, dispatch]);
}

/** Hexagon counts for the view; refetched only when resolution, padded area or filters change. */
export function useCellsLoader(view: ViewState, filters: FiltersState, dispatch: Dispatch<Action>): void {
  const request = cellsRequestFor(view, filters);
  const key = request?.key;
  useEffect(() => {
    if (!request) return;
    const ctrl = new AbortController();
    dispatch({ type: 'cells/requested', request });
    const filter = filterParams(request.filters, Date.now());
    fetchCells({ res: request.res, bbox: request.bbox, filter }, ctrl.signal)
      .then((response) => dispatch({ type: 'cells/loaded', key: request.key, response }))
      .catch(reportFailure('hexagon counts'));
    return () => ctrl.abort();
    // The request is rebuilt every render; its key says when it really changed.
  }, [key, dispatch]);
}

/** Single reports in view at street zoom. */
export function usePointsLoader(view: ViewState, filters: FiltersState, dispatch: Dispatch<Action>): void {
  const request = pointsRequestFor(view, filters);
  const key = request?.key;
  useEffect(() => {
    if (!request) return;
    const ctrl = new AbortController();
    dispatch({ type: 'points/requested', request });
    const filter = filterParams(request.filters, Date.now());
    fetchReports({ bbox: request.bbox, limit: POINTS_LIMIT, filter }, ctrl.signal)
      .then((page) => dispatch({ type: 'points/loaded', key: request.key, items: page.items }))
      .catch(reportFailure('reports in view'));
    return () => ctrl.abort();
  }, [key, dispatch]);
}

/** Gi* hotspots for the category and period; the whole study region, so panning does not refetch. */
export function useHotspotsLoader(filters: FiltersState, dispatch: Dispatch<Action>): void {
  const request = hotspotsRequestFor(filters, Date.now());
  const key = request.key;
  useEffect(() => {
    const ctrl = new AbortController();
    dispatch({ type: 'hotspots/requested', request });
    fetchHotspots(request.params, ctrl.signal)
      .then((response) => dispatch({ type: 'hotspots/loaded', key: request.key, response }))
      .catch(reportFailure('hotspots'));
    return () => ctrl.abort();
  }, [key, dispatch]);
}

/**
 * The teams, each time the stream is (again) live: positions carry no seq and are not replayed,
 * so after a reconnect the list is read anew. `status` null: this user sees no teams.
 */
export function useTeamsLoader(status: StreamStatus | null, dispatch: Dispatch<Action>): void {
  useEffect(() => {
    if (status !== 'live') return;
    const ctrl = new AbortController();
    fetchTeams(ctrl.signal)
      .then((teams) => dispatch({ type: 'teams/loaded', teams }))
      .catch(reportFailure('teams'));
    return () => ctrl.abort();
  }, [status, dispatch]);
}
