import { cellParent } from '@matthan/geo';
import type { CellCount, CellsResponse, PublicReport } from '@matthan/server/contracts';
import { filtersKey, matchesFilters, type FiltersState } from './filters.js';
import { cellResolution, containsPoint, queryBBox, type BBox, type ViewState } from './view.js';

/** What the hexagon layer asks the server for. Two equal requests have the same `key`. */
export interface CellsRequest {
  key: string;
  res: number;
  bbox: BBox;
  filters: FiltersState;
}

export interface CellsState {
  /** The latest request; a reply to an older one arrives late and is dropped. */
  requested: CellsRequest | null;
  /** The request that `cells` answers. */
  loaded: CellsRequest | null;
  cells: readonly CellCount[];
  total: number;
  /** Bumped on every change so deck.gl knows to recompute colours. */
  version: number;
}

export const initialCells: CellsState = { requested: null, loaded: null, cells: [], total: 0, version: 0 };

/** The request the current view and filters need, or null before the map knows its bounds. */
export function cellsRequestFor(view: ViewState, filters: FiltersState): CellsRequest | null {
  if (!view.bounds) return null;
  const res = cellResolution(view);
  const bbox = queryBBox(view.bounds);
  return { key: JSON.stringify([res, bbox, filtersKey(filters)]), res, bbox, filters };
}

export function cellsRequested(state: CellsState, payload: { request: CellsRequest }): CellsState {
  return { ...state, requested: payload.request };
}

export function cellsLoaded(state: CellsState, payload: { key: string; response: CellsResponse }): CellsState {
  if (!state.requested || state.requested.key !== payload.key) return state;
  const { cells, total } = payload.response;
  return { ...state, loaded: state.requested, cells, total, version: state.version + 1 };
}

/**
 * A report was created: add one to its hexagon if the loaded counts cover it, so the map
 * updates without a refetch. `now` decides whether it falls inside the period filter.
 */
export function cellsReportCreated(state: CellsState, payload: { report: PublicReport; now: number }): CellsState {
  const { loaded } = state;
  const { report, now } = payload;
  if (!loaded || !containsPoint(loaded.bbox, report.location) || !matchesFilters(loaded.filters, report, now)) {
    return state;
  }
  const cell = cellParent(report.h3Cell, loaded.res);
  const at = state.cells.findIndex((c) => c.cell === cell);
  const cells =
    at === -1
      ? [...state.cells, { cell, count: 1 }]
      : state.cells.map((c, i) => (i === at ? { cell, count: c.count + 1 } : c));
  return { ...state, cells, total: state.total + 1, version: state.version + 1 };
}
