import type { PublicReport } from '@matthan/server/contracts';
import { filtersKey, matchesFilters, type FiltersState } from './filters.js';
import { containsPoint, queryBBox, showsPoints, type BBox, type ViewState } from './view.js';

/** The server's page limit; at street zoom a view rarely holds more. */
export const POINTS_LIMIT = 1000;

export interface PointsRequest {
  key: string;
  bbox: BBox;
  filters: FiltersState;
}

/** Single reports drawn as dots when zoomed in. */
export interface PointsState {
  requested: PointsRequest | null;
  loaded: PointsRequest | null;
  items: readonly PublicReport[];
  version: number;
}

export const initialPoints: PointsState = { requested: null, loaded: null, items: [], version: 0 };

/** The request the view needs, or null when zoomed out too far for single reports. */
export function pointsRequestFor(view: ViewState, filters: FiltersState): PointsRequest | null {
  if (!view.bounds || !showsPoints(view)) return null;
  const bbox = queryBBox(view.bounds);
  return { key: JSON.stringify([bbox, filtersKey(filters)]), bbox, filters };
}

export function pointsRequested(state: PointsState, payload: { request: PointsRequest }): PointsState {
  return { ...state, requested: payload.request };
}

export function pointsLoaded(
  state: PointsState,
  payload: { key: string; items: readonly PublicReport[] },
): PointsState {
  if (!state.requested || state.requested.key !== payload.key) return state;
  return { ...state, loaded: state.requested, items: payload.items, version: state.version + 1 };
}

export function pointsReportCreated(state: PointsState, payload: { report: PublicReport; now: number }): PointsState {
  const { loaded } = state;
  const { report, now } = payload;
  if (!loaded || !containsPoint(loaded.bbox, report.location) || !matchesFilters(loaded.filters, report, now)) {
    return state;
  }
  if (state.items.some((r) => r.id === report.id)) return state;
  return { ...state, items: [...state.items, report], version: state.version + 1 };
}

export function pointsReportUpdated(state: PointsState, payload: { report: PublicReport }): PointsState {
  const { report } = payload;
  const at = state.items.findIndex((r) => r.id === report.id);
  if (at === -1) return state;
  const items = state.items.map((r, i) => (i === at ? report : r));
  return { ...state, items, version: state.version + 1 };
}
